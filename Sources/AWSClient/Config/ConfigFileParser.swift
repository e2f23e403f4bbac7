import Foundation
import SecretsCore

/// Parses the INI dialect of `~/.aws/config` and `~/.aws/credentials` the way botocore's `raw_config_parse` does.
///
/// Python's `RawConfigParser` rules: `[section]` headers (names kept verbatim), `key = value` or `key: value` with
/// keys lower-cased and both sides trimmed, full-line comments starting with `#` or `;` (no inline comments),
/// indented lines continue the previous value, a duplicate section or key is an error. Then botocore's nesting: a
/// value that starts on the next line (`s3 =` followed by indented `key = value` lines) becomes a sub-section.
public enum ConfigFileParser {
    /// A section in file order.
    public struct Section: Sendable, Hashable {
        /// The header text between the brackets, trimmed.
        public var name: String
        /// The section's values.
        public var section: ConfigSection
    }

    /// Parses a file's text; `path` only names the file in errors.
    public static func parse(_ text: String, path: String) throws -> [Section] {
        var sections: [Section] = []
        var current: (name: String, values: [(key: String, raw: String)])?
        var seenSections: Set<String> = []
        var lastKeyIndent: Int?

        func closeSection() throws {
            guard let open = current else { return }
            var values: [String: ConfigValue] = [:]
            for (key, raw) in open.values {
                values[key] = try value(raw, key: key, section: open.name, path: path)
            }
            sections.append(Section(name: open.name, section: ConfigSection(values)))
            current = nil
        }

        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let line = String(rawLine)
            let trimmed = line.trimmingWhitespace
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            if trimmed.hasPrefix("#") || trimmed.hasPrefix(";") {
                continue
            }
            if trimmed.isEmpty {
                // An empty line inside a value is kept, like RawConfigParser; trailing ones are trimmed later.
                if current != nil, lastKeyIndent != nil, var open = current, !open.values.isEmpty {
                    open.values[open.values.count - 1].raw += "\n"
                    current = open
                }
                continue
            }
            if let keyIndent = lastKeyIndent, indent > keyIndent, var open = current, !open.values.isEmpty {
                open.values[open.values.count - 1].raw += "\n" + trimmed
                current = open
                continue
            }
            if trimmed.hasPrefix("["), let close = trimmed.lastIndex(of: "]") {
                try closeSection()
                let name = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
                guard seenSections.insert(name).inserted else {
                    throw LocalError.configuration("Unable to parse config file \(path): section [\(name)] appears twice (line \(lineNumber))")
                }
                current = (name, [])
                lastKeyIndent = nil
                continue
            }
            guard var open = current else {
                throw LocalError.configuration("Unable to parse config file \(path): line \(lineNumber) comes before any [section] header")
            }
            let delimiter = trimmed.firstIndex { $0 == "=" || $0 == ":" }
            guard let delimiter else {
                throw LocalError.configuration("Unable to parse config file \(path): line \(lineNumber) is not \"key = value\"")
            }
            let key = trimmed[..<delimiter].trimmingWhitespace.lowercased()
            let rawValue = trimmed[trimmed.index(after: delimiter)...].trimmingWhitespace
            guard !key.isEmpty else {
                throw LocalError.configuration("Unable to parse config file \(path): line \(lineNumber) has no key")
            }
            if open.values.contains(where: { $0.key == key }) {
                throw LocalError.configuration("Unable to parse config file \(path): key \(key) appears twice in [\(open.name)] (line \(lineNumber))")
            }
            open.values.append((key, rawValue))
            current = open
            lastKeyIndent = indent
        }
        try closeSection()
        return sections
    }

    private static func value(_ raw: String, key: String, section: String, path: String) throws -> ConfigValue {
        var text = raw
        while text.hasSuffix("\n") { text.removeLast() }
        guard text.hasPrefix("\n") else { return .string(text) }
        var nested: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw LocalError.configuration("Unable to parse config file \(path): \"\(trimmed)\" under \(key) in [\(section)] is not \"key = value\"")
            }
            nested[trimmed[..<equals].trimmingWhitespace] =
                trimmed[trimmed.index(after: equals)...].trimmingWhitespace
        }
        return .nested(nested)
    }
}
