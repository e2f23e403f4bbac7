import SecretsCore

/// A source of jitter values in `[0, 1)` for retry backoff; tests inject fixed values.
public protocol JitterSource: Sendable {
    /// The next jitter value, in `[0, 1)`.
    func next() -> Double
}

/// Jitter from a `RandomSource`: 53 random bits scaled into `[0, 1)`.
public struct RandomJitter: JitterSource {
    private let random: any RandomSource

    /// Creates a jitter source over a random source.
    public init(random: any RandomSource) {
        self.random = random
    }

    /// A value in `[0, 1)` from the top 53 bits of eight random bytes.
    public func next() -> Double {
        let raw = random.bytes(8).reduce(UInt64(0)) { ($0 << 8) | UInt64($1) }
        return Double(raw >> 11) / Double(UInt64(1) << 53)
    }
}
