import Foundation
import SecretsCore

/// Static keys (`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`) from one of the shared files.
public struct ProfileCredentialsProvider: CredentialsProvider {
    /// Which file the keys come from.
    public enum File: Sendable {
        /// `~/.aws/credentials` (or `AWS_SHARED_CREDENTIALS_FILE`).
        case credentials
        /// `~/.aws/config` (or `AWS_CONFIG_FILE`).
        case config
    }

    private let file: File
    private let profileName: String
    private let config: SharedConfig

    /// Creates the provider for one profile in one file.
    public init(file: File, profile: String, config: SharedConfig) {
        self.file = file
        self.profileName = profile
        self.config = config
    }

    /// Names the file and the section read.
    public var name: String {
        switch file {
        case .credentials: "shared credentials file \(config.credentialsPath) [\(profileName)]"
        case .config: "config file \(config.configPath) [\(profileName == "default" ? "default" : "profile \(profileName)")]"
        }
    }

    /// Nil when the profile has no access key; an error when the key pair is incomplete.
    public func credentials() async throws -> Credentials? {
        let section = file == .credentials ? config.credentialsProfiles[profileName] : config.configProfiles[profileName]
        guard let section else { return nil }
        return try Self.staticCredentials(in: section, source: name)
    }

    /// The static key pair in a section, nil when absent, an error when half present.
    static func staticCredentials(in section: ConfigSection, source: String) throws -> Credentials? {
        let accessKey = section["aws_access_key_id"]
        let secretKey = section["aws_secret_access_key"]
        guard accessKey != nil || secretKey != nil else { return nil }
        guard let accessKey, let secretKey else {
            let missing = accessKey == nil ? "aws_access_key_id" : "aws_secret_access_key"
            throw LocalError.configuration("Partial credentials found in \(source), missing: \(missing)")
        }
        let token = section["aws_session_token"] ?? section["aws_security_token"]
        return Credentials(accessKeyId: accessKey, secretAccessKey: secretKey, sessionToken: token, source: source)
    }
}
