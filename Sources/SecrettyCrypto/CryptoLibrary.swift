import COpenSSL

/// Process-wide settings of the crypto library.
public enum CryptoLibrary {
    /// Leaves OpenSSL's tables to the operating system at exit instead of freeing them in an `atexit` handler,
    /// which takes a short-lived command about half a millisecond. Call first thing in an executable, before
    /// anything else initialises OpenSSL (libcurl included); a later call changes nothing.
    public static func skipCleanupAtExit() {
        _ = secretty_openssl_init_no_atexit()
    }

    /// Does what the first SHA-256 and the first HMAC of a process do: load OpenSSL's default provider and fetch
    /// both algorithms, about half a millisecond. Safe on any thread and at any time; later digests reuse the
    /// fetched algorithms either way.
    public static func warmUp() {
        _ = SHA256.hash([UInt8]())
        _ = HMACSHA256.authenticate([UInt8](), key: [UInt8](repeating: 0, count: SHA256.byteCount))
    }
}
