import AWSClient
import Foundation
import SecretsCore
import Synchronization
import Testing

/// Credentials that never change, or none.
struct FixedCredentialsProvider: CredentialsProvider {
    var name: String = "fixed test credentials"
    var value: Credentials?
    func credentials() async throws -> Credentials? { value }
}

/// A clock that moves one second forward each time it is read.
final class TickingClock: Sendable {
    private let current: Mutex<Date>
    init(_ start: Date) { current = Mutex(start) }
    func now() -> Date {
        current.withLock { date in
            defer { date.addTimeInterval(1) }
            return date
        }
    }
}

/// AWSBackend over a scripted transport: the JSON 1.1 requests it builds, how it decodes answers and errors.
@Suite("AWS backend requests")
struct AWSBackendTests {
    static let endpoint = URL(string: "https://secretsmanager.eu-west-1.amazonaws.com")!
    static let start = Date(timeIntervalSince1970: 1_772_323_262)
    static let keys = Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret", source: "test")

    static func backend(
        _ transport: ScriptedTransport, retry: RetryPolicy = RetryPolicy(), credentials: Credentials? = keys,
        jitter: [Double] = [0.5], sleeper: RecordingSleeper = RecordingSleeper(), random: any RandomSource = CountingRandom()
    ) -> AWSBackend {
        let clock = TickingClock(start)
        return AWSBackend(
            endpoint: endpoint, region: "eu-west-1", credentials: FixedCredentialsProvider(value: credentials),
            transport: transport, retry: retry, random: random, clock: { clock.now() },
            jitter: FixedJitter(jitter), sleeper: sleeper)
    }

