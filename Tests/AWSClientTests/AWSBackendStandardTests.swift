import AWSClient
import Foundation
import SecretsCore
import Synchronization
import TestSupport
import Testing

/// `AWSBackend.standard`: the aws CLI's options, the environment and the shared files become the backend's endpoint,
/// region, transport settings and credentials, without sending anything until the first call.
@Suite("AWSBackend.standard from options, environment and shared files")
struct AWSBackendStandardTests {
    /// Records the options of every transport made; the transports answer from a script.
    final class TransportFactory: Sendable {
        let made = Mutex<[TransportOptions]>([])
        let transport: ScriptedTransport

        init(_ outcomes: [ScriptedTransport.Outcome] = []) {
            transport = ScriptedTransport(outcomes)
        }

        func make(_ options: TransportOptions) -> any HTTPTransport {
            made.withLock { $0.append(options) }
            return transport
        }
    }

    static func files(_ contents: [String: String]) -> @Sendable (String) throws -> Data? {
        { path in contents[path].map { Data($0.utf8) } }
    }

    static let configPath = "/home/op/.aws/config"
    static let credentialsPath = "/home/op/.aws/credentials"
    static let baseEnvironment = [
        "HOME": "/home/op", "AWS_CONFIG_FILE": configPath, "AWS_SHARED_CREDENTIALS_FILE": credentialsPath,
        "AWS_EC2_METADATA_DISABLED": "true",
    ]

    @Test("--endpoint-url and --region win; the backend names the endpoint; nothing is sent while building")
    func commandLineWins() throws {
        let factory = TransportFactory()
        let backend = try AWSBackend.standard(
            options: AWSCommandLineOptions(endpointURL: "http://127.0.0.1:5000", region: "eu-west-3"),
            environment: Self.baseEnvironment.merging(["AWS_REGION": "us-west-2"]) { $1 },
            readFile: Self.files([:]), makeTransport: factory.make, random: SeededRandomSource(seed: 1))
        #expect(backend.endpoint.absoluteString == "http://127.0.0.1:5000")
        #expect(backend.region == "eu-west-3")
        #expect(backend.displayName == "http://127.0.0.1:5000")
        #expect(factory.transport.requests.isEmpty)
        let options = try #require(factory.made.withLock { $0.first })
        #expect(options.connectTimeout == 60 && options.readTimeout == 60 && options.verifyTLS)
    }

