import COpenSSL
import SecretsCore

/// AES-256-GCM authenticated encryption with associated data.
public enum AESGCM {
    /// Key length in bytes.
    public static let keyByteCount = 32
    /// Nonce length in bytes (96 bits, as GCM recommends).
    public static let nonceByteCount = 12
    /// Tag length in bytes.
    public static let tagByteCount = 16

    /// A sealed box: the nonce, the ciphertext and the tag.
    public struct SealedBox: Sendable, Equatable {
        public var nonce: [UInt8]
        public var ciphertext: [UInt8]
        public var tag: [UInt8]

        /// Creates a box from its parts.
        public init(nonce: [UInt8], ciphertext: [UInt8], tag: [UInt8]) {
            self.nonce = nonce
            self.ciphertext = ciphertext
            self.tag = tag
        }

        /// The box as one byte string: nonce ‖ ciphertext ‖ tag.
        public var combined: [UInt8] { nonce + ciphertext + tag }

        /// Splits a combined byte string back into its parts.
        public init(combined: [UInt8]) throws {
            guard combined.count >= AESGCM.nonceByteCount + AESGCM.tagByteCount else {
                throw CryptoError.invalidArgument("sealed box of \(combined.count) bytes is too short")
            }
            nonce = Array(combined.prefix(AESGCM.nonceByteCount))
            tag = Array(combined.suffix(AESGCM.tagByteCount))
            ciphertext = Array(combined[AESGCM.nonceByteCount..<(combined.count - AESGCM.tagByteCount)])
        }
    }

    /// Encrypts `plaintext` under `key` with a fresh random nonce, binding `aad`.
    public static func seal(_ plaintext: [UInt8], key: [UInt8], aad: [UInt8] = [], random: any RandomSource = SecureRandom())
        throws -> SealedBox
    {
        try seal(plaintext, key: key, nonce: random.bytes(nonceByteCount), aad: aad)
    }

    /// Encrypts `plaintext` under `key` and an explicit `nonce` (for test vectors; never reuse a nonce under one key).
    public static func seal(_ plaintext: [UInt8], key: [UInt8], nonce: [UInt8], aad: [UInt8] = []) throws -> SealedBox {
        try check(key: key, nonce: nonce)
        let ctx = try Context()
        var length: Int32 = 0
        var out = [UInt8](repeating: 0, count: plaintext.count + 16)
        var tag = [UInt8](repeating: 0, count: tagByteCount)
        guard EVP_EncryptInit_ex(ctx.raw, EVP_aes_256_gcm(), nil, nil, nil) == 1,
            EVP_CIPHER_CTX_ctrl(ctx.raw, secretty_gcm_set_ivlen(), Int32(nonce.count), nil) == 1,
            EVP_EncryptInit_ex(ctx.raw, nil, nil, key, nonce) == 1
        else { throw CryptoError.lastOpenSSLError("EVP_EncryptInit_ex") }
        if !aad.isEmpty {
            guard EVP_EncryptUpdate(ctx.raw, nil, &length, aad, Int32(aad.count)) == 1 else {
                throw CryptoError.lastOpenSSLError("EVP_EncryptUpdate(aad)")
            }
        }
        var total = 0
        if !plaintext.isEmpty {
            guard EVP_EncryptUpdate(ctx.raw, &out, &length, plaintext, Int32(plaintext.count)) == 1 else {
                throw CryptoError.lastOpenSSLError("EVP_EncryptUpdate")
            }
            total = Int(length)
        }
        let finalOK = out.withUnsafeMutableBufferPointer { buffer in
            EVP_EncryptFinal_ex(ctx.raw, buffer.baseAddress! + total, &length)
        }
        guard finalOK == 1 else { throw CryptoError.lastOpenSSLError("EVP_EncryptFinal_ex") }
        total += Int(length)
        guard EVP_CIPHER_CTX_ctrl(ctx.raw, secretty_gcm_get_tag(), Int32(tagByteCount), &tag) == 1 else {
            throw CryptoError.lastOpenSSLError("EVP_CTRL_GCM_GET_TAG")
        }
        return SealedBox(nonce: nonce, ciphertext: Array(out.prefix(total)), tag: tag)
    }

    /// Decrypts and verifies a box; throws `CryptoError.authenticationFailed` when anything was altered.
    public static func open(_ box: SealedBox, key: [UInt8], aad: [UInt8] = []) throws -> [UInt8] {
        try check(key: key, nonce: box.nonce)
        guard box.tag.count == tagByteCount else { throw CryptoError.invalidArgument("tag of \(box.tag.count) bytes") }
        let ctx = try Context()
        var length: Int32 = 0
        var out = [UInt8](repeating: 0, count: box.ciphertext.count + 16)
        var tag = box.tag
        guard EVP_DecryptInit_ex(ctx.raw, EVP_aes_256_gcm(), nil, nil, nil) == 1,
            EVP_CIPHER_CTX_ctrl(ctx.raw, secretty_gcm_set_ivlen(), Int32(box.nonce.count), nil) == 1,
            EVP_DecryptInit_ex(ctx.raw, nil, nil, key, box.nonce) == 1
        else { throw CryptoError.lastOpenSSLError("EVP_DecryptInit_ex") }
        if !aad.isEmpty {
            guard EVP_DecryptUpdate(ctx.raw, nil, &length, aad, Int32(aad.count)) == 1 else {
                throw CryptoError.lastOpenSSLError("EVP_DecryptUpdate(aad)")
            }
        }
        var total = 0
        if !box.ciphertext.isEmpty {
            guard EVP_DecryptUpdate(ctx.raw, &out, &length, box.ciphertext, Int32(box.ciphertext.count)) == 1 else {
                throw CryptoError.lastOpenSSLError("EVP_DecryptUpdate")
            }
            total = Int(length)
        }
        guard EVP_CIPHER_CTX_ctrl(ctx.raw, secretty_gcm_set_tag(), Int32(tagByteCount), &tag) == 1 else {
            throw CryptoError.lastOpenSSLError("EVP_CTRL_GCM_SET_TAG")
        }
        let finalOK = out.withUnsafeMutableBufferPointer { buffer in
            EVP_DecryptFinal_ex(ctx.raw, buffer.baseAddress! + total, &length)
        }
        guard finalOK == 1 else {
            _ = secretty_err_get()
            throw CryptoError.authenticationFailed
        }
        total += Int(length)
        return Array(out.prefix(total))
    }

    private static func check(key: [UInt8], nonce: [UInt8]) throws {
        guard key.count == keyByteCount else { throw CryptoError.invalidArgument("AES-256 key of \(key.count) bytes") }
        guard !nonce.isEmpty else { throw CryptoError.invalidArgument("empty GCM nonce") }
    }

    /// Owns one `EVP_CIPHER_CTX` for the length of one call.
    private final class Context {
        let raw: OpaquePointer
        init() throws {
            guard let ctx = EVP_CIPHER_CTX_new() else { throw CryptoError.lastOpenSSLError("EVP_CIPHER_CTX_new") }
            raw = ctx
        }
        deinit { EVP_CIPHER_CTX_free(raw) }
    }
}
