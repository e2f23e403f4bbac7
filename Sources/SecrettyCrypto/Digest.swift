import COpenSSL
import Foundation

/// SHA-256.
public enum SHA256 {
    /// The digest length in bytes.
    public static let byteCount = 32

    /// The SHA-256 digest of `data`.
    public static func hash<D: ContiguousBytes>(_ data: D) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: byteCount)
        var length: UInt32 = 0
        let ok = data.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { md in
                EVP_Digest(raw.baseAddress, raw.count, md.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        precondition(ok == 1 && length == byteCount, "EVP_Digest(SHA-256) failed")
        return out
    }

    /// The SHA-256 digest of the UTF-8 bytes of `text`.
    public static func hash(_ text: String) -> [UInt8] { hash(Array(text.utf8)) }
}

/// HMAC-SHA256.
public enum HMACSHA256 {
    /// The MAC of `message` under `key`.
    public static func authenticate<K: ContiguousBytes, M: ContiguousBytes>(_ message: M, key: K) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: SHA256.byteCount)
        var length: UInt32 = 0
        let result = key.withUnsafeBytes { k in
            message.withUnsafeBytes { m in
                out.withUnsafeMutableBufferPointer { o in
                    HMAC(EVP_sha256(), k.baseAddress, Int32(k.count), m.baseAddress?.assumingMemoryBound(to: UInt8.self), m.count, o.baseAddress, &length)
                }
            }
        }
        precondition(result != nil && length == SHA256.byteCount, "HMAC-SHA256 failed")
        return out
    }

    /// The MAC of the UTF-8 bytes of `message` under `key`.
    public static func authenticate<K: ContiguousBytes>(_ message: String, key: K) -> [UInt8] {
        authenticate(Array(message.utf8), key: key)
    }
}

/// Comparison that takes the same time whatever the contents, for MACs and tags.
public enum ConstantTime {
    /// Whether `a` and `b` are equal, without an early exit on the first difference.
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBytes { x in b.withUnsafeBytes { y in CRYPTO_memcmp(x.baseAddress, y.baseAddress, a.count) == 0 } }
    }
}

/// Lower-case hexadecimal text of bytes.
public enum Hex {
    /// `bytes` as lower-case hex.
    public static func encode<S: Sequence<UInt8>>(_ bytes: S) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of a hex string; `nil` when it is not an even-length hex string.
    public static func decode(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(chars.count / 2)
        var i = 0
        while i < chars.count {
            guard let hi = nibble(chars[i]), let lo = nibble(chars[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