    @Test("the selected profile gives region, CA bundle and credentials; --ca-bundle, timeouts and --no-verify-ssl win")
    func profileSettings() async throws {
        let config = """
            [default]
            region = us-east-1
            [profile ops]
            region = ap-southeast-2
            ca_bundle = ~/certs/profile.pem
            """
        let credentials = """
            [ops]
            aws_access_key_id = AKIDOPS
            aws_secret_access_key = opssecret
            """
        let factory = TransportFactory([ScriptedTransport.json(200, #"{"SecretList":[]}"#)])
        let backend = try AWSBackend.standard(
            options: AWSCommandLineOptions(profile: "ops"), environment: Self.baseEnvironment,
            readFile: Self.files([Self.configPath: config, Self.credentialsPath: credentials]),
            makeTransport: factory.make, random: SeededRandomSource(seed: 1))
        #expect(backend.region == "ap-southeast-2")
        #expect(backend.endpoint.absoluteString == "https://secretsmanager.ap-southeast-2.amazonaws.com")
        #expect(factory.made.withLock { $0.first?.caBundlePath } == "/home/op/certs/profile.pem")

        _ = try await backend.listSecrets(ListSecretsRequest())
        let authorization = try #require(factory.transport.requests.first?.header("Authorization"))
        #expect(authorization.contains("Credential=AKIDOPS/"))
        #expect(authorization.contains("/ap-southeast-2/secretsmanager/aws4_request"))

        let overridden = TransportFactory()
        _ = try AWSBackend.standard(
            options: AWSCommandLineOptions(
                profile: "ops", caBundle: "/etc/ssl/mine.pem", verifyTLS: false, connectTimeout: 5, readTimeout: 0),
            environment: Self.baseEnvironment.merging(["AWS_CA_BUNDLE": "/etc/ssl/env.pem"]) { $1 },
            readFile: Self.files([Self.configPath: config]), makeTransport: overridden.make,
            random: SeededRandomSource(seed: 1))
        let options = try #require(overridden.made.withLock { $0.first })
        #expect(options.caBundlePath == "/etc/ssl/mine.pem")
        #expect(options.verifyTLS == false)
        #expect(options.connectTimeout == 5 && options.readTimeout == 0)
    }

    @Test("the metadata endpoints' transport comes from makeMetadataTransport when given, else from makeTransport")
    func metadataTransport() throws {
        let options = AWSCommandLineOptions(endpointURL: "http://127.0.0.1:5000", region: "us-east-1")
        let environment = Self.baseEnvironment.merging(["AWS_METADATA_SERVICE_TIMEOUT": "3"]) { $1 }
        let service = TransportFactory()
        let metadata = TransportFactory()
        _ = try AWSBackend.standard(
            options: options, environment: environment, readFile: Self.files([:]), makeTransport: service.make,
            makeMetadataTransport: metadata.make, random: SeededRandomSource(seed: 1))
        #expect(service.made.withLock { $0.map(\.connectTimeout) } == [60])
        #expect(metadata.made.withLock { $0.map(\.connectTimeout) } == [3])

        let shared = TransportFactory()
        _ = try AWSBackend.standard(
            options: options, environment: environment, readFile: Self.files([:]), makeTransport: shared.make,
            random: SeededRandomSource(seed: 1))
        #expect(shared.made.withLock { $0.map(\.connectTimeout) } == [60, 3])
    }

    @Test("an unknown profile and a missing region are configuration errors (exit 253)")
    func configurationErrors() throws {
        let unknown = #expect(throws: LocalError.self) {
            try AWSBackend.standard(
                options: AWSCommandLineOptions(profile: "nope"), environment: Self.baseEnvironment,
                readFile: Self.files([:]), makeTransport: TransportFactory().make, random: SeededRandomSource(seed: 1))
        }
        #expect(unknown?.category == .configuration)
        #expect(unknown?.summary.contains("(nope)") == true)

        let noRegion = #expect(throws: LocalError.self) {
            try AWSBackend.standard(
                options: AWSCommandLineOptions(endpointURL: "http://127.0.0.1:5000"), environment: Self.baseEnvironment,
                readFile: Self.files([:]), makeTransport: TransportFactory().make, random: SeededRandomSource(seed: 1))
        }
        #expect(noRegion?.category == .configuration)
        #expect(noRegion?.summary == EndpointResolver.noRegionMessage)
    }

    @Test("AWS_MAX_ATTEMPTS sets the attempts a throttled call makes")
    func retriesFromEnvironment() async throws {
        let throttled = ScriptedTransport.json(400, #"{"__type":"ThrottlingException","message":"Rate exceeded"}"#)
        let factory = TransportFactory(Array(repeating: throttled, count: 5))
        let sleeper = RecordingSleeper()
        let backend = try AWSBackend.standard(
            options: AWSCommandLineOptions(endpointURL: "http://127.0.0.1:5000", region: "us-east-1"),
            environment: Self.baseEnvironment.merging([
                "AWS_MAX_ATTEMPTS": "2", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret",
            ]) { $1 },
            readFile: Self.files([:]), makeTransport: factory.make, random: SeededRandomSource(seed: 1),
            sleeper: sleeper)
        let error = await #expect(throws: ServiceError.self) {
            _ = try await backend.getSecretValue(GetSecretValueRequest(secretId: "x"))
        }
        #expect(error?.code == "ThrottlingException")
        #expect(factory.transport.requests.count == 2)
        #expect(sleeper.delays.count == 1)
    }
}
