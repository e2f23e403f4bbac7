import Foundation
import SecretsCore

/// Credentials printed by the profile's `credential_process` command (JSON with `Version: 1`).
public struct ProcessCredentialsProvider: CredentialsProvider {
    private let profileName: String
    private let context: CredentialsContext

    /// Creates the provider for one profile.
    public init(profile: String, context: CredentialsContext) {
        self.profileName = profile
        self.context = context
    }

    /// Names the profile whose command runs.
    public var name: String { "credential_process in profile \(profileName)" }

    /// Runs the command; a non-zero exit is an error carrying its stderr.
    public func credentials() async throws -> Credentials? {
        guard let command = context.config.profile(profileName)?["credential_process"], !command.isEmpty else { return nil }
        let result = try await context.processRunner.run(command, environment: context.environment)
        guard result.status == 0 else {
            let stderr = String(decoding: result.standardError, as: UTF8.self).trimmingWhitespace
            throw LocalError.configuration("credential_process in profile \(profileName) exited with status \(result.status)"
                + (stderr.isEmpty ? "" : ": \(stderr)"))
        }
        let source = "credential_process in profile \(profileName)"
        let object = try CredentialsJSON.object(result.standardOutput, from: source)
        guard let version = object["Version"] as? Int, version == 1 else {
            throw LocalError.configuration("\(source) returned an unsupported Version \(object["Version"].map { "\($0)" } ?? "(none)"); only 1 is supported")
        }
        var expiration: Date?
        if let text = object["Expiration"] as? String {
            guard let date = CredentialsJSON.date(text) else {
                throw LocalError.configuration("\(source) returned an unreadable Expiration \(text)")
            }
            expiration = date
        }
        return Credentials(accessKeyId: try CredentialsJSON.string(object, "AccessKeyId", from: source),
                           secretAccessKey: try CredentialsJSON.string(object, "SecretAccessKey", from: source),
                           sessionToken: object["SessionToken"] as? String, expiration: expiration, source: source)
    }
}
