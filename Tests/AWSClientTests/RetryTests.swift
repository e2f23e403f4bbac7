import AWSClient
import Foundation
import SecretsCore
import Testing

/// Standard-mode retries through AWSBackend with a scripted transport: what is retried, how often, with which
/// backoff, and that a retried write always carries the same ClientRequestToken.
@Suite("Retries")
struct RetryTests {
    typealias Outcome = ScriptedTransport.Outcome

    static let ok = ScriptedTransport.json(
        200, #"{"ARN":"arn","Name":"n","VersionId":"v","VersionStages":["AWSCURRENT"],"CreatedDate":1772323262}"#)
    static let throttled = ScriptedTransport.json(400, #"{"__type":"ThrottlingException","message":"Rate exceeded"}"#)
    static let unavailable = ScriptedTransport.raw(503, "")
    static let internalError = ScriptedTransport.json(500, #"{"__type":"InternalServiceError","Message":"oops"}"#)

    // MARK: - Writes keep their token

    @Test("a write retried after 503s carries one token on every attempt, each attempt re-signed")
    func sameTokenEveryAttempt() async throws {
        let transport = ScriptedTransport([Self.unavailable, Self.internalError, Self.ok])
        let sleeper = RecordingSleeper()
        let backend = AWSBackendTests.backend(transport, jitter: [0.25, 0.75], sleeper: sleeper)
        _ = try await backend.putSecretValue(PutSecretValueRequest(secretId: "n", secretString: "v2"))

        #expect(transport.requests.count == 3)
        let tokens = try transport.requests.map { try AWSBackendTests.body($0)["ClientRequestToken"] }
        #expect(tokens[0] != nil)
        #expect(Set(tokens.map { "\(String(describing: $0))" }).count == 1)
        let dates = transport.requests.map { $0.header("X-Amz-Date") }
        #expect(dates == ["20260301T000102Z", "20260301T000103Z", "20260301T000104Z"])
        #expect(Set(transport.requests.map { $0.header("Authorization") }).count == 3)
        #expect(sleeper.delays == [0.25 * 1, 0.75 * 2])
    }

    @Test(
        "every token-carrying write keeps its token across retries",
        arguments: [SecretsOperation.createSecret, .putSecretValue, .updateSecret])
    func writesKeepTokens(_ operation: SecretsOperation) async throws {
        let transport = ScriptedTransport([Self.throttled, Self.throttled, Self.ok])
        let backend = AWSBackendTests.backend(transport)
        switch operation {
        case .createSecret: _ = try await backend.createSecret(CreateSecretRequest(name: "n", secretString: "v"))
        case .putSecretValue: _ = try await backend.putSecretValue(PutSecretValueRequest(secretId: "n", secretString: "v"))
        default: _ = try await backend.updateSecret(UpdateSecretRequest(secretId: "n", secretString: "v"))
        }
        let bodies = try transport.requests.map { try AWSBackendTests.body($0) }
        #expect(bodies.count == 3)
        #expect(bodies[0]["ClientRequestToken"] != nil)
        #expect(bodies.allSatisfy { $0 == bodies[0] })
    }

    // MARK: - What is retried

    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var outcomes: [Outcome]
        var attempts: Int
        var succeeds: Bool
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "503 then success", outcomes: [unavailable, ok], attempts: 2, succeeds: true),
        Case(label: "500 InternalServiceError then success", outcomes: [internalError, ok], attempts: 2, succeeds: true),
        Case(label: "502 and 504 then success", outcomes: [ScriptedTransport.raw(502, "bad gateway", contentType: "text/plain"), ScriptedTransport.raw(504, ""), ok], attempts: 3, succeeds: true),
        Case(label: "ThrottlingException then success", outcomes: [throttled, ok], attempts: 2, succeeds: true),
        Case(label: "connection refused then success", outcomes: [.failure(TransportError(.connect, "refused")), ok], attempts: 2, succeeds: true),
        Case(label: "timeout then success", outcomes: [.failure(TransportError(.timeout, "read timeout")), ok], attempts: 2, succeeds: true),
        Case(label: "connection lost then success", outcomes: [.failure(TransportError(.connectionLost, "reset")), ok], attempts: 2, succeeds: true),
        Case(label: "RequestTimeoutException (400) then success", outcomes: [ScriptedTransport.json(400, #"{"__type":"RequestTimeoutException"}"#), ok], attempts: 2, succeeds: true),
        Case(label: "TLS failure is not retried", outcomes: [.failure(TransportError(.tls, "certificate")), ok], attempts: 1, succeeds: false),
        Case(label: "cancellation is not retried", outcomes: [.failure(TransportError(.cancelled, "cancelled")), ok], attempts: 1, succeeds: false),
        Case(label: "ResourceNotFoundException is not retried", outcomes: [ScriptedTransport.json(400, #"{"__type":"ResourceNotFoundException"}"#), ok], attempts: 1, succeeds: false),
        Case(label: "moto's 404 is not retried", outcomes: [ScriptedTransport.json(404, #"{"__type":"ResourceNotFoundException"}"#), ok], attempts: 1, succeeds: false),
        Case(label: "AccessDeniedException is not retried", outcomes: [ScriptedTransport.json(400, #"{"__type":"AccessDeniedException"}"#), ok], attempts: 1, succeeds: false),
        Case(label: "moto's XML 403 is not retried", outcomes: [ScriptedTransport.raw(403, "<ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>m</Message></Error></Errors></ErrorResponse>"), ok], attempts: 1, succeeds: false),
        Case(label: "an empty 400 is not retried", outcomes: [ScriptedTransport.raw(400, ""), ok], attempts: 1, succeeds: false),
        Case(label: "501 is not retried", outcomes: [ScriptedTransport.raw(501, ""), ok], attempts: 1, succeeds: false),
        Case(label: "three 503s: gives up after the third", outcomes: [unavailable, unavailable, unavailable, ok], attempts: 3, succeeds: false),
    ]

    @Test("retry table (3 attempts)", arguments: cases)
    func table(_ testCase: Case) async throws {
        let transport = ScriptedTransport(testCase.outcomes)
        let backend = AWSBackendTests.backend(transport)
        do {
            _ = try await backend.getSecretValue(GetSecretValueRequest(secretId: "n"))
            #expect(testCase.succeeds)
        } catch {
            #expect(!testCase.succeeds, "unexpected failure: \(error)")
        }
        #expect(transport.requests.count == testCase.attempts)
    }

    // MARK: - What surfaces

    @Test("throttling that outlasts the last attempt surfaces the service's code (exit 254)")
    func throttlingSurfaces() async throws {
        let transport = ScriptedTransport([Self.throttled, Self.throttled, Self.throttled, Self.ok])
        let sleeper = RecordingSleeper()
        let error = await #expect(throws: ServiceError.self) {
            try await AWSBackendTests.backend(transport, sleeper: sleeper).listSecrets(ListSecretsRequest())
        }
        #expect(error?.code == "ThrottlingException")
        #expect(error?.message == "Rate exceeded")
        #expect(error?.category.rawValue == 254)
        #expect(transport.requests.count == 3)
        #expect(sleeper.delays == [0.5, 1.0])
    }

    @Test("a 5xx that outlasts the last attempt surfaces as a service error with the status as code")
    func unavailableSurfaces() async throws {
        let transport = ScriptedTransport([Self.unavailable, Self.unavailable])
        let error = await #expect(throws: ServiceError.self) {
            try await AWSBackendTests.backend(transport, retry: RetryPolicy(maxAttempts: 2)).listSecrets(ListSecretsRequest())
        }
        #expect(error?.code == "503")
        #expect(error?.httpStatus == 503)
    }

    @Test("a transport failure that outlasts the last attempt surfaces as it is (exit 255)")
    func transportSurfaces() async throws {
        let refused = Outcome.failure(TransportError(.connect, "Failed to connect to 127.0.0.1 port 1"))
        let transport = ScriptedTransport([refused, refused, refused])
        let error = await #expect(throws: TransportError.self) {
            try await AWSBackendTests.backend(transport).listSecrets(ListSecretsRequest())
        }
        #expect(error?.kind == .connect)
        #expect(error?.category.rawValue == 255)
        #expect(transport.requests.count == 3)
    }

    // MARK: - Attempts and backoff

    @Test("max attempts counts attempts in all; backoff doubles from 1 s and caps at 20 s")
    func attemptsAndBackoff() async throws {
        let transport = ScriptedTransport(Array(repeating: Self.unavailable, count: 8))
        let sleeper = RecordingSleeper()
        _ = try? await AWSBackendTests.backend(
            transport, retry: RetryPolicy(maxAttempts: 8), jitter: [0.5], sleeper: sleeper
        ).listSecrets(ListSecretsRequest())
        #expect(transport.requests.count == 8)
        #expect(sleeper.delays == [0.5, 1, 2, 4, 8, 10, 10])
    }

    @Test("one attempt means no retry")
    func singleAttempt() async throws {
        let transport = ScriptedTransport([Self.unavailable, Self.ok])
        _ = try? await AWSBackendTests.backend(transport, retry: .none).listSecrets(ListSecretsRequest())
        #expect(transport.requests.count == 1)
    }

    @Test(
        "backoff formula",
        arguments: [
            (1, 1.0, 1.0), (2, 1.0, 2.0), (3, 0.5, 2.0), (5, 1.0, 16.0), (6, 1.0, 20.0), (30, 0.99, 19.8), (1, 0.0, 0.0),
        ])
    func backoff(_ retry: Int, _ jitter: Double, _ expected: Double) {
        #expect(abs(RetryPolicy().delay(beforeRetry: retry, jitter: jitter) - expected) < 1e-9)
    }

    @Test("random jitter stays in [0, 1)")
    func randomJitter() {
        let jitter = RandomJitter(random: CountingRandom())
        for _ in 0..<100 {
            let value = jitter.next()
            #expect(value >= 0 && value < 1)
        }
    }

    @Test("cancellation while waiting to retry ends the call as a cancelled request")
    func cancelledWhileWaiting() async throws {
        struct CancelledSleeper: Sleeper {
            func sleep(seconds: Double) async throws { throw CancellationError() }
        }
        let transport = ScriptedTransport([Self.unavailable, Self.ok])
        let retrier = Retrier(policy: RetryPolicy(), jitter: FixedJitter([0.5]), sleeper: CancelledSleeper())
        let error = await #expect(throws: TransportError.self) {
            try await retrier.run { _ in
                let response = try await transport.send(HTTPRequest(method: "POST", url: URL(string: "http://x")!))
                if response.status != 200 { throw ServiceErrorDecoder.decode(response) }
                return response.status
            }
        }
        #expect(error?.kind == .cancelled)
        #expect(transport.requests.count == 1)
    }

    // MARK: - Retry quota

    @Test("an empty retry quota stops retries; success refills it")
    func quota() async throws {
        let quota = RetryQuota(available: 7)
        let transport = ScriptedTransport([Self.unavailable, Self.unavailable, Self.unavailable])
        let retrier = Retrier(policy: RetryPolicy(), jitter: FixedJitter([0]), sleeper: RecordingSleeper(), quota: quota)
        await #expect(throws: ServiceError.self) {
            try await retrier.run { _ in
                let response = try await transport.send(HTTPRequest(method: "POST", url: URL(string: "http://x")!))
                throw ServiceErrorDecoder.decode(response)
            }
        }
        #expect(transport.requests.count == 2)
        #expect(await quota.available == 2)

        _ = try await retrier.run { _ in 1 }
        #expect(await quota.available == 3)
        let cost = await quota.acquire(for: .timeout)
        #expect(cost == nil)
    }

    // MARK: - Classification

    @Test("throttling codes are the SDKs' list")
    func throttlingCodes() {
        for code in [
            "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
            "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
            "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
            "EC2ThrottledException",
        ] {
            #expect(RetryClassifier.reason(for: ServiceError(code: code, message: "", httpStatus: 400)) == .throttling)
        }
        for code in ["ValidationException", "InvalidRequestException", "ResourceExistsException", "AccessDenied"] {
            #expect(RetryClassifier.reason(for: ServiceError(code: code, message: "", httpStatus: 400)) == nil)
        }
        #expect(RetryClassifier.reason(for: LocalError.configuration("x")) == nil)
    }

    // MARK: - Configuration

    struct ConfigCase: Sendable, CustomTestStringConvertible {
        var environment: [String: String]
        var profile: [String: String]
        var attempts: Int?
        var testDescription: String { "env \(environment) profile \(profile)" }
    }

    @Test(
        "max attempts from AWS_MAX_ATTEMPTS, then max_attempts",
        arguments: [
            ConfigCase(environment: [:], profile: [:], attempts: 3),
            ConfigCase(environment: ["AWS_MAX_ATTEMPTS": "5"], profile: ["max_attempts": "2"], attempts: 5),
            ConfigCase(environment: [:], profile: ["max_attempts": "2"], attempts: 2),
            ConfigCase(environment: ["AWS_MAX_ATTEMPTS": ""], profile: ["max_attempts": "1"], attempts: 1),
            ConfigCase(environment: ["AWS_RETRY_MODE": "standard"], profile: [:], attempts: 3),
            ConfigCase(environment: [:], profile: ["retry_mode": "adaptive", "max_attempts": "4"], attempts: 4),
            ConfigCase(environment: ["AWS_MAX_ATTEMPTS": "0"], profile: [:], attempts: nil),
            ConfigCase(environment: ["AWS_MAX_ATTEMPTS": "three"], profile: [:], attempts: nil),
            ConfigCase(environment: [:], profile: ["max_attempts": "-1"], attempts: nil),
            ConfigCase(environment: ["AWS_RETRY_MODE": "turbo"], profile: [:], attempts: nil),
        ])
    func configuration(_ testCase: ConfigCase) {
        do {
            let policy = try RetryPolicy.resolve(environment: testCase.environment, profile: testCase.profile)
            #expect(policy.maxAttempts == testCase.attempts)
        } catch let error as LocalError {
            #expect(testCase.attempts == nil)
            #expect(error.category == .configuration)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
