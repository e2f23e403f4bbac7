import AWSClient
import Foundation
import Testing
import TestSupport

@Suite("Assume-role and web-identity profiles (STS recorded)")
struct AssumeRoleCredentialsProviderTests {
    private static let chainedConfig = """
        [profile top]
        role_arn = arn:aws:iam::111111111111:role/top
        source_profile = middle
        role_session_name = my-session
        external_id = ext-1
        duration_seconds = 1800

        [profile middle]
        role_arn = arn:aws:iam::222222222222:role/middle
        source_profile = base

        [profile base]
        region = us-east-1

        [profile loop-a]
        role_arn = arn:aws:iam::1:role/a
        source_profile = loop-b

        [profile loop-b]
        role_arn = arn:aws:iam::1:role/b
        source_profile = loop-a

        [profile self]
        role_arn = arn:aws:iam::1:role/self
        source_profile = self

        [profile from-env]
        role_arn = arn:aws:iam::1:role/env
        credential_source = Environment

        [profile both]
        role_arn = arn:aws:iam::1:role/both
        source_profile = base
        credential_source = Environment

        [profile dangling]
        role_arn = arn:aws:iam::1:role/d
        source_profile = nowhere

        [profile bad-source]
        role_arn = arn:aws:iam::1:role/x
        credential_source = Somewhere
        """

    private static let credentials = """
        [base]
        aws_access_key_id = AKIDBASE
        aws_secret_access_key = base-secret

        [self]
        aws_access_key_id = AKIDSELF
        aws_secret_access_key = self-secret
        """

    private func fixture() throws -> CredentialsFixture {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", Self.chainedConfig)
        try fixture.write(".aws/credentials", Self.credentials)
        return fixture
    }

    @Test("source_profile chains are assumed from the innermost static keys outwards")
    func chain() async throws {
        let sts = RecordingSTS()
        let credentials = try #require(try await fixture().chain(profile: "top", sts: sts).credentials())
        #expect(credentials.accessKeyId == "ASIA-top")
        #expect(credentials.source.contains("arn:aws:iam::111111111111:role/top"))
        let calls = sts.calls
        #expect(calls.map(\.roleArn) == ["arn:aws:iam::222222222222:role/middle", "arn:aws:iam::111111111111:role/top"])
        #expect(calls.map(\.sourceAccessKey) == ["AKIDBASE", "ASIA-middle"])
        #expect(calls[1].sessionName == "my-session")
        #expect(calls[1].externalId == "ext-1")
        #expect(calls[1].durationSeconds == 1800)
        #expect(calls[0].sessionName.hasPrefix("botocore-session-"))
    }

    @Test("a source_profile loop is an error naming the loop")
    func loop() async throws {
        let message = await configurationError(try fixture().chain(profile: "loop-a", sts: RecordingSTS()))
        #expect(message.contains("loop-a -> loop-b -> loop-a"))
    }

    @Test("a profile may be its own source when it has static keys")
    func selfSource() async throws {
        let sts = RecordingSTS()
        #expect(try await fixture().chain(profile: "self", sts: sts).credentials()?.accessKeyId == "ASIA-self")
        #expect(sts.calls.map(\.sourceAccessKey) == ["AKIDSELF"])
    }

    @Test("credential_source Environment signs with the environment keys")
    func credentialSourceEnvironment() async throws {
        let fixture = try fixture()
        fixture.environment["AWS_ACCESS_KEY_ID"] = "AKIDENV"
        fixture.environment["AWS_SECRET_ACCESS_KEY"] = "env-secret"
        let sts = RecordingSTS()
        #expect(try await fixture.chain(profile: "from-env", sts: sts).credentials()?.accessKeyId == "ASIA-env")
        #expect(sts.calls.first?.sourceAccessKey == "AKIDENV")
    }

    @Test("configuration mistakes are errors", arguments: [
        ("both", "both source_profile and credential_source"),
        ("dangling", "source_profile nowhere of profile dangling does not exist"),
        ("bad-source", "credential_source Somewhere"),
        ("from-env", "credential_source Environment of profile from-env gave no credentials"),
    ])
    func mistakes(profile: String, message: String) async throws {
        #expect(await configurationError(try fixture().chain(profile: profile, sts: RecordingSTS())).contains(message))
    }

    @Test("web identity from AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN and AWS_ROLE_SESSION_NAME")
    func webIdentityEnvironment() async throws {
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_WEB_IDENTITY_TOKEN_FILE"] = try fixture.write("token.jwt", "eyJ.token.sig\n")
        fixture.environment["AWS_ROLE_ARN"] = "arn:aws:iam::1:role/web"
        fixture.environment["AWS_ROLE_SESSION_NAME"] = "pod-1"
        let sts = RecordingSTS()
        let credentials = try #require(try await fixture.chain(sts: sts).credentials())
        #expect(credentials.accessKeyId == "ASIA-WEB")
        #expect(sts.calls == [.init(roleArn: "arn:aws:iam::1:role/web", sessionName: "pod-1", externalId: nil,
                                    durationSeconds: nil, sourceAccessKey: nil, webIdentityToken: "eyJ.token.sig")])
    }

    @Test("with an explicit profile the web identity variables are ignored in favour of the profile's keys")
    func webIdentityProfile() async throws {
        let fixture = try CredentialsFixture()
        let token = try fixture.write("profile.jwt", "profile-token")
        try fixture.write(".aws/config", "[profile web]\nweb_identity_token_file = \(token)\nrole_arn = arn:aws:iam::1:role/profile-web\n")
        fixture.environment["AWS_WEB_IDENTITY_TOKEN_FILE"] = try fixture.write("env.jwt", "env-token")
        fixture.environment["AWS_ROLE_ARN"] = "arn:aws:iam::1:role/env-web"
        let sts = RecordingSTS()
        _ = try await fixture.chain(profile: "web", sts: sts).credentials()
        #expect(sts.calls.map(\.roleArn) == ["arn:aws:iam::1:role/profile-web"])
        #expect(sts.calls.map(\.webIdentityToken) == ["profile-token"])
    }

    @Test("assume-role profiles without an STS client are a configuration error")
    func noSTS() async throws {
        #expect(await configurationError(try fixture().chain(profile: "top")).contains("needs STS"))
    }

    @Test("credential_source EcsContainer signs with the container's credentials")
    func credentialSourceContainer() async throws {
        let server = try ContainerCredentialsTestServer(credentials: .sample("TASK"))
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", "[profile task]\nrole_arn = arn:aws:iam::1:role/from-task\ncredential_source = EcsContainer\n")
        fixture.environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] = server.path
        let sts = RecordingSTS()
        let chain = CredentialsChain.standard(explicitProfile: "task",
                                              context: try fixture.context(sts: sts, containerBaseURL: server.baseURL))
        #expect(try await chain.credentials()?.accessKeyId == "ASIA-from-task")
        #expect(sts.calls.map(\.sourceAccessKey) == ["ASIATASK"])
    }

    @Test("a source_profile without static keys or role_arn is resolved through its credential_process")
    func sourceThroughProcess() async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", """
            [profile assumed]
            role_arn = arn:aws:iam::1:role/assumed
            source_profile = proc
            [profile proc]
            credential_process = echo '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "s"}'
            """)
        let sts = RecordingSTS()
        #expect(try await fixture.chain(profile: "assumed", sts: sts).credentials()?.accessKeyId == "ASIA-assumed")
        #expect(sts.calls.map(\.sourceAccessKey) == ["AKIDPROC"])
    }
}
