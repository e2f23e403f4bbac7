import CurlTransport
import Dispatch
import Glibc
import SecrettyCrypto

/// Library set-up that a command's first request needs, started at launch on a thread of its own so that it runs
/// beside argument parsing and backend selection instead of after them: libcurl's global initialisation (which
/// loads OpenSSL's configuration) and OpenSSL's first SHA-256 and HMAC (which load its default provider). Each
/// step is idempotent, and the code that needs one later waits for it if it is still running. Skipped when
/// libcurl cannot initialise beside other threads.
enum LaunchWarmUp {
    private static let finished = DispatchGroup()

    static func begin() {
        guard CurlTransport.initializesConcurrently else { return }
        finished.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            CurlTransport.initializeLibrary()
            CryptoLibrary.warmUp()
            finished.leave()
        }
        // Exit handlers must not tear libraries down while this thread is still setting them up.
        atexit { LaunchWarmUp.finished.wait() }
    }
}
