import AWSClient
import CurlTransport
import Foundation
import SecretsCore
import Testing
import TestSupport

@Suite("Assume role and web identity against moto's STS", .enabled(if: TestSupport.Moto.isAvailable, "moto_server is not on PATH"))
struct CredentialsMotoTests {
    private func sts(_ moto: TestSupport.Moto) -> STSClient {
        STSClient(endpoint: URL(string: moto.endpoint)!, region: "us-east-1",
                  transport: CurlTransport(options: TransportOptions(connectTimeout: 5, readTimeout: 30), environment: [:]))
    }

    @Test("a source_profile with an IAM user's keys assumes a role, with moto checking the signature")
    func assumeRole() async throws {
        let moto = try await TestSupport.Moto.start(noAuthActionCount: 4)
        defer { moto.stop() }
        let key = try await moto.createIAMUser(name: "chain-user")
        let roleArn = try await moto.createIAMRole(name: "chain-role")
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/credentials", "[base]\naws_access_key_id = \(key.accessKeyId)\naws_secret_access_key = \(key.secretAccessKey)\n")
        try fixture.write(".aws/config", "[profile role]\nrole_arn = \(roleArn)\nsource_profile = base\nrole_session_name = chain-test\n")

        let credentials = try #require(try await fixture.chain(profile: "role", sts: sts(moto)).credentials())
        #expect(credentials.accessKeyId.hasPrefix("ASIA"))
        #expect(credentials.sessionToken?.isEmpty == false)
        #expect((credentials.expiration ?? .distantPast) > Date())
        #expect(credentials.source.contains(roleArn))
    }

    @Test("a source_profile with a wrong secret is refused by moto's signature check")
    func assumeRoleBadSignature() async throws {
        let moto = try await TestSupport.Moto.start(noAuthActionCount: 4)
        defer { moto.stop() }
        let key = try await moto.createIAMUser(name: "bad-user")
        let roleArn = try await moto.createIAMRole(name: "bad-role")
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/credentials", "[base]\naws_access_key_id = \(key.accessKeyId)\naws_secret_access_key = not-the-secret\n")
        try fixture.write(".aws/config", "[profile role]\nrole_arn = \(roleArn)\nsource_profile = base\n")
        do {
            let credentials = try await fixture.chain(profile: "role", sts: sts(moto)).credentials()
            Issue.record("expected SignatureDoesNotMatch, got \(String(describing: credentials))")
        } catch let error as ServiceError {
            #expect(error.code == "SignatureDoesNotMatch")
            #expect(error.httpStatus == 403)
        }
    }

    @Test("web identity from the environment against a moto without authentication")
    func webIdentity() async throws {
        let moto = try await TestSupport.Moto.start()
        defer { moto.stop() }
        let roleArn = try await moto.createIAMRole(name: "web-role")
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_WEB_IDENTITY_TOKEN_FILE"] = try fixture.write("token.jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2ln\n")
        fixture.environment["AWS_ROLE_ARN"] = roleArn
        fixture.environment["AWS_ROLE_SESSION_NAME"] = "web-session"
        let credentials = try #require(try await fixture.chain(sts: sts(moto)).credentials())
        #expect(credentials.accessKeyId.hasPrefix("ASIA"))
        #expect(credentials.sessionToken?.isEmpty == false)
        #expect(credentials.source == "web identity (\(roleArn))")
    }
}
