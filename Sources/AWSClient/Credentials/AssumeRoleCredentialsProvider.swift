import Foundation
import SecretsCore

/// Credentials from `AssumeRole` for a profile with `role_arn` and `source_profile` or `credential_source`.
///
/// Follows botocore: a source profile with static keys gives those keys (its own `role_arn` is not followed, so a
/// profile may name itself); a source profile with a `role_arn` and no static keys is assumed first, recursively; any
/// other source profile goes through the profile providers (web identity, SSO, files, `credential_process`). A loop
/// of source profiles is an error. `credential_source` is `Environment`, `Ec2InstanceMetadata` or `EcsContainer`.
public struct AssumeRoleCredentialsProvider: CredentialsProvider {
    private let profileName: String
    private let context: CredentialsContext

    /// Creates the provider for one profile.
    public init(profile: String, context: CredentialsContext) {
        self.profileName = profile
        self.context = context
    }

    /// Names the profile whose `role_arn` is assumed.
    public var name: String { "assume role (role_arn in profile \(profileName))" }

    /// Nil unless the profile has `role_arn` without `web_identity_token_file`.
    public func credentials() async throws -> Credentials? {
        guard let profile = context.config.profile(profileName), Self.isAssumeRoleProfile(profile) else { return nil }
        var visited: [String] = []
        return try await assume(profileName, visited: &visited)
    }

    static func isAssumeRoleProfile(_ profile: ConfigSection) -> Bool {
        profile["role_arn"] != nil && profile["web_identity_token_file"] == nil
    }

    private func assume(_ name: String, visited: inout [String]) async throws -> Credentials {
        visited.append(name)
        guard let profile = context.config.profile(name), let roleArn = profile["role_arn"] else {
            throw LocalError.configuration("profile \(name) has no role_arn")
        }
        let source = try await sourceCredentials(of: name, profile: profile, visited: &visited)
        guard let sts = context.sts else {
            throw LocalError.configuration("profile \(name) assumes a role, which needs STS, not available here")
        }
        if profile["mfa_serial"] != nil {
            throw LocalError.configuration("profile \(name) needs an MFA code (mfa_serial), which secretty cannot prompt for")
        }
        let duration = try profile["duration_seconds"].map { text -> Int in
            guard let value = Int(text) else { throw LocalError.configuration("duration_seconds in profile \(name) is not a number: \(text)") }
            return value
        }
        let sessionName = profile["role_session_name"] ?? "botocore-session-\(Int(context.now().timeIntervalSince1970))"
        var credentials = try await sts.assumeRole(roleArn: roleArn, sessionName: sessionName, externalId: profile["external_id"],
                                                   durationSeconds: duration, credentials: source)
        credentials.source = "assume role \(roleArn) (profile \(name))"
        return credentials
    }

    private func sourceCredentials(of name: String, profile: ConfigSection, visited: inout [String]) async throws -> Credentials {
        switch (profile["source_profile"], profile["credential_source"]) {
        case (.some, .some):
            throw LocalError.configuration("profile \(name) has both source_profile and credential_source; use one")
        case (nil, nil):
            throw LocalError.configuration("profile \(name) has role_arn but neither source_profile nor credential_source")
        case (nil, let credentialSource?):
            return try await credentials(fromSource: credentialSource, profile: name)
        case (let sourceName?, nil):
            guard let source = context.config.profile(sourceName) else {
                throw LocalError.configuration("source_profile \(sourceName) of profile \(name) does not exist")
            }
            let hasStatic = source["aws_access_key_id"] != nil
            if visited.contains(sourceName) && !(sourceName == name && hasStatic) {
                throw LocalError.configuration("source_profile loop: \((visited + [sourceName]).joined(separator: " -> "))")
            }
            if !hasStatic && Self.isAssumeRoleProfile(source) {
                return try await assume(sourceName, visited: &visited)
            }
            let chain = CredentialsChain.profileProviders(profile: sourceName, context: context, useEnvironment: false)
            for provider in chain {
                if let credentials = try await provider.credentials() { return credentials }
            }
            throw LocalError.configuration("source_profile \(sourceName) of profile \(name) has no credentials")
        }
    }

    private func credentials(fromSource source: String, profile: String) async throws -> Credentials {
        let provider: any CredentialsProvider
        switch source {
        case "Environment": provider = EnvironmentCredentialsProvider(environment: context.environment)
        case "Ec2InstanceMetadata": provider = InstanceMetadataCredentialsProvider(context: context)
        case "EcsContainer": provider = ContainerCredentialsProvider(context: context)
        default:
            throw LocalError.configuration("credential_source \(source) in profile \(profile) is not one of Environment, Ec2InstanceMetadata, EcsContainer")
        }
        guard let credentials = try await provider.credentials() else {
            throw LocalError.configuration("credential_source \(source) of profile \(profile) gave no credentials (looked at \(provider.name))")
        }
        return credentials
    }
}
