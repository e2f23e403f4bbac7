import AWSClient
import Foundation
import SecretsCore
import Testing
import TestSupport

/// Runs a provider and returns the configuration error it throws, recording an issue otherwise.
func configurationError(_ provider: any CredentialsProvider, sourceLocation: SourceLocation = #_sourceLocation) async -> String {
    do {
        let credentials = try await provider.credentials()
        Issue.record("expected a configuration error, got \(String(describing: credentials))", sourceLocation: sourceLocation)
    } catch let error as LocalError {
        #expect(error.category == .configuration, sourceLocation: sourceLocation)
        return error.summary
    } catch {
        Issue.record("expected a LocalError, got \(error)", sourceLocation: sourceLocation)
    }
    return ""
}

@Suite("Credential chain: environment, files and order")
struct CredentialsChainTests {
    private static let credentialsFile = """
        [default]
        aws_access_key_id = AKIDFILEDEFAULT
        aws_secret_access_key = file-default-secret

        [dev]
        aws_access_key_id = AKIDFILEDEV
        aws_secret_access_key = file-dev-secret
        aws_session_token = file-dev-token
        """

    @Test("environment keys, with AWS_SESSION_TOKEN or the older AWS_SECURITY_TOKEN", arguments: [
        (["AWS_ACCESS_KEY_ID": "AKID1", "AWS_SECRET_ACCESS_KEY": "s1"], "AKID1", nil),
        (["AWS_ACCESS_KEY_ID": "AKID2", "AWS_SECRET_ACCESS_KEY": "s2", "AWS_SESSION_TOKEN": "tok"], "AKID2", "tok"),
        (["AWS_ACCESS_KEY_ID": "AKID3", "AWS_SECRET_ACCESS_KEY": "s3", "AWS_SECURITY_TOKEN": "old"], "AKID3", "old"),
    ] as [([String: String], String, String?)])
    func environment(variables: [String: String], accessKey: String, token: String?) async throws {
        let credentials = try #require(await EnvironmentCredentialsProvider(environment: variables).credentials())
        #expect(credentials.accessKeyId == accessKey)
        #expect(credentials.sessionToken == token)
        #expect(credentials.source == "environment")
        #expect(!credentials.description.contains(credentials.secretAccessKey))
    }

    @Test("half a key pair in the environment is an error naming the missing variable")
    func partialEnvironment() async throws {
        let message = await configurationError(EnvironmentCredentialsProvider(environment: ["AWS_ACCESS_KEY_ID": "A"]))
        #expect(message.contains("AWS_SECRET_ACCESS_KEY"))
        #expect(try await EnvironmentCredentialsProvider(environment: [:]).credentials() == nil)
    }

    @Test("environment keys come before the credentials file")
    func environmentFirst() async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/credentials", Self.credentialsFile)
        fixture.environment["AWS_ACCESS_KEY_ID"] = "AKIDENV"
        fixture.environment["AWS_SECRET_ACCESS_KEY"] = "env-secret"
        #expect(try await fixture.chain().credentials()?.accessKeyId == "AKIDENV")
    }

    @Test("AWS_PROFILE selects the profile but, as in botocore, environment keys still win")
    func awsProfileKeepsEnvironment() async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/credentials", Self.credentialsFile)
        fixture.environment["AWS_PROFILE"] = "dev"
        #expect(try await fixture.chain().credentials()?.accessKeyId == "AKIDFILEDEV")
        fixture.environment["AWS_ACCESS_KEY_ID"] = "AKIDENV"
        fixture.environment["AWS_SECRET_ACCESS_KEY"] = "env-secret"
        #expect(try await fixture.chain().credentials()?.accessKeyId == "AKIDENV")
    }

    @Test("an explicit --profile ignores environment keys and wins over AWS_PROFILE")
    func explicitProfile() async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/credentials", Self.credentialsFile)
        fixture.environment["AWS_ACCESS_KEY_ID"] = "AKIDENV"
        fixture.environment["AWS_SECRET_ACCESS_KEY"] = "env-secret"
        fixture.environment["AWS_PROFILE"] = "default"
        let credentials = try #require(try await fixture.chain(profile: "dev").credentials())
        #expect(credentials.accessKeyId == "AKIDFILEDEV")
        #expect(credentials.sessionToken == "file-dev-token")
        #expect(credentials.source.contains("shared credentials file"))
    }

    @Test("the credentials file wins over static keys in the config file, which are used when it has none")
    func fileOrder() async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", """
            [default]
            aws_access_key_id = AKIDCONFIGDEFAULT
            aws_secret_access_key = config-secret
            [profile only-config]
            aws_access_key_id = AKIDCONFIGONLY
            aws_secret_access_key = config-only-secret
            """)
        try fixture.write(".aws/credentials", Self.credentialsFile)
        #expect(try await fixture.chain().credentials()?.accessKeyId == "AKIDFILEDEFAULT")
        let onlyConfig = try #require(try await fixture.chain(profile: "only-config").credentials())
        #expect(onlyConfig.accessKeyId == "AKIDCONFIGONLY")
        #expect(onlyConfig.source.contains("config file"))
    }

    @Test("AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE are honoured")
    func customPaths() async throws {
        let fixture = try CredentialsFixture()
        let path = try fixture.write("elsewhere/creds", Self.credentialsFile)
        fixture.environment["AWS_SHARED_CREDENTIALS_FILE"] = path
        #expect(try await fixture.chain(profile: "dev").credentials()?.accessKeyId == "AKIDFILEDEV")
    }

    @Test("a profile with half a key pair is an error")
    func partialProfile() async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/credentials", "[default]\naws_access_key_id = AKIDONLY\n")
        let message = await configurationError(try fixture.chain())
        #expect(message.contains("aws_secret_access_key"))
    }

    @Test("a named profile that no file defines is an error")
    func unknownProfile() async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/credentials", Self.credentialsFile)
        let message = await configurationError(try fixture.chain(profile: "nope"))
        #expect(message.contains("The config profile (nope) could not be found"))
        fixture.environment["AWS_PROFILE"] = "also-nope"
        #expect(await configurationError(try fixture.chain()).contains("(also-nope)"))
    }

    @Test("no credentials anywhere is a configuration error naming every place looked at")
    func nothingFound() async throws {
        let fixture = try CredentialsFixture()
        let message = await configurationError(try fixture.chain())
        for place in ["environment variables", "assume role", "web identity", "IAM Identity Center", "shared credentials file",
                      "credential_process", "config file", "container credentials", "EC2 instance metadata"] {
            #expect(message.contains(place), "missing \(place) in: \(message)")
        }
        #expect(message.hasPrefix("Unable to locate credentials"))
    }

    @Test("AWS_EC2_METADATA_DISABLED=true keeps instance metadata from being asked")
    func metadataDisabled() async throws {
        let server = try InstanceMetadataTestServer(credentials: .sample("IMDS"))
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = server.endpoint
        fixture.environment["AWS_EC2_METADATA_DISABLED"] = "true"
        let message = await configurationError(try fixture.chain())
        #expect(server.requests.isEmpty)
        #expect(message.contains("EC2 instance metadata (not asked: AWS_EC2_METADATA_DISABLED=true)"), "\(message)")
        #expect(!message.contains(server.endpoint))
        fixture.environment["AWS_EC2_METADATA_DISABLED"] = "false"
        #expect(try await fixture.chain().credentials()?.accessKeyId == "ASIAIMDS")
    }
}
