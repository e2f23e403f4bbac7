import COpenSSL

/// The scrypt key-derivation function (RFC 7914).
public enum Scrypt {
    /// Derives `length` bytes from `passphrase` and `salt` with cost N = 2^`logN`, block size `r`, parallelism `p`.
    ///
    /// The memory limit passed to OpenSSL is computed from the parameters (its default caps at 32 MiB).
    public static func derive(passphrase: [UInt8], salt: [UInt8], logN: Int, r: Int = 8, p: Int = 1, length: Int = 32)
        throws -> [UInt8]
    {
        guard (1...30).contains(logN), r > 0, p > 0, length > 0 else {
            throw CryptoError.invalidArgument("scrypt parameters logN=\(logN) r=\(r) p=\(p) length=\(length)")
        }
        let n = UInt64(1) << UInt64(logN)
        let needed = 128 * UInt64(r) * (n + UInt64(p) + 2) + (1 << 20)
        var out = [UInt8](repeating: 0, count: length)
        // A one-byte backing store gives empty inputs a valid pointer; their lengths stay zero.
        let passBytes = passphrase.isEmpty ? [0] : passphrase
        let saltBytes = salt.isEmpty ? [0] : salt
        let ok = passBytes.withUnsafeBytes { pass in
            saltBytes.withUnsafeBytes { s in
                EVP_PBE_scrypt(
                    pass.baseAddress!.assumingMemoryBound(to: CChar.self), passphrase.count,
                    s.baseAddress!.assumingMemoryBound(to: UInt8.self), salt.count, n, UInt64(r), UInt64(p), needed,
                    &out, length)
            }
        }
        guard ok == 1 else { throw CryptoError.lastOpenSSLError("EVP_PBE_scrypt") }
        return out
    }
}
