/// A source of random bytes. The vault and the engine take one, so tests can make them deterministic;
/// production code passes the CSPRNG from `SecrettyCrypto`.
public protocol RandomSource: Sendable {
    /// Returns `count` random bytes.
    func bytes(_ count: Int) -> [UInt8]
}

extension RandomSource {
    /// A uniformly distributed integer in `0..<upperBound`, by rejection sampling (no modulo bias).
    public func uniform(_ upperBound: Int) -> Int {
        precondition(upperBound > 0)
        if upperBound == 1 { return 0 }
        let limit = UInt64.max - (UInt64.max % UInt64(upperBound))
        while true {
            let raw = bytes(8).reduce(UInt64(0)) { ($0 << 8) | UInt64($1) }
            if raw < limit { return Int(raw % UInt64(upperBound)) }
        }
    }

    /// A random UUID version 4 in its lower-case text form, as the SDKs make ClientRequestTokens.
    public func uuidString() -> String {
        var b = bytes(16)
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        let hex = b.map { String($0, radix: 16).leftPadded(to: 2) }
        return hex[0..<4].joined() + "-" + hex[4..<6].joined() + "-" + hex[6..<8].joined() + "-"
            + hex[8..<10].joined() + "-" + hex[10..<16].joined()
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
