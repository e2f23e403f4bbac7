import AWSClient
import CurlTransport
import Foundation
import SecretsCore
import TestSupport
import Testing

/// `AWSBackend` over libcurl through faults: a proxy in front of a real moto_server that loses responses, resets
/// connections and throttles; and a server that breaks every response.
@Suite(
    "AWSBackend through injected network faults", .serialized,
    .enabled(if: MotoServer.isAvailable, "moto_server is not on PATH (make test-deps)"))
struct AWSBackendFaultTests {
    static let credentials = FixedCredentialsProvider(
        value: Credentials(accessKeyId: "AKIDFAULTS", secretAccessKey: "faults", source: "test"))

    /// A backend on `url` with the retry policy `AWS_MAX_ATTEMPTS` gives, backing off in milliseconds.
    static func backend(
        _ url: String, environment: [String: String], seed: UInt64, sleeper: any Sleeper = TaskSleeper()
    ) throws -> AWSBackend {
        let policy = try RetryPolicy.resolve(environment: environment, profile: [:])
        return AWSBackend(
            endpoint: URL(string: url)!, region: "us-east-1", credentials: credentials,
            transport: CurlTransport(environment: [:]),
            retry: RetryPolicy(maxAttempts: policy.maxAttempts, baseDelay: 0.004, maxBackoff: 0.02),
            random: SeededRandomSource(seed: seed), sleeper: sleeper)
    }

    @Test(
        "300 PutSecretValue calls through lost responses, resets and throttling all succeed; moto holds each value once",
        .timeLimit(.minutes(4)))
    func putsSurviveFaults() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let environment = ["AWS_MAX_ATTEMPTS": "3"]
        let attempts = try RetryPolicy.resolve(environment: environment, profile: [:]).maxAttempts
        let proxy = try FaultProxy(upstreamPort: moto.port, maxConsecutiveFaults: attempts - 1)
        defer { proxy.stop() }
        let direct = try Self.backend("http://127.0.0.1:\(moto.port)", environment: [:], seed: 1)
        let faulty = try Self.backend(proxy.endpoint, environment: environment, seed: 2)

        let created = try await direct.createSecret(CreateSecretRequest(name: "fault/target", secretString: "initial"))
        let calls = 300
        var versionIds: [String] = []
        for index in 0..<calls {
            let put = try await faulty.putSecretValue(
                PutSecretValueRequest(secretId: "fault/target", secretString: "value-\(index)"))
            #expect(put.versionStages == ["AWSCURRENT"])
            versionIds.append(put.versionId)
        }
        #expect(Set(versionIds).count == calls)

        let counts = proxy.counts
        #expect(counts[.dropResponse, default: 0] >= 60, "responses lost after moto handled the request: \(counts)")
        #expect(counts[.reset, default: 0] >= 60, "connections reset before forwarding: \(counts)")
        #expect(counts[.throttle, default: 0] >= 60, "throttled attempts: \(counts)")
        #expect(proxy.longestFaultRun == attempts - 1)

        var listed: [String] = []
        var nextToken: String?
        repeat {
            let page = try await direct.listSecretVersionIds(
                ListSecretVersionIdsRequest(secretId: "fault/target", nextToken: nextToken, includeDeprecated: true))
            listed += page.versions.map(\.versionId)
            nextToken = page.nextToken.flatMap { $0.isEmpty ? nil : $0 }
        } while nextToken != nil
        #expect(listed.count == calls + 1, "versions held by moto")
        #expect(Set(listed) == Set(versionIds + [try #require(created.versionId)]))

        var holders: [String: Int] = [:]
        for versionId in listed {
            let value = try await direct.getSecretValue(
                GetSecretValueRequest(secretId: "fault/target", versionId: versionId))
            holders[value.secretString ?? "<binary>", default: 0] += 1
        }
        let expected = Dictionary(uniqueKeysWithValues: (0..<calls).map { ("value-\($0)", 1) } + [("initial", 1)])
        #expect(holders == expected)
        let current = try await direct.getSecretValue(GetSecretValueRequest(secretId: "fault/target"))
        #expect(current.secretString == "value-\(calls - 1)")
    }

    @Test("a server that breaks every response off: one-line TransportError naming the cause after the last attempt")
    func brokenResponsesExhaustAttempts() async throws {
        let partial =
            "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 400\r\n\r\n{\"ARN\":\"arn:aws"
        let server = try LoopbackHTTPServer { _ in .raw(Data(partial.utf8)) }
        defer { server.stop() }
        let sleeper = RecordingSleeper()
        let backend = try Self.backend(
            server.baseURL, environment: ["AWS_MAX_ATTEMPTS": "4"], seed: 3, sleeper: sleeper)

        let error = await #expect(throws: TransportError.self) {
            _ = try await backend.getSecretValue(GetSecretValueRequest(secretId: "app/db"))
        }
        #expect(error?.kind == .connectionLost)
        let message = try #require(error?.summary)
        #expect(message.contains("closed the connection before the response was complete"), "\(message)")
        #expect(message.contains("127.0.0.1:\(server.port)"), "\(message)")
        #expect(!message.contains("\n"))
        #expect(error?.category == .failure)
        #expect(server.requests.count == 4)
        #expect(sleeper.delays.count == 3)
    }
}
