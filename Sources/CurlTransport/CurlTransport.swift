import AWSClient
import CCurl
import Foundation

/// An `HTTPTransport` over libcurl's multi interface.
///
/// Requests run on one dedicated worker thread per transport, which owns a curl multi handle; its connection cache
/// keeps connections alive across calls, so consecutive requests to one host reuse a connection. Swift task
/// cancellation wakes the worker, which aborts the transfer at once. Proxies come from the injected environment
/// (`https_proxy`, `http_proxy`, `all_proxy`, `no_proxy`, lower case first, as curl and botocore read them), so the
/// process environment is never consulted behind the caller's back.
public final class CurlTransport: HTTPTransport {
    private let options: TransportOptions
    private let proxies: ProxySettings
    private let worker: CurlWorker

    /// Creates a transport with the given TLS and timeout settings and the environment to read proxies from.
    public init(options: TransportOptions = TransportOptions(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        CurlGlobal.ensureInitialized()
        self.options = options
        self.proxies = ProxySettings(environment: environment)
        self.worker = CurlWorker()
    }

    deinit {
        worker.shutdown()
    }

    /// Starts the worker thread now instead of with the first request, so that the thread's start overlaps
    /// building and signing that request. For a caller that is about to send.
    public func startWorker() {
        worker.start()
    }

    /// Sends the request and returns the complete response, whatever its status.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let transfer = try CurlTransfer(request: request, options: options, proxies: proxies)
        if Task.isCancelled {
            throw TransportError(.cancelled, "request to \(transfer.target) cancelled")
        }
        let worker = self.worker
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                transfer.continuation = continuation
                worker.submit(transfer)
            }
        } onCancel: {
            transfer.requestCancellation()
            worker.wakeUp()
        }
    }
}

// MARK: - Global initialisation

extension CurlTransport {
    /// Whether libcurl's global initialisation may run while other threads work: libcurl says so from 7.84 on
    /// when it was built with atomics.
    public static var initializesConcurrently: Bool {
        secretty_curl_version_is_threadsafe() != 0
    }

    /// Runs libcurl's global initialisation now, once per process, which the first transport otherwise does. It
    /// loads OpenSSL's configuration and takes most of a millisecond.
    public static func initializeLibrary() {
        CurlGlobal.ensureInitialized()
    }
}

/// Calls `curl_global_init` exactly once per process; a caller on another thread waits until it is done.
enum CurlGlobal {
    private static let initialized: Bool = secretty_curl_global_init_default() == CURLE_OK

    /// Initialises libcurl on first use; later calls do nothing.
    static func ensureInitialized() {
        precondition(initialized, "curl_global_init failed")
    }
}
