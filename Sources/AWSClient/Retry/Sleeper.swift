/// Waits between retry attempts; tests inject one that records the delays instead of sleeping.
public protocol Sleeper: Sendable {
    /// Waits `seconds` (throws `CancellationError` when the task is cancelled).
    func sleep(seconds: Double) async throws
}

/// Sleeps with `Task.sleep`.
public struct TaskSleeper: Sleeper {
    /// Creates the real sleeper.
    public init() {}

    /// Sleeps for `seconds`; zero or less returns at once.
    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}
