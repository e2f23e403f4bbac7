import Foundation
import SecretsCore

/// Role credentials from IAM Identity Center, using the token `aws sso login` cached.
///
/// The profile names an `sso_session` (whose `[sso-session]` section has `sso_start_url` and `sso_region`), or
/// carries the legacy `sso_start_url` and `sso_region` itself, plus `sso_account_id` and `sso_role_name`. The token
/// is read from `~/.aws/sso/cache/<sha1>.json`, where the SHA-1 is of the session name, or of the start URL for the
/// legacy form. Credentials come from `GET /federation/credentials` on `https://portal.sso.<region>.amazonaws.com`
/// (or `AWS_ENDPOINT_URL_SSO`) with the token in `x-amz-sso_bearer_token`.
public struct SSOCredentialsProvider: CredentialsProvider {
    private let profileName: String
    private let context: CredentialsContext

    /// Creates the provider for one profile.
    public init(profile: String, context: CredentialsContext) {
        self.profileName = profile
        self.context = context
    }

    /// Names the profile whose SSO settings are used.
    public var name: String { "IAM Identity Center (sso_session / sso_start_url in profile \(profileName))" }

    /// The resolved SSO settings of a profile.
    struct Settings: Equatable {
        var startURL: String
        var region: String
        var accountId: String
        var roleName: String
        var sessionName: String?
    }

    /// Nil when the profile has no SSO settings.
    public func credentials() async throws -> Credentials? {
        guard let settings = try settings() else { return nil }
        let token = try cachedToken(settings)
        var components = URLComponents(string: endpoint(settings.region))
        components?.path = "/federation/credentials"
        components?.queryItems = [URLQueryItem(name: "role_name", value: settings.roleName),
                                  URLQueryItem(name: "account_id", value: settings.accountId)]
        guard let url = components?.url else {
            throw LocalError.configuration("invalid SSO portal endpoint \(endpoint(settings.region))")
        }
        let response = try await context.transport.send(HTTPRequest(
            method: "GET", url: url, headers: [HTTPHeader(name: "x-amz-sso_bearer_token", value: token)]))
        switch response.status {
        case 200:
            break
        case 401, 403:
            throw LocalError.configuration("The SSO session for profile \(profileName) has expired or is invalid (HTTP \(response.status)). Run aws sso login\(loginHint(settings)) to refresh it")
        default:
            let body = String(decoding: response.body.prefix(300), as: UTF8.self)
            throw LocalError.configuration("SSO GetRoleCredentials for profile \(profileName) answered HTTP \(response.status): \(body)")
        }
        let source = "IAM Identity Center (profile \(profileName))"
        let object = try CredentialsJSON.object(response.body, from: source)
        guard let role = object["roleCredentials"] as? [String: Any] else {
            throw LocalError.configuration("\(source) returned no roleCredentials")
        }
        let expiration = (role["expiration"] as? NSNumber).map { Date(timeIntervalSince1970: $0.doubleValue / 1000) }
        return Credentials(accessKeyId: try CredentialsJSON.string(role, "accessKeyId", from: source),
                           secretAccessKey: try CredentialsJSON.string(role, "secretAccessKey", from: source),
                           sessionToken: role["sessionToken"] as? String, expiration: expiration, source: source)
    }

    // MARK: - Settings and token

    func settings() throws -> Settings? {
        guard let profile = context.config.profile(profileName) else { return nil }
        let sessionName = profile["sso_session"]
        guard sessionName != nil || profile["sso_start_url"] != nil || profile["sso_account_id"] != nil
                || profile["sso_role_name"] != nil
        else { return nil }
        var startURL = profile["sso_start_url"]
        var region = profile["sso_region"]
        if let sessionName {
            guard let session = context.config.ssoSessions[sessionName] else {
                throw LocalError.configuration("profile \(profileName) names sso_session \(sessionName), but \(context.config.configPath) has no [sso-session \(sessionName)] section")
            }
            for (key, profileValue) in [("sso_start_url", startURL), ("sso_region", region)] {
                if let profileValue, let sessionValue = session[key], profileValue != sessionValue {
                    throw LocalError.configuration("profile \(profileName) and sso-session \(sessionName) disagree on \(key)")
                }
            }
            startURL = session["sso_start_url"] ?? startURL
            region = session["sso_region"] ?? region
        }
        let values = ["sso_start_url": startURL, "sso_region": region,
                      "sso_account_id": profile["sso_account_id"], "sso_role_name": profile["sso_role_name"]]
        let missing = values.filter { $0.value == nil }.keys.sorted()
        guard missing.isEmpty, let startURL, let region, let accountId = profile["sso_account_id"],
              let roleName = profile["sso_role_name"]
        else {
            throw LocalError.configuration("profile \(profileName) is missing SSO settings: \(missing.joined(separator: ", "))")
        }
        return Settings(startURL: startURL, region: region, accountId: accountId, roleName: roleName, sessionName: sessionName)
    }

    /// The cache file name: SHA-1 (hex) of the session name, or of the start URL for legacy profiles.
    static func cacheKey(startURL: String, sessionName: String?) -> String {
        SHA1.hex(Data(utf8Of: sessionName ?? startURL))
    }

    private func cachedToken(_ settings: Settings) throws -> String {
        let directory = SharedConfig.expandHome("~/.aws/sso/cache", environment: context.environment)
        let path = "\(directory)/\(Self.cacheKey(startURL: settings.startURL, sessionName: settings.sessionName)).json"
        guard let data = try context.readFile(path) else {
            throw LocalError.configuration("No cached SSO token for profile \(profileName) (\(path)). Run aws sso login\(loginHint(settings)) first")
        }
        let object = try CredentialsJSON.object(data, from: "SSO token cache \(path)")
        guard let token = object["accessToken"] as? String, !token.isEmpty,
              let expiresText = object["expiresAt"] as? String, let expiresAt = CredentialsJSON.date(expiresText)
        else {
            throw LocalError.configuration("The SSO token cache \(path) is incomplete. Run aws sso login\(loginHint(settings))")
        }
        guard expiresAt > context.now() else {
            throw LocalError.configuration("The SSO session for profile \(profileName) expired at \(expiresText). Run aws sso login\(loginHint(settings)) to refresh it")
        }
        return token
    }

    private func endpoint(_ region: String) -> String {
        context.env("AWS_ENDPOINT_URL_SSO") ?? "https://portal.sso.\(region).amazonaws.com"
    }

    private func loginHint(_ settings: Settings) -> String {
        if let session = settings.sessionName { return " --sso-session \(session)" }
        return profileName == "default" ? "" : " --profile \(profileName)"
    }
}
