import AWSClient
import CCurl
import Foundation
import SecretsCore

/// One request in flight: its settings, the response being collected, and the continuation to resume.
///
/// After `CurlWorker.submit` everything but the cancellation flag is touched only on the worker thread (libcurl
/// calls the callbacks from `curl_multi_perform` there), which is why the class is `@unchecked Sendable`.
final class CurlTransfer: @unchecked Sendable {
    // MARK: - Request

    /// The request being sent.
    let request: HTTPRequest
    /// `host:port` of the request's URL, for messages.
    let target: String
    /// The host of the request's URL, for messages.
    let host: String
    /// The proxy this request goes through, if any.
    let proxy: String?
    /// The settings for this request.
    let options: TransportOptions
    /// The no-proxy list handed to libcurl.
    let noProxy: String

    // MARK: - Response and progress (worker thread only)

    /// Resumed exactly once, by the worker.
    var continuation: CheckedContinuation<HTTPResponse, any Error>?
    /// Header lines of the latest response (a `100 Continue` or proxy response resets them).
    var headers: [HTTPHeader] = []
    /// The body received so far.
    var body = Data()
    /// Whether libcurl has a connection and is about to send (set by the pre-request callback).
    var connected = false
    /// Monotonic nanoseconds of the last byte sent or received, once connected.
    var lastActivity: UInt64 = 0
    /// The last upload byte count seen by the progress callback.
    var uploaded: curl_off_t = 0
    /// libcurl's error text for the transfer.
    let errorBuffer: UnsafeMutablePointer<CChar>
    /// The request header list handed to libcurl; freed with the transfer.
    var headerList: UnsafeMutablePointer<curl_slist>?

    // MARK: - Cancellation (any thread)

    private let lock = NSLock()
    private var cancelled = false

    /// Prepares a transfer, rejecting header names or values that would break the request framing.
    init(request: HTTPRequest, options: TransportOptions, proxies: ProxySettings) throws {
        self.request = request
        self.options = options
        let scheme = request.url.scheme?.lowercased() ?? ""
        let host = request.url.host ?? ""
        self.host = host
        let port = request.url.port ?? (scheme == "https" ? 443 : 80)
        self.target = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        self.proxy = proxies.proxy(forScheme: scheme)
        self.noProxy = proxies.noProxy
        guard scheme == "http" || scheme == "https", !host.isEmpty else {
            throw TransportError(.other, "unsupported URL \(request.url.absoluteString)")
        }
        for header in request.headers {
            if header.name.isEmpty || header.name.contains(where: { $0 == ":" || $0.isWhitespace || $0.isNewline }) {
                throw TransportError(.other, "invalid HTTP header name \"\(header.name)\"")
            }
            if header.value.contains(where: \.isNewline) {
                throw TransportError(.other, "HTTP header \(header.name) contains a line break")
            }
        }
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    /// Marks the transfer as cancelled; the worker aborts it on its next turn.
    func requestCancellation() {
        lock.withLock { cancelled = true }
    }

    /// Whether the caller cancelled.
    var isCancelled: Bool {
        lock.withLock { cancelled }
    }

    /// libcurl's error text, or an empty string.
    var curlErrorText: String {
        String(cString: errorBuffer).trimmingWhitespace
    }

    /// Resumes the caller, once.
    func finish(_ result: Result<HTTPResponse, any Error>) {
        guard let continuation else { return }
        self.continuation = nil
        continuation.resume(with: result)
    }
}

// MARK: - Monotonic clock

/// Nanoseconds on a monotonic clock.
func monotonicNanoseconds() -> UInt64 {
    DispatchTime.now().uptimeNanoseconds
}
