import Foundation
import SecretsCore

/// Credentials from `AssumeRoleWithWebIdentity` with a token file.
///
/// From `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` (+ `AWS_ROLE_SESSION_NAME`), unless environment variables are
/// disabled by an explicit `--profile`; otherwise from the profile's `web_identity_token_file`, `role_arn` and
/// `role_session_name`. The token file is read on every call, since it is rotated underneath us.
public struct WebIdentityCredentialsProvider: CredentialsProvider {
    private let profileName: String
    private let context: CredentialsContext
    private let useEnvironment: Bool

    /// Creates the provider; `useEnvironment` is false when a profile was given explicitly.
    public init(profile: String, context: CredentialsContext, useEnvironment: Bool) {
        self.profileName = profile
        self.context = context
        self.useEnvironment = useEnvironment
    }

    /// Names the variables and profile keys read.
    public var name: String { "web identity (AWS_WEB_IDENTITY_TOKEN_FILE, or web_identity_token_file in profile \(profileName))" }

    /// Nil unless both a token file and a role ARN are configured.
    public func credentials() async throws -> Credentials? {
        let profile = context.config.profile(profileName)
        func setting(_ variable: String, _ key: String) -> String? {
            if useEnvironment, let value = context.env(variable) { return value }
            return profile?[key]
        }
        guard let tokenFile = setting("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file") else { return nil }
        guard let roleArn = setting("AWS_ROLE_ARN", "role_arn") else {
            throw LocalError.configuration("web identity token file \(tokenFile) is configured but no role ARN (AWS_ROLE_ARN or role_arn)")
        }
        guard let sts = context.sts else {
            throw LocalError.configuration("web identity credentials need STS, which is not available here")
        }
        let path = SharedConfig.expandHome(tokenFile, environment: context.environment)
        guard let data = try context.readFile(path) else {
            throw LocalError.configuration("web identity token file \(path) does not exist")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingWhitespace
        let sessionName = setting("AWS_ROLE_SESSION_NAME", "role_session_name")
            ?? "botocore-session-\(Int(context.now().timeIntervalSince1970))"
        var credentials = try await sts.assumeRoleWithWebIdentity(roleArn: roleArn, sessionName: sessionName,
                                                                  webIdentityToken: token, durationSeconds: nil)
        credentials.source = "web identity (\(roleArn))"
        return credentials
    }
}
