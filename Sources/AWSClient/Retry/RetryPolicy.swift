import Foundation
import SecretsCore

/// The SDKs' standard retry mode: how many attempts in all, and the capped exponential backoff with full jitter.
///
/// The delay before retry `n` (1 for the first retry) is `jitter × min(baseDelay × 2^(n-1), maxBackoff)` with
/// `jitter` uniform in `[0, 1)`: botocore's standard mode with a base of 1 s and a cap of 20 s.
public struct RetryPolicy: Sendable, Hashable {
    /// The SDKs' default number of attempts in standard mode.
    public static let defaultMaxAttempts = 3

    /// Attempts in all, the first included (at least 1).
    public var maxAttempts: Int
    /// The backoff scale in seconds.
    public var baseDelay: Double
    /// The cap on one delay, in seconds.
    public var maxBackoff: Double

    /// Creates a policy; the defaults are standard mode's.
    public init(maxAttempts: Int = RetryPolicy.defaultMaxAttempts, baseDelay: Double = 1, maxBackoff: Double = 20) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxBackoff = maxBackoff
    }

    /// No retries: one attempt.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The delay before retry number `retry` (1-based) for a jitter value in `[0, 1)`.
    public func delay(beforeRetry retry: Int, jitter: Double) -> Double {
        let exponent = min(max(retry - 1, 0), 62)
        let ceiling = min(baseDelay * pow(2, Double(exponent)), maxBackoff)
        return jitter * ceiling
    }

    // MARK: - Configuration

    /// The policy the configuration asks for: `AWS_MAX_ATTEMPTS` before the profile's `max_attempts` (attempts in
    /// all), `AWS_RETRY_MODE` before `retry_mode` (`standard`, or `legacy`/`adaptive`, which run standard mode
    /// here). A value that is not a positive integer, or an unknown mode, is a configuration error.
    public static func resolve(environment: [String: String], profile: [String: String]) throws -> RetryPolicy {
        let modeSetting = nonEmpty(environment["AWS_RETRY_MODE"]).map { ("AWS_RETRY_MODE", $0) }
            ?? nonEmpty(profile["retry_mode"]).map { ("retry_mode", $0) }
        if let (name, mode) = modeSetting, !["standard", "legacy", "adaptive"].contains(mode) {
            throw LocalError.configuration(
                "Invalid value for \(name): '\(mode)'. Valid values are: standard, legacy, adaptive.")
        }
        let attemptsSetting = nonEmpty(environment["AWS_MAX_ATTEMPTS"]).map { ("AWS_MAX_ATTEMPTS", $0) }
            ?? nonEmpty(profile["max_attempts"]).map { ("max_attempts", $0) }
        guard let (name, raw) = attemptsSetting else { return RetryPolicy() }
        guard let attempts = Int(raw), attempts >= 1 else {
            throw LocalError.configuration(
                "Invalid value for \(name): '\(raw)'. It must be a whole number of attempts, 1 or more.")
        }
        return RetryPolicy(maxAttempts: attempts)
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingWhitespace, !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
