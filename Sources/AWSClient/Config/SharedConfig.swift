import Foundation
import SecretsCore

/// The two shared AWS files, parsed: profiles, SSO sessions and services sections.
///
/// Pure: the file reader is injected. Missing files are empty. Profiles in the config file are `[default]` and
/// `[profile name]`; in the credentials file every section is a profile named exactly as written.
public struct SharedConfig: Sendable, Hashable {
    /// Profiles from the config file.
    public var configProfiles: [String: ConfigSection]
    /// Profiles from the credentials file.
    public var credentialsProfiles: [String: ConfigSection]
    /// `[sso-session name]` sections from the config file.
    public var ssoSessions: [String: ConfigSection]
    /// `[services name]` sections from the config file.
    public var services: [String: ConfigSection]
    /// The config file's path (after `~` expansion).
    public var configPath: String
    /// The credentials file's path (after `~` expansion).
    public var credentialsPath: String

    /// Creates a configuration from already parsed parts.
    public init(configProfiles: [String: ConfigSection] = [:], credentialsProfiles: [String: ConfigSection] = [:],
                ssoSessions: [String: ConfigSection] = [:], services: [String: ConfigSection] = [:],
                configPath: String = "~/.aws/config", credentialsPath: String = "~/.aws/credentials") {
        self.configProfiles = configProfiles
        self.credentialsProfiles = credentialsProfiles
        self.ssoSessions = ssoSessions
        self.services = services
        self.configPath = configPath
        self.credentialsPath = credentialsPath
    }

    // MARK: - Loading

    /// Reads both files (`AWS_CONFIG_FILE`, `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/config` and
    /// `~/.aws/credentials`); `readFile` returns nil for a missing file.
    public static func load(environment: [String: String], readFile: (String) throws -> String?) throws -> SharedConfig {
        let configPath = expandHome(nonEmpty(environment["AWS_CONFIG_FILE"]) ?? "~/.aws/config", environment: environment)
        let credentialsPath = expandHome(nonEmpty(environment["AWS_SHARED_CREDENTIALS_FILE"]) ?? "~/.aws/credentials",
                                         environment: environment)
        var config = SharedConfig(configPath: configPath, credentialsPath: credentialsPath)
        if let text = try readFile(configPath) {
            for entry in try ConfigFileParser.parse(text, path: configPath) {
                config.addConfigSection(entry.name, entry.section)
            }
        }
        if let text = try readFile(credentialsPath) {
            for entry in try ConfigFileParser.parse(text, path: credentialsPath) {
                config.credentialsProfiles[entry.name] = entry.section
            }
        }
        return config
    }

    /// Sorts a config-file section into profiles, SSO sessions and services, as botocore's `build_profile_map` does;
    /// other sections are ignored. `[default]` and `[profile default]` both name the default profile (the later wins).
    private mutating func addConfigSection(_ header: String, _ section: ConfigSection) {
        if header == "default" {
            configProfiles["default"] = section
            return
        }
        let parts = Self.shellWords(header)
        guard parts.count == 2 else { return }
        switch parts[0] {
        case "profile": configProfiles[parts[1]] = section
        case "sso-session": ssoSessions[parts[1]] = section
        case "services": services[parts[1]] = section
        default: break
        }
    }

    // MARK: - Queries

    /// Whether either file defines the profile.
    public func hasProfile(_ name: String) -> Bool {
        configProfiles[name] != nil || credentialsProfiles[name] != nil
    }

    /// The profile as botocore's merged view sees it: the config file's section, overlaid by the credentials file's.
    public func profile(_ name: String) -> ConfigSection? {
        let fromConfig = configProfiles[name]
        let fromCredentials = credentialsProfiles[name]
        guard fromConfig != nil || fromCredentials != nil else { return nil }
        var merged = fromConfig ?? ConfigSection()
        for (key, value) in fromCredentials?.values ?? [:] { merged.values[key] = value }
        return merged
    }

    /// Whether the profile carries anything that yields credentials: static keys, `credential_process`, `role_arn`,
    /// `web_identity_token_file`, `sso_session`, `sso_start_url` or `credential_source` (the backend choice asks this
    /// of the default profile without opening a connection).
    public func hasCredentialSettings(profile name: String) -> Bool {
        guard let section = profile(name) else { return false }
        return ["aws_access_key_id", "credential_process", "role_arn", "web_identity_token_file", "sso_session",
                "sso_start_url", "credential_source"].contains { section.contains($0) }
    }

    /// The profile's plain settings (region, endpoint_url, retry_mode, …) for the region and endpoint resolver.
    public func profileSettings(_ name: String) -> [String: String] {
        profile(name)?.strings ?? [:]
    }

    /// The `[services x]` section the profile names in its `services` key: service id → key → value.
    public func servicesSettings(forProfile name: String) -> [String: [String: String]] {
        guard let servicesName = profile(name)?["services"], let section = services[servicesName] else { return [:] }
        var result: [String: [String: String]] = [:]
        for (key, value) in section.values {
            if case .nested(let nested) = value { result[key] = nested }
        }
        return result
    }

    // MARK: - Helpers

    /// Splits a section header on whitespace, honouring double and single quotes (`[profile "my name"]`).
    static func shellWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if quote != nil { return [] }
        if inWord { words.append(current) }
        return words
    }

    /// Replaces a leading `~` with `HOME`.
    public static func expandHome(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = nonEmpty(environment["HOME"]) else { return path }
        return home + String(path.dropFirst())
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