    static func body(_ request: HTTPRequest) throws -> [String: JSONValue] {
        guard case .object(let members) = try JSONValue.parse(String(decoding: request.body, as: UTF8.self)) else {
            Issue.record("body is not an object")
            return [:]
        }
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: - Request building

    @Test("GetSecretValue: POST /, JSON 1.1 headers, the shape's wire names, signed for secretsmanager")
    func getSecretValueRequest() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(
                200,
                #"{"ARN":"arn:aws:secretsmanager:eu-west-1:1:secret:a-AbCdEf","Name":"a","VersionId":"v1","SecretString":"s3cr3t","VersionStages":["AWSCURRENT"],"CreatedDate":1772323262.123}"#)
        ])
        let response = try await Self.backend(transport).getSecretValue(
            GetSecretValueRequest(secretId: "a", versionStage: "AWSCURRENT"))
        #expect(response.secretString == "s3cr3t")
        #expect(response.createdDate == Date(timeIntervalSince1970: 1_772_323_262.123))

        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url == Self.endpoint)
        #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(request.header("X-Amz-Target") == "secretsmanager.GetSecretValue")
        #expect(request.header("Host") == "secretsmanager.eu-west-1.amazonaws.com")
        #expect(request.header("X-Amz-Date") == "20260301T000102Z")
        #expect(
            request.header("Authorization")?.hasPrefix(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/eu-west-1/secretsmanager/aws4_request, "
                    + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=") == true)
        #expect(try Self.body(request) == ["SecretId": .string("a"), "VersionStage": .string("AWSCURRENT")])
    }

    @Test("operations without parameters send {}")
    func emptyBody() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"SecretList":[]}"#)])
        _ = try await Self.backend(transport).listSecrets(ListSecretsRequest())
        #expect(String(decoding: try #require(transport.requests.first).body, as: UTF8.self) == "{}")
        #expect(transport.requests.first?.header("X-Amz-Target") == "secretsmanager.ListSecrets")
    }

    @Test("binary values go out as base64 and a session token is signed")
    func binaryAndToken() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, #"{"ARN":"arn","Name":"b","VersionId":"v","VersionStages":["AWSCURRENT"]}"#)
        ])
        let keys = Credentials(accessKeyId: "ASIA", secretAccessKey: "s", sessionToken: "tok", source: "test")
        _ = try await Self.backend(transport, credentials: keys).putSecretValue(
            PutSecretValueRequest(secretId: "b", secretBinary: Data([0, 1, 2, 0xFF, 0xFE, 0x80])))
        let request = try #require(transport.requests.first)
        let body = try Self.body(request)
        #expect(body["SecretBinary"] == .string("AAEC//6A"))
        #expect(request.header("X-Amz-Security-Token") == "tok")
        #expect(request.header("Authorization")?.contains("x-amz-date;x-amz-security-token;x-amz-target") == true)
    }

    @Test("a caller's ClientRequestToken is kept; a missing one is filled with a UUID v4")
    func tokens() async throws {
        let ok = ScriptedTransport.json(200, #"{"ARN":"arn","Name":"n","VersionId":"v"}"#)
        let transport = ScriptedTransport([ok, ok])
        let backend = Self.backend(transport)
        _ = try await backend.createSecret(CreateSecretRequest(name: "n", clientRequestToken: "caller-token-0000000000000000000000", secretString: "x"))
        _ = try await backend.createSecret(CreateSecretRequest(name: "n", secretString: "x"))
        #expect(try Self.body(transport.requests[0])["ClientRequestToken"] == .string("caller-token-0000000000000000000000"))
        guard case .string(let token) = try Self.body(transport.requests[1])["ClientRequestToken"] else {
            Issue.record("no token")
            return
        }
        #expect(token.count == 36)
        #expect(Array(token)[14] == "4")
    }

    @Test("UpdateSecret without a value still gets a token, as the SDKs send one")
    func updateWithoutValue() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"ARN":"arn","Name":"n"}"#)])
        _ = try await Self.backend(transport).updateSecret(UpdateSecretRequest(secretId: "n", description: "d"))
        guard case .string(let token) = try Self.body(#require(transport.requests.first))["ClientRequestToken"] else {
            Issue.record("no token")
            return
        }
        #expect(token.count == 36)
    }

    // MARK: - Responses

    @Test("responses with nulls and unknown members decode (moto's DescribeSecret)")
    func lenientDecoding() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(
                200,
                #"{"ARN":"arn:x","Name":"n","Description":null,"KmsKeyId":null,"RotationEnabled":false,"LastAccessedDate":null,"NextRotationDate":null,"DeletedDate":null,"Tags":[],"VersionIdsToStages":{"v1":["AWSCURRENT"]},"SecretVersionsToStages":{"v1":["AWSCURRENT"]},"CreatedDate":1772323262,"Unknown":{"x":[1,null]}}"#)
        ])
        let described = try await Self.backend(transport).describeSecret(DescribeSecretRequest(secretId: "n"))
        #expect(described.name == "n")
        #expect(described.versionIdsToStages == ["v1": ["AWSCURRENT"]])
        #expect(described.deletedDate == nil)
    }

    @Test("an empty 200 body reads as {} for operations without response members")
    func emptySuccess() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, "")])
        let response = try await Self.backend(transport).tagResource(
            TagResourceRequest(secretId: "n", tags: [Tag(key: "k", value: "v")]))
        #expect(response == EmptyResponse())
    }

    @Test("a 200 that does not fit the shape is a failure (exit 255), not retried")
    func badSuccessBody() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"Name":"n"}"#)])
        let error = await #expect(throws: LocalError.self) {
            try await Self.backend(transport).getSecretValue(GetSecretValueRequest(secretId: "n"))
        }
        #expect(error?.category == .failure)
        #expect(error?.summary.contains("GetSecretValue") == true)
        #expect(transport.requests.count == 1)
    }

    @Test("service errors surface with code, message and status (exit 254)")
    func serviceError() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(400, #"{"__type":"ResourceNotFoundException","Message":"Secrets Manager can't find the specified secret."}"#)
        ])
        let error = await #expect(throws: ServiceError.self) {
            try await Self.backend(transport).describeSecret(DescribeSecretRequest(secretId: "missing"))
        }
        #expect(error?.code == "ResourceNotFoundException")
        #expect(error?.httpStatus == 400)
        #expect(error?.category == .service)
        #expect(error?.category.rawValue == 254)
    }

    @Test("no credentials is a configuration error naming where the provider looked (exit 253)")
    func noCredentials() async throws {
        let transport = ScriptedTransport([])
        let error = await #expect(throws: LocalError.self) {
            try await Self.backend(transport, credentials: nil).listSecrets(ListSecretsRequest())
        }
        #expect(error?.category == .configuration)
        #expect(error?.summary.contains("fixed test credentials") == true)
        #expect(transport.requests.isEmpty)
    }

    @Test("displayName names the region, or the endpoint when custom")
    func displayNames() {
        #expect(Self.backend(ScriptedTransport([])).displayName == "aws eu-west-1")
        let custom = ResolvedEndpoint(url: URL(string: "http://127.0.0.1:5000")!, region: "us-east-1", isCustom: true)
        let backend = AWSBackend(
            endpoint: custom, credentials: FixedCredentialsProvider(value: Self.keys), transport: ScriptedTransport([]),
            random: CountingRandom())
        #expect(backend.displayName == "http://127.0.0.1:5000")
    }

    @Test("a backend built from configuration uses the resolved endpoint, region and attempts")
    func configured() async throws {
        let configuration = EndpointConfiguration(
            environment: ["AWS_REGION": "eu-north-1", "AWS_MAX_ATTEMPTS": "2"], profile: ["region": "us-east-1"])
        let unavailable = ScriptedTransport.raw(503, "")
        let transport = ScriptedTransport([unavailable, unavailable, unavailable])
        let sleeper = RecordingSleeper()
        let backend = try AWSBackend.configured(
            configuration, credentials: FixedCredentialsProvider(value: Self.keys), transport: transport,
            random: CountingRandom(), jitter: FixedJitter([0.5]), sleeper: sleeper)
        #expect(backend.displayName == "aws eu-north-1")
        #expect(backend.endpoint.absoluteString == "https://secretsmanager.eu-north-1.amazonaws.com")
        _ = try? await backend.listSecrets(ListSecretsRequest())
        #expect(transport.requests.count == 2)
        #expect(sleeper.delays == [0.5])
        #expect(transport.requests.first?.header("Authorization")?.contains("/eu-north-1/secretsmanager/") == true)
        #expect(throws: LocalError.self) {
            try AWSBackend.configured(
                EndpointConfiguration(regionOption: "eu-north-1", environment: ["AWS_MAX_ATTEMPTS": "x"]),
                credentials: FixedCredentialsProvider(value: Self.keys), transport: transport, random: CountingRandom())
        }
    }
}
