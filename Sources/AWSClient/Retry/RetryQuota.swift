/// The standard mode's retry quota: a token bucket shared by one client's calls, so a failing service is not
/// hammered with retries. A retry costs 5 tokens (10 after a timeout); a call that succeeds gives back what its
/// last retry took, or 1 token when it needed none; the bucket holds 500.
public actor RetryQuota {
    /// The initial and maximum capacity.
    public static let capacity = 500
    /// The cost of a retry.
    public static let retryCost = 5
    /// The cost of a retry after a timeout.
    public static let timeoutRetryCost = 10
    /// What a call that succeeded without retries gives back.
    public static let noRetryIncrement = 1

    /// The tokens left.
    public private(set) var available: Int

    /// Creates a full bucket.
    public init(available: Int = RetryQuota.capacity) {
        self.available = min(available, Self.capacity)
    }

    /// Takes the cost of a retry for this reason; `nil` when the bucket cannot pay it (do not retry).
    public func acquire(for reason: RetryReason) -> Int? {
        let cost = reason == .timeout ? Self.timeoutRetryCost : Self.retryCost
        guard available >= cost else { return nil }
        available -= cost
        return cost
    }

    /// Gives tokens back after a successful call: `lastAcquired` when it retried, else the no-retry increment.
    public func release(lastAcquired: Int?) {
        available = min(Self.capacity, available + (lastAcquired ?? Self.noRetryIncrement))
    }
}
