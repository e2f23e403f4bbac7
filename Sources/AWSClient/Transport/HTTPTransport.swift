import Foundation
import SecretsCore

/// One HTTP header, in the order it was added or received.
public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An HTTP request as the client hands it to a transport.
public struct HTTPRequest: Sendable, Hashable {
    public var method: String
    public var url: URL
    public var headers: [HTTPHeader]
    public var body: Data

    public init(method: String, url: URL, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The first header with this name, case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// An HTTP response: the final status, headers and the whole body.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: Data

    public init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first header with this name, case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A request that did not get a complete HTTP response.
public struct TransportError: CategorizedError, Equatable {
    /// What went wrong, as far as the transport can tell.
    public enum Kind: String, Sendable {
        /// Name resolution failed.
        case dns
        /// The connection could not be made (refused, unreachable).
        case connect
        /// TLS failed (certificate verification, handshake).
        case tls
        /// The connect or read timeout expired.
        case timeout
        /// The connection was closed or reset before the response was complete.
        case connectionLost
        /// The proxy failed.
        case proxy
        /// The caller cancelled the request.
        case cancelled
        /// Anything else.
        case other
    }

    public var kind: Kind
    /// A one-line message naming the cause (the transport's own words where useful).
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var category: ErrorCategory { .failure }
    public var summary: String { message }

    /// Whether a retry may succeed (every kind but TLS failures and cancellation).
    public var isRetryable: Bool { kind != .tls && kind != .cancelled }
}

/// Settings a transport honours.
public struct TransportOptions: Sendable, Hashable {
    /// A PEM bundle of CA certificates to trust instead of the system's (`AWS_CA_BUNDLE` / `ca_bundle`).
    public var caBundlePath: String?
    /// Seconds to wait for a connection (the aws CLI's default is 60).
    public var connectTimeout: Double
    /// Seconds to wait without receiving data (the aws CLI's default is 60).
    public var readTimeout: Double
    /// Whether to verify TLS peers (only `--no-verify-ssl` turns it off).
    public var verifyTLS: Bool

    public init(caBundlePath: String? = nil, connectTimeout: Double = 60, readTimeout: Double = 60, verifyTLS: Bool = true) {
        self.caBundlePath = caBundlePath
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.verifyTLS = verifyTLS
    }
}

/// Sends HTTP requests. The client takes `any HTTPTransport`, so tests can inject one; production uses libcurl.
///
/// Implementations reuse connections across calls, honour Swift task cancellation (throwing
/// `TransportError(.cancelled, …)`), and throw `TransportError` for every failure before a complete response.
/// Any complete response, whatever its status, is returned, not thrown.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
