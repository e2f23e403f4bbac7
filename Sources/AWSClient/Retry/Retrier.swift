/// Runs one call's attempts in the SDKs' standard mode: up to `policy.maxAttempts`, retrying only what
/// `RetryClassifier` allows, waiting a jittered backoff between attempts, and giving up early when the shared
/// `RetryQuota` is empty. The last failure is thrown as it is, so the service's code surfaces.
public struct Retrier: Sendable {
    /// Attempts and backoff.
    public var policy: RetryPolicy
    /// Jitter for the backoff.
    public var jitter: any JitterSource
    /// How to wait.
    public var sleeper: any Sleeper
    /// The shared quota, or `nil` for none.
    public var quota: RetryQuota?

    /// Creates a retrier.
    public init(policy: RetryPolicy, jitter: any JitterSource, sleeper: any Sleeper = TaskSleeper(), quota: RetryQuota? = nil) {
        self.policy = policy
        self.jitter = jitter
        self.sleeper = sleeper
        self.quota = quota
    }

    /// Runs `attempt` (given the 1-based attempt number) until it succeeds, fails for good or runs out of attempts.
    public func run<Output: Sendable>(_ attempt: @Sendable (Int) async throws -> Output) async throws -> Output {
        var number = 1
        var lastAcquired: Int?
        while true {
            do {
                let output = try await attempt(number)
                await quota?.release(lastAcquired: lastAcquired)
                return output
            } catch {
                guard number < policy.maxAttempts, let reason = RetryClassifier.reason(for: error) else { throw error }
                if let quota {
                    guard let cost = await quota.acquire(for: reason) else { throw error }
                    lastAcquired = cost
                }
                do {
                    try await sleeper.sleep(seconds: policy.delay(beforeRetry: number, jitter: jitter.next()))
                } catch is CancellationError {
                    throw TransportError(.cancelled, "request cancelled while waiting to retry")
                }
                number += 1
            }
        }
    }
}
