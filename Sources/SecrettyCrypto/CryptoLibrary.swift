import COpenSSL

/// Process-wide settings of the crypto library.
public enum CryptoLibrary {
    /// Leaves OpenSSL's tables to the operating system at exit instead of freeing them in an `atexit` handler,
    /// which takes a short-lived command about half a millisecond. Call first thing in an executable, before
    /// anything else initialises OpenSSL (libcurl included); a later call changes nothing.
    public static func skipCleanupAtExit() {
        _ = secretty_openssl_init_no_atexit()
    }
}
