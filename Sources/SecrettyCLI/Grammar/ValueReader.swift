import Foundation
import SecretsCore

/// Resolves option values as the aws CLI takes them: a literal, `file://PATH` (text), `fileb://PATH` (bytes),
/// or `-` for standard input (read once).
public final class ValueReader: @unchecked Sendable {
    private let environment: CLIEnvironment
    private let binaryFormat: BinaryFormat
    private var stdinConsumedBy: String?

    /// Creates a reader over the given environment's files and standard input.
    public init(environment: CLIEnvironment, binaryFormat: BinaryFormat = .base64) {
        self.environment = environment
        self.binaryFormat = binaryFormat
    }

    /// The text of an option value.
    public func text(_ raw: String, option: String) throws(LocalError) -> String {
        let bytes: Data
        if raw == "-" {
            bytes = try standardInput(option: option)
        } else if let path = Self.path(raw, scheme: "file://") ?? Self.path(raw, scheme: "fileb://") {
            bytes = try load(path, raw: raw, option: option)
        } else {
            return raw
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw .usage("Error parsing parameter '\(option)': the content of \(raw) is not UTF-8 text")
        }
        return text
    }

    /// The bytes of a blob option (`--secret-binary`): `fileb://` and `-` give raw bytes; a literal or `file://`
    /// text is base64, as aws CLI v2 reads blobs (`--cli-binary-format base64`), or its own UTF-8 bytes with
    /// `--cli-binary-format raw-in-base64-out`.
    public func blob(_ raw: String, option: String) throws(LocalError) -> Data {
        if raw == "-" { return try standardInput(option: option) }
        if let path = Self.path(raw, scheme: "fileb://") { return try load(path, raw: raw, option: option) }
        if binaryFormat == .rawInBase64Out {
            if let path = Self.path(raw, scheme: "file://") { return try load(path, raw: raw, option: option) }
            return Data(utf8Of: raw)
        }
        let text: String
        if let path = Self.path(raw, scheme: "file://") {
            guard let decoded = String(data: try load(path, raw: raw, option: option), encoding: .utf8) else {
                throw .usage("Error parsing parameter '\(option)': the content of \(raw) is not base64 text")
            }
            text = decoded.trimmingWhitespace
        } else {
            text = raw
        }
        guard let data = Data(base64Encoded: text), !text.isEmpty || data.isEmpty else {
            throw .usage(
                "Invalid base64: \"\(text.count > 60 ? String(text.prefix(60)) + "..." : text)\" for \(option)")
        }
        return data
    }

    // MARK: - Sources

    private func standardInput(option: String) throws(LocalError) -> Data {
        if let first = stdinConsumedBy {
            throw .usage("Error parsing parameter '\(option)': standard input was already read for \(first)")
        }
        stdinConsumedBy = option
        return environment.readStandardInput()
    }

    private func load(_ path: String, raw: String, option: String) throws(LocalError) -> Data {
        var expanded = path
        if expanded == "~" || expanded.hasPrefix("~/") {
            expanded = environment.homeDirectory + expanded.dropFirst()
        }
        guard let data = environment.readFile(expanded) else {
            throw .usage(
                "Error parsing parameter '\(option)': Unable to load paramfile \(raw): cannot read \(expanded)")
        }
        return data
    }

    private static func path(_ raw: String, scheme: String) -> String? {
        guard raw.lowercased().hasPrefix(scheme) else { return nil }
        return String(raw.dropFirst(scheme.count))
    }
}
