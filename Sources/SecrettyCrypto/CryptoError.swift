import COpenSSL

/// A failure inside the crypto primitives.
public enum CryptoError: Error, Equatable, CustomStringConvertible {
    /// An AES-GCM tag did not verify: the ciphertext, its associated data or the key is not the one sealed.
    case authenticationFailed
    /// An argument had the wrong size or range.
    case invalidArgument(String)
    /// OpenSSL reported an error.
    case openssl(String)

    public var description: String {
        switch self {
        case .authenticationFailed: return "authentication failed"
        case .invalidArgument(let what): return "invalid argument: \(what)"
        case .openssl(let what): return "OpenSSL: \(what)"
        }
    }

    /// The last OpenSSL error, drained from its queue, with the call that failed.
    static func lastOpenSSLError(_ call: String) -> CryptoError {
        var text = call
        var code = secretty_err_get()
        while code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            text += ": " + String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            code = secretty_err_get()
        }
        return .openssl(text)
    }
}
