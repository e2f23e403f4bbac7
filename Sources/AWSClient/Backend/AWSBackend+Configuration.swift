import Foundation
import SecretsCore

// MARK: - Building from configuration

extension AWSBackend {
    /// A backend for the configured region and endpoint, with the configured retry policy (`AWS_MAX_ATTEMPTS`,
    /// `max_attempts`, `AWS_RETRY_MODE`, `retry_mode`).
    ///
    /// Throws a configuration error (exit 253) for a missing or malformed region, an unknown region without a
    /// custom endpoint, an invalid endpoint URL or an invalid retry setting.
    public static func configured(
        _ configuration: EndpointConfiguration, credentials: any CredentialsProvider, transport: any HTTPTransport,
        random: any RandomSource, clock: @escaping @Sendable () -> Date = { Date() },
        jitter: (any JitterSource)? = nil, sleeper: any Sleeper = TaskSleeper()
    ) throws -> AWSBackend {
        let endpoint = try EndpointResolver.resolve(.secretsManager, configuration)
        let retry = try RetryPolicy.resolve(environment: configuration.environment, profile: configuration.profile)
        return AWSBackend(
            endpoint: endpoint, credentials: credentials, transport: transport, retry: retry, random: random,
            clock: clock, jitter: jitter, sleeper: sleeper)
    }
}
