import Foundation
import SecretsCore

/// The `SecretsBackend` that talks to AWS Secrets Manager (or anything that speaks its JSON 1.1 protocol, such as
/// moto): every operation fills its idempotency token, then signs, sends, decodes and retries in standard mode.
///
/// The token of CreateSecret, PutSecretValue and UpdateSecret is filled once, before the first attempt, so every
/// attempt carries the same one and a retried write cannot make a second version. Each attempt fetches credentials
/// (the provider caches and refreshes them) and is signed afresh with the clock's current time.
public struct AWSBackend: SecretsBackend {
    /// Where requests go.
    public let endpoint: URL
    /// The signing region.
    public let region: String
    /// A short description of where requests go: `aws us-east-1`, or the endpoint URL.
    public let displayName: String

    private let credentialsProvider: any CredentialsProvider
    private let transport: any HTTPTransport
    let random: any RandomSource
    private let clock: @Sendable () -> Date
    private let retrier: Retrier

    /// Creates a backend.
    ///
    /// - Parameters:
    ///   - jitter: backoff jitter; `nil` draws it from `random`.
    ///   - displayName: how to name the backend; `nil` gives `aws <region>`.
    public init(
        endpoint: URL, region: String, credentials: any CredentialsProvider, transport: any HTTPTransport,
        retry: RetryPolicy = RetryPolicy(), random: any RandomSource, clock: @escaping @Sendable () -> Date = { Date() },
        jitter: (any JitterSource)? = nil, sleeper: any Sleeper = TaskSleeper(), displayName: String? = nil
    ) {
        self.endpoint = endpoint
        self.region = region
        self.displayName = displayName ?? "aws \(region)"
        self.credentialsProvider = credentials
        self.transport = transport
        self.random = random
        self.clock = clock
        self.retrier = Retrier(
            policy: retry, jitter: jitter ?? RandomJitter(random: random), sleeper: sleeper, quota: RetryQuota())
    }

    /// Creates a backend for a resolved endpoint, named as the endpoint names itself.
    public init(
        endpoint: ResolvedEndpoint, credentials: any CredentialsProvider, transport: any HTTPTransport,
        retry: RetryPolicy = RetryPolicy(), random: any RandomSource, clock: @escaping @Sendable () -> Date = { Date() },
        jitter: (any JitterSource)? = nil, sleeper: any Sleeper = TaskSleeper()
    ) {
        self.init(
            endpoint: endpoint.url, region: endpoint.region, credentials: credentials, transport: transport,
            retry: retry, random: random, clock: clock, jitter: jitter, sleeper: sleeper,
            displayName: endpoint.displayName)
    }

    // MARK: - Calling

    /// Runs one operation: builds the request once, then signs, sends and decodes it on every attempt.
    func perform<Input: Encodable & Sendable, Output: Decodable & Sendable>(
        _ operation: SecretsOperation, _ input: Input, as output: Output.Type
    ) async throws -> Output {
        let request = try JSONProtocol.request(operation, input: input, endpoint: endpoint)
        let signer = SigV4Signer(service: AWSService.secretsManager.signingName, region: region)
        let transport = self.transport
        let clock = self.clock
        let provider = credentialsProvider
        return try await retrier.run { _ in
            let credentials = try await Self.credentials(from: provider)
            let response = try await transport.send(signer.sign(request, credentials: credentials, date: clock()))
            return try JSONProtocol.response(operation, response, as: Output.self)
        }
    }

    /// Credentials from the provider; none at all is a configuration error that names where the provider looked.
    static func credentials(from provider: any CredentialsProvider) async throws -> Credentials {
        let found: Credentials?
        do {
            found = try await provider.credentials()
        } catch let error as any CategorizedError {
            throw error
        } catch {
            throw LocalError.configuration("Unable to load credentials from \(provider.name): \(error)")
        }
        guard let found else {
            throw LocalError.configuration("Unable to locate credentials (looked in: \(provider.name)).")
        }
        return found
    }
}
