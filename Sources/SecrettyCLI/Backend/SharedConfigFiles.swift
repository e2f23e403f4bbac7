import Foundation
import SecretsCore

/// The two shared AWS files (`~/.aws/credentials` and `~/.aws/config`), read just enough to tell whether a
/// `default` profile can give credentials.
public struct SharedConfigFiles: Sendable, Equatable {
    /// The credentials file's sections: profile name to its keys.
    public var credentials: [String: [String: String]]
    /// The config file's sections by profile name (`[default]`, `[profile NAME]`).
    public var config: [String: [String: String]]

    /// Creates the parsed files.
    public init(credentials: [String: [String: String]] = [:], config: [String: [String: String]] = [:]) {
        self.credentials = credentials
        self.config = config
    }

    /// The keys that make a profile a source of credentials.
    static let credentialKeys: [String] = [
        "aws_access_key_id", "credential_process", "role_arn", "sso_session", "credential_source",
    ]

    /// Whether the `default` profile has credentials, `credential_process`, `role_arn`, `sso_session` or
    /// `credential_source` in either file; names the file and key when it does.
    public func defaultProfileCredentialSource() -> String? {
        for key in Self.credentialKeys {
            if let value = credentials["default"]?[key], !value.isEmpty {
                return "the credentials file's default profile (\(key))"
            }
            if let value = config["default"]?[key], !value.isEmpty {
                return "the config file's default profile (\(key))"
            }
        }
        return nil
    }

    /// Parses an INI file the way botocore reads the shared files: `[section]` headers, `key = value` lines,
    /// `#` and `;` comments; indented lines (nested settings) are skipped.
    public static func parseINI(_ text: String, isConfigFile: Bool) -> [String: [String: String]] {
        var sections: [String: [String: String]] = [:]
        var current: String?
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = String(rawLine)
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                var name = String(trimmed.dropFirst().dropLast()).trimmingWhitespace
                if isConfigFile, name.hasPrefix("profile ") {
                    name = String(name.dropFirst("profile ".count)).trimmingWhitespace
                } else if isConfigFile, name != "default" {
                    // `[sso-session x]`, `[services x]` and bare names other than default are not profiles.
                    current = nil
                    continue
                }
                current = name
                if sections[name] == nil { sections[name] = [:] }
                continue
            }
            guard let section = current, line.first != " ", line.first != "\t" else { continue }
            guard let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<equals].trimmingWhitespace.lowercased()
            let value = trimmed[trimmed.index(after: equals)...].trimmingWhitespace
            sections[section, default: [:]][key] = value
        }
        return sections
    }
}
