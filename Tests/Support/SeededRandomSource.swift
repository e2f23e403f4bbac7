import Foundation
import SecretsCore

/// A deterministic `RandomSource` (SplitMix64) for tests: the same seed gives the same bytes.
public final class SeededRandomSource: RandomSource, @unchecked Sendable {
    private let lock = NSLock()
    private var state: UInt64

    /// Creates a source from a seed.
    public init(seed: UInt64 = 0x5EC2_E77) {
        state = seed
    }

    /// Returns the next `count` bytes of the sequence.
    public func bytes(_ count: Int) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        var result: [UInt8] = []
        result.reserveCapacity(count)
        while result.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            for shift in stride(from: 0, to: 64, by: 8) where result.count < count {
                result.append(UInt8(truncatingIfNeeded: z >> UInt64(shift)))
            }
        }
        return result
    }
}

/// A clock for tests that moves only when told to.
public final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// Creates a clock at a fixed instant (2026-01-15T10:30:00Z by default).
    public init(_ start: Date = Date(timeIntervalSince1970: 1_768_473_000)) {
        current = start
    }

    /// The current instant.
    public var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves the clock forward.
    public func advance(by interval: TimeInterval) {
        lock.lock()
        current = current.addingTimeInterval(interval)
        lock.unlock()
    }

    /// The clock as the closure engines and backends take.
    public var closure: @Sendable () -> Date {
        { [self] in self.now }
    }
}
