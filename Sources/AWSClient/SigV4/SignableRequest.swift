import Foundation

/// A request in the form SigV4 reads it: the method, the path and query exactly as they go on the wire, the headers
/// in order (duplicates allowed) and the body.
///
/// `HTTPRequest` converts to it through `init(_:)`; the published test suites build it from raw request text, whose
/// paths need not be valid URLs (`/example space/`).
public struct SignableRequest: Sendable, Hashable {
    /// The HTTP method, for example `POST`.
    public var method: String
    /// The path as sent, percent-encoded or raw (`/` when empty).
    public var path: String
    /// The query text after `?`, without the `?`; empty when there is none.
    public var query: String
    /// The headers in order; names compare case-insensitively.
    public var headers: [HTTPHeader]
    /// The body.
    public var body: Data

    /// Creates a request from its parts.
    public init(method: String, path: String, query: String = "", headers: [HTTPHeader] = [], body: Data = Data()) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// Reads an `HTTPRequest`, adding a `Host` header from its URL when it has none (with the port when it is not
    /// the scheme's default), since the host is always signed.
    public init(_ request: HTTPRequest) {
        let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        let path = components?.percentEncodedPath ?? "/"
        var headers = request.headers
        if request.header("Host") == nil, let host = Self.hostHeader(for: request.url) {
            headers.insert(HTTPHeader(name: "Host", value: host), at: 0)
        }
        self.init(
            method: request.method, path: path.isEmpty ? "/" : path, query: components?.percentEncodedQuery ?? "",
            headers: headers, body: request.body)
    }

    // MARK: - Headers

    /// The first header with this name, case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Replaces every header with this name by one with the given value, appended at the end.
    public mutating func setHeader(_ name: String, _ value: String) {
        removeHeader(name)
        headers.append(HTTPHeader(name: name, value: value))
    }

    /// Removes every header with this name.
    public mutating func removeHeader(_ name: String) {
        headers.removeAll { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    // MARK: - Host

    /// The `Host` header value for a URL: the host, and the port when it is not the scheme's default.
    public static func hostHeader(for url: URL) -> String? {
        guard let host = url.host, !host.isEmpty else { return nil }
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        guard let port = url.port else { return bracketed }
        let scheme = url.scheme?.lowercased()
        if (scheme == "https" && port == 443) || (scheme == "http" && port == 80) { return bracketed }
        return "\(bracketed):\(port)"
    }
}
