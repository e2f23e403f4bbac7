@testable import AWSClient
import Foundation
import Testing
import TestSupport

@Suite("IAM Identity Center credentials against a loopback portal")
struct SSOCredentialsProviderTests {
    private static let sessionConfig = """
        [profile corp-dev]
        sso_session = corp
        sso_account_id = 111122223333
        sso_role_name = Developer
        region = eu-west-1

        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = us-east-2
        sso_registration_scopes = sso:account:access
        """

    private static let legacyConfig = """
        [profile legacy]
        sso_start_url = https://legacy.awsapps.com/start
        sso_region = us-west-2
        sso_account_id = 111122223333
        sso_role_name = Developer
        """

    private func writeToken(_ fixture: CredentialsFixture, key: String, token: String, expiresAt: String) throws {
        try fixture.write(".aws/sso/cache/\(SHA1.hex(Data(key.utf8))).json", """
            {"startUrl": "https://corp.awsapps.com/start", "region": "us-east-2", "accessToken": "\(token)",
             "expiresAt": "\(expiresAt)", "clientId": "c", "clientSecret": "s", "refreshToken": "r"}
            """)
    }

    @Test("sso_session profile: token cached under sha1(session name), GetRoleCredentials with the bearer header")
    func ssoSession() async throws {
        let expected = TestRoleCredentials.sample("SSO")
        let portal = try SSOPortalTestServer(accessToken: "cached-token", accountId: "111122223333", roleName: "Developer",
                                             credentials: expected)
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", Self.sessionConfig)
        try writeToken(fixture, key: "corp", token: "cached-token", expiresAt: "2099-01-01T00:00:00Z")
        fixture.environment["AWS_ENDPOINT_URL_SSO"] = portal.endpoint
        let credentials = try #require(try await fixture.chain(profile: "corp-dev").credentials())
        #expect(credentials.accessKeyId == expected.accessKeyId)
        #expect(credentials.secretAccessKey == expected.secretAccessKey)
        #expect(credentials.sessionToken == expected.sessionToken)
        #expect(credentials.expiration == expected.expiration)
        let request = try #require(portal.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/federation/credentials")
        #expect(request.query == ["role_name": "Developer", "account_id": "111122223333"])
        #expect(request.header("x-amz-sso_bearer_token") == "cached-token")
    }

    @Test("legacy profile: token cached under sha1(start URL)")
    func legacy() async throws {
        let portal = try SSOPortalTestServer(accessToken: "legacy-token", accountId: "111122223333", roleName: "Developer",
                                             credentials: .sample("LEGACY"))
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", Self.legacyConfig)
        try writeToken(fixture, key: "https://legacy.awsapps.com/start", token: "legacy-token", expiresAt: "2099-01-01T00:00:00.000Z")
        fixture.environment["AWS_ENDPOINT_URL_SSO"] = portal.endpoint
        #expect(try await fixture.chain(profile: "legacy").credentials()?.accessKeyId == "ASIALEGACY")
    }

    @Test("an expired cached token is an error telling the user to run aws sso login, without calling the portal")
    func expiredToken() async throws {
        let portal = try SSOPortalTestServer(accessToken: "t", accountId: "111122223333", roleName: "Developer", credentials: .sample("X"))
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", Self.sessionConfig)
        try writeToken(fixture, key: "corp", token: "t", expiresAt: "2020-01-01T00:00:00Z")
        fixture.environment["AWS_ENDPOINT_URL_SSO"] = portal.endpoint
        let message = await configurationError(try fixture.chain(profile: "corp-dev"))
        #expect(message.contains("aws sso login --sso-session corp"))
        #expect(message.contains("expired"))
        #expect(portal.requests.isEmpty)
    }

    @Test("a missing token cache file and a portal 401 both name aws sso login")
    func missingOrRejectedToken() async throws {
        let portal = try SSOPortalTestServer(accessToken: "good", accountId: "111122223333", roleName: "Developer", credentials: .sample("X"))
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", Self.legacyConfig)
        fixture.environment["AWS_ENDPOINT_URL_SSO"] = portal.endpoint
        #expect(await configurationError(try fixture.chain(profile: "legacy")).contains("aws sso login --profile legacy"))
        try writeToken(fixture, key: "https://legacy.awsapps.com/start", token: "revoked", expiresAt: "2099-01-01T00:00:00Z")
        let message = await configurationError(try fixture.chain(profile: "legacy"))
        #expect(message.contains("HTTP 401"))
        #expect(message.contains("aws sso login"))
    }

    @Test("incomplete SSO settings are an error listing what is missing")
    func incompleteSettings() async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", "[profile half]\nsso_start_url = https://x/start\nsso_role_name = R\n")
        let message = await configurationError(try fixture.chain(profile: "half"))
        #expect(message.contains("sso_account_id"))
        #expect(message.contains("sso_region"))
    }

    @Test("without AWS_ENDPOINT_URL_SSO the portal is portal.sso.<sso_region>.amazonaws.com")
    func defaultEndpoint() async throws {
        let recorder = RecordingTransport()
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", Self.sessionConfig)
        try writeToken(fixture, key: "corp", token: "t", expiresAt: "2099-01-01T00:00:00Z")
        let provider = SSOCredentialsProvider(profile: "corp-dev", context: try fixture.context(transport: recorder))
        _ = try? await provider.credentials()
        #expect(recorder.urls.first?.absoluteString
            == "https://portal.sso.us-east-2.amazonaws.com/federation/credentials?role_name=Developer&account_id=111122223333")
    }
}

/// A transport that records URLs and answers 500 (for checking where a request would go).
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [URL] = []
    var urls: [URL] { lock.withLock { recorded } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { recorded.append(request.url) }
        return HTTPResponse(status: 500)
    }
}
