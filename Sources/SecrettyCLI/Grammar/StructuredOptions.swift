import Foundation
import SecretsCore

/// Reads the structured options (`--tags`, `--filters`) and string lists (`--version-stages`, `--tag-keys`,
/// `--secret-id-list`) in both aws CLI forms: shorthand and JSON.
public struct StructuredOptions {
    let reader: ValueReader

    /// Creates a reader of structured options that resolves `file://` and `-` through `reader`.
    public init(reader: ValueReader) {
        self.reader = reader
    }

    /// `--tags`: `Key=env,Value=prod Key=team,Value=ops` or `[{"Key":"env","Value":"prod"}]`.
    public func tags(_ arguments: [String], option: String = "--tags") throws(LocalError) -> [Tag] {
        try structures(arguments, option: option).map { (members) throws(LocalError) -> Tag in
            try Self.checkMembers(members, allowed: ["Key", "Value"], option: option)
            guard let key = try Self.scalar(members, "Key", option: option) else {
                throw .usage("Error parsing parameter '\(option)': missing required member Key")
            }
            guard let value = try Self.scalar(members, "Value", option: option) else {
                throw .usage("Error parsing parameter '\(option)': missing required member Value")
            }
            return Tag(key: key, value: value)
        }
    }

    /// `--filters`: `Key=name,Values=db/,app/` or `[{"Key":"name","Values":["db/"]}]`.
    public func filters(_ arguments: [String], option: String = "--filters") throws(LocalError) -> [Filter] {
        try structures(arguments, option: option).map { (members) throws(LocalError) -> Filter in
            try Self.checkMembers(members, allowed: ["Key", "Values"], option: option)
            return Filter(
                key: try Self.scalar(members, "Key", option: option),
                values: try Self.list(members, "Values", option: option))
        }
    }

    /// A list of strings: one argument an item, or one JSON array.
    public func strings(_ arguments: [String], option: String) throws(LocalError) -> [String] {
        if arguments.count == 1 {
            let text = try reader.text(arguments[0], option: option)
            if text.trimmingWhitespace.hasPrefix("[") {
                let value = try Self.parseJSON(text, option: option)
                guard case .array(let items) = value else {
                    throw .usage("Error parsing parameter '\(option)': expected a JSON list")
                }
                return try items.map { (item) throws(LocalError) -> String in
                    guard case .string(let s) = item else {
                        throw .usage(
                            "Error parsing parameter '\(option)': expected a list of strings, got \(item.compactText())"
                        )
                    }
                    return s
                }
            }
            return [text]
        }
        return try arguments.map { (argument) throws(LocalError) -> String in try reader.text(argument, option: option)
        }
    }

    // MARK: - Structures

    /// Each structure as (member name, value) pairs, from JSON or shorthand.
    func structures(_ arguments: [String], option: String) throws(LocalError) -> [[(String, JSONValue)]] {
        guard !arguments.isEmpty else { throw .usage("argument \(option): expected at least one argument") }
        if arguments.count == 1 {
            let text = try reader.text(arguments[0], option: option)
            let trimmed = text.trimmingWhitespace
            if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") {
                let value = try Self.parseJSON(text, option: option)
                let items: [JSONValue]
                switch value {
                case .array(let array): items = array
                default: throw .usage("Error parsing parameter '\(option)': expected a JSON list of structures")
                }
                return try items.map { (item) throws(LocalError) -> [(String, JSONValue)] in
                    guard case .object(let members) = item else {
                        throw .usage(
                            "Error parsing parameter '\(option)': expected a structure, got \(item.compactText())")
                    }
                    return members.map { ($0.key, $0.value) }
                }
            }
            return [try shorthandStructure(text, option: option)]
        }
        return try arguments.map { (argument) throws(LocalError) -> [(String, JSONValue)] in
            try shorthandStructure(try reader.text(argument, option: option), option: option)
        }
    }

    private func shorthandStructure(_ text: String, option: String) throws(LocalError) -> [(String, JSONValue)] {
        try Shorthand.parse(text, option: option).map { member in
            if member.explicitList || member.values.count > 1 {
                return (member.name, .array(member.values.map(JSONValue.string)))
            }
            return (member.name, .string(member.values.first ?? ""))
        }
    }

    static func parseJSON(_ text: String, option: String) throws(LocalError) -> JSONValue {
        do {
            return try JSONValue.parse(text)
        } catch {
            throw .usage("Error parsing parameter '\(option)': Invalid JSON: \(error.description)")
        }
    }

    static func checkMembers(_ members: [(String, JSONValue)], allowed: [String], option: String) throws(LocalError) {
        for (name, _) in members where !allowed.contains(name) {
            throw .usage(
                "Error parsing parameter '\(option)': unknown member \(name), valid members are: \(allowed.joined(separator: ", "))"
            )
        }
    }

    static func scalar(_ members: [(String, JSONValue)], _ name: String, option: String) throws(LocalError) -> String? {
        guard let value = members.last(where: { $0.0 == name })?.1 else { return nil }
        switch value {
        case .string(let s): return s
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        default:
            throw .usage("Error parsing parameter '\(option)': \(name) takes one value, got \(value.compactText())")
        }
    }

    static func list(_ members: [(String, JSONValue)], _ name: String, option: String) throws(LocalError) -> [String]? {
        guard let value = members.last(where: { $0.0 == name })?.1 else { return nil }
        switch value {
        case .string(let s): return [s]
        case .array(let items):
            return try items.map { (item) throws(LocalError) -> String in
                guard case .string(let s) = item else {
                    throw .usage(
                        "Error parsing parameter '\(option)': \(name) takes strings, got \(item.compactText())")
                }
                return s
            }
        default: throw .usage("Error parsing parameter '\(option)': \(name) takes a list of strings")
        }
    }
}
