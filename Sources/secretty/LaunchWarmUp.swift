import CurlTransport

/// libcurl's global initialisation, which loads OpenSSL's configuration and takes most of a millisecond:
/// `SecrettyMain.main` runs it on its second thread while the main thread parses the command line, so that it
/// leaves the first request's path. Idempotent. Skipped when libcurl cannot initialise beside other threads.
enum LaunchWarmUp {
    static func run() {
        guard CurlTransport.initializesConcurrently else { return }
        CurlTransport.initializeLibrary()
    }
}
