import CurlTransport
import SecrettyCrypto

/// Library set-up that a command's first request needs, run by the main thread once the command line is parsed,
/// beside the command's own work instead of on its path: libcurl's global initialisation (which loads OpenSSL's
/// configuration) and OpenSSL's first SHA-256 and HMAC (which load its default provider). Each step is idempotent,
/// and the command waits for one that is still running when it needs it. Skipped when libcurl cannot initialise
/// beside other threads.
enum LaunchWarmUp {
    static func run() {
        guard CurlTransport.initializesConcurrently else { return }
        CurlTransport.initializeLibrary()
        CryptoLibrary.warmUp()
    }
}
