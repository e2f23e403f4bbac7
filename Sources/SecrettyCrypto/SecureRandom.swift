import COpenSSL
import SecretsCore

/// The CSPRNG: OpenSSL's `RAND_bytes`.
public struct SecureRandom: RandomSource {
    /// Creates the system CSPRNG source.
    public init() {}

    /// Returns `count` bytes from the CSPRNG; a CSPRNG failure is unrecoverable and stops the process.
    public func bytes(_ count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: count)
        let ok = RAND_bytes(&out, Int32(count))
        precondition(ok == 1, "RAND_bytes failed")
        return out
    }
}
