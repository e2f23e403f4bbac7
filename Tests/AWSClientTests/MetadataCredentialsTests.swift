import AWSClient
import Foundation
import Testing
import TestSupport

@Suite("Container credentials and EC2 instance metadata against loopback servers")
struct MetadataCredentialsTests {
    // MARK: - Container

    @Test("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is fetched from the container host")
    func relativeURI() async throws {
        let expected = TestRoleCredentials.sample("ECS")
        let server = try ContainerCredentialsTestServer(credentials: expected)
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] = server.path
        let chain = CredentialsChain.standard(explicitProfile: nil, context: try fixture.context(containerBaseURL: server.baseURL))
        let credentials = try #require(try await chain.credentials())
        #expect(credentials.accessKeyId == expected.accessKeyId)
        #expect(credentials.secretAccessKey == expected.secretAccessKey)
        #expect(credentials.sessionToken == expected.sessionToken)
        #expect(credentials.expiration == expected.expiration)
        #expect(server.requests.first?.header("Authorization") == nil)
    }

    @Test("FULL_URI on loopback with the token from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (preferred) or the variable",
          arguments: [true, false])
    func fullURIWithToken(fromFile: Bool) async throws {
        let server = try ContainerCredentialsTestServer(credentials: .sample("EKS"), authorization: "Bearer pod-token")
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.baseURL + server.path
        if fromFile {
            fixture.environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = try fixture.write("token", "Bearer pod-token\n")
            fixture.environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "wrong"
        } else {
            fixture.environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "Bearer pod-token"
        }
        #expect(try await fixture.chain().credentials()?.accessKeyId == "ASIAEKS")
        #expect(server.requests.first?.header("Authorization") == "Bearer pod-token")
    }

    @Test("a refused authorization token is an error with the status")
    func wrongToken() async throws {
        let server = try ContainerCredentialsTestServer(credentials: .sample("EKS"), authorization: "right")
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.baseURL + server.path
        fixture.environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "wrong"
        #expect(await configurationError(try fixture.chain()).contains("HTTP 401"))
    }

    @Test("FULL_URI over plain HTTP to a host that is not loopback or a container host is refused", arguments: [
        "http://example.com/creds", "http://10.0.0.1/creds", "http://169.254.169.254/creds",
    ])
    func disallowedHost(uri: String) async throws {
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = uri
        #expect(await configurationError(try fixture.chain()).contains("is not allowed"))
    }

    // MARK: - Instance metadata

    @Test("IMDSv2: a token PUT with a TTL, then the role list and the role, each carrying the token")
    func imdsV2() async throws {
        let expected = TestRoleCredentials.sample("IMDS")
        let server = try InstanceMetadataTestServer(roleName: "web-role", credentials: expected)
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = server.endpoint + "/"
        let credentials = try #require(try await fixture.chain().credentials())
        #expect(credentials.accessKeyId == expected.accessKeyId)
        #expect(credentials.sessionToken == expected.sessionToken)
        #expect(credentials.expiration == expected.expiration)
        #expect(credentials.source.contains("web-role"))
        let requests = server.requests
        #expect(requests.map(\.method) == ["PUT", "GET", "GET"])
        #expect(requests.map(\.path) == ["/latest/api/token", "/latest/meta-data/iam/security-credentials/",
                                         "/latest/meta-data/iam/security-credentials/web-role"])
        #expect(requests[0].header("X-aws-ec2-metadata-token-ttl-seconds") == "21600")
        let token = requests[1].header("X-aws-ec2-metadata-token")
        #expect(token?.hasPrefix("imds-token-") == true)
        #expect(requests[2].header("X-aws-ec2-metadata-token") == token)
    }

    @Test("a service without tokens falls back to IMDSv1 unless AWS_EC2_METADATA_V1_DISABLED is true")
    func imdsV1Fallback() async throws {
        let server = try InstanceMetadataTestServer(credentials: .sample("V1"), tokensSupported: false, allowV1: true)
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = server.endpoint
        #expect(try await fixture.chain().credentials()?.accessKeyId == "ASIAV1")
        #expect(server.requests.dropFirst().allSatisfy { $0.header("X-aws-ec2-metadata-token") == nil })
        fixture.environment["AWS_EC2_METADATA_V1_DISABLED"] = "true"
        #expect(await configurationError(try fixture.chain()).contains("AWS_EC2_METADATA_V1_DISABLED"))
    }

    @Test("instance metadata comes last: a credentials file wins and the metadata service is never asked")
    func metadataLast() async throws {
        let server = try InstanceMetadataTestServer(credentials: .sample("IMDS"))
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n")
        fixture.environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = server.endpoint
        #expect(try await fixture.chain().credentials()?.accessKeyId == "AKIDFILE")
        #expect(server.requests.isEmpty)
    }

    @Test("a metadata service answering errors gives no credentials, so the chain reports where it looked")
    func metadataErrors() async throws {
        let server = try LoopbackHTTPServer { _ in .text(500, "oops") }
        let fixture = try CredentialsFixture()
        fixture.environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = server.baseURL
        let message = await configurationError(try fixture.chain())
        #expect(message.contains("Unable to locate credentials"))
        #expect(server.requests.map(\.path) == ["/latest/api/token"])
    }
}
