import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for transport and credential-provider tests.
///
/// Every connection gets its own thread, which reads requests (keep-alive, `Content-Length` bodies), asks the
/// handler for a `Reply`, and writes it. Reads time out after a few seconds so a stuck client never hangs a test,
/// and `stop()` (also run on deinit) closes every socket and waits for the threads.
public final class LoopbackHTTPServer: @unchecked Sendable {
    // MARK: - Types

    /// A request as the server received it.
    public struct Request: Sendable, Hashable {
        /// The method, e.g. `GET`.
        public var method: String
        /// The request target as sent: `/path?query`, or an absolute URL when the client talks to a proxy.
        public var target: String
        /// Header fields in the order received.
        public var headers: [Field]
        /// The body (`Content-Length` bytes).
        public var body: Data
        /// Which accepted connection (0-based) carried the request.
        public var connection: Int

        /// The target's path, without the query.
        public var path: String {
            let withoutScheme: Substring
            if let range = target.range(of: "://") {
                let rest = target[range.upperBound...]
                withoutScheme = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
            } else {
                withoutScheme = Substring(target)
            }
            return String(withoutScheme.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        }

        /// The decoded query parameters.
        public var query: [String: String] {
            guard let components = URLComponents(string: target.hasPrefix("/") ? "http://h\(target)" : target) else { return [:] }
            var result: [String: String] = [:]
            for item in components.queryItems ?? [] { result[item.name] = item.value ?? "" }
            return result
        }

        /// The first header with this name, case-insensitively.
        public func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    /// One header field.
    public struct Field: Sendable, Hashable {
        /// The field name as sent.
        public var name: String
        /// The field value, trimmed.
        public var value: String
        /// Creates a field.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// What the server does with a request.
    public enum Reply: Sendable {
        /// A complete response with a `Content-Length`.
        case response(status: Int, headers: [Field] = [], body: Data = Data())
        /// Write these raw bytes, then close the connection (e.g. a truncated response).
        case raw(Data)
        /// Hold the connection open without answering until the server stops (at most a minute).
        case stall
        /// Write these raw pieces one by one, pausing between them, then close (a slow but live server).
        case trickle([Data], interval: Double)

        /// A complete response with a text body.
        public static func text(_ status: Int, _ body: String, headers: [Field] = []) -> Reply {
            .response(status: status, headers: headers, body: Data(body.utf8))
        }

        /// A 200 response with a JSON body.
        public static func json(_ body: String, status: Int = 200) -> Reply {
            .response(status: status, headers: [Field("Content-Type", "application/json")], body: Data(body.utf8))
        }
    }

    // MARK: - State

    /// The port the server listens on.
    public let port: UInt16
    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    private let handler: @Sendable (Request) -> Reply
    private let listener: Int32
    private let lock = NSCondition()
    private var stopped = false
    private var clientSockets: Set<Int32> = []
    private var accepted = 0
    private var received: [Request] = []
    private let threads = DispatchGroup()

    /// Starts listening; the handler runs on the connection's thread.
    public init(handler: @escaping @Sendable (Request) -> Reply) throws {
        self.handler = handler
        switch LoopbackListener.open() {
        case .success(let opened):
            listener = opened.fd
            port = opened.port
        case .failure(let failure):
            throw LoopbackServerError(failure.reason)
        }
        threads.enter()
        let thread = Thread { [self] in
            acceptLoop()
            threads.leave()
        }
        thread.start()
    }

    deinit {
        stop()
    }

    /// How many connections the server accepted so far.
    public var acceptedConnections: Int {
        lock.withLock { accepted }
    }

    /// Every request received so far, in order.
    public var requests: [Request] {
        lock.withLock { received }
    }

    /// Closes the listener and every connection, and waits (a few seconds at most) for the threads to end.
    public func stop() {
        let sockets = lock.withLock { () -> Set<Int32>? in
            if stopped { return nil }
            stopped = true
            lock.broadcast()
            return clientSockets
        }
        guard let sockets else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        for socket in sockets { shutdown(socket, Int32(SHUT_RDWR)) }
        _ = threads.wait(timeout: .now() + 5)
        close(listener)
    }

    // MARK: - Connections

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            let index = lock.withLock { () -> Int? in
                if stopped { return nil }
                clientSockets.insert(client)
                accepted += 1
                return accepted - 1
            }
            guard let index else {
                close(client)
                return
            }
            var timeout = timeval(tv_sec: 120, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            threads.enter()
            let thread = Thread { [self] in
                serve(client, index: index)
                lock.withLock { _ = clientSockets.remove(client) }
                close(client)
                threads.leave()
            }
            thread.start()
        }
    }

    private func serve(_ socket: Int32, index: Int) {
        var buffer = Data()
        while let request = readRequest(socket, buffer: &buffer, connection: index) {
            lock.withLock { received.append(request) }
            switch handler(request) {
            case .response(let status, let headers, let body):
                var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
                for field in headers { head += "\(field.name): \(field.value)\r\n" }
                if !headers.contains(where: { $0.name.lowercased() == "content-length" }) {
                    head += "Content-Length: \(body.count)\r\n"
                }
                head += "\r\n"
                guard write(socket, Data(head.utf8) + body) else { return }
                if request.header("Connection")?.lowercased() == "close" { return }
            case .raw(let bytes):
                _ = write(socket, bytes)
                return
            case .trickle(let pieces, let interval):
                for (index, piece) in pieces.enumerated() {
                    if index > 0 {
                        let until = Date().addingTimeInterval(interval)
                        let stop = lock.withLock { () -> Bool in
                            while !stopped && Date() < until { _ = lock.wait(until: until) }
                            return stopped
                        }
                        if stop { return }
                    }
                    guard write(socket, piece) else { return }
                }
                return
            case .stall:
                let until = Date().addingTimeInterval(60)
                lock.withLock {
                    while !stopped && Date() < until { _ = lock.wait(until: until) }
                }
                return
            }
        }
    }

    private func readRequest(_ socket: Int32, buffer: inout Data, connection: Int) -> Request? {
        let separator = Data("\r\n\r\n".utf8)
        while buffer.range(of: separator) == nil {
            guard read(socket, into: &buffer), buffer.count < 1 << 20 else { return nil }
        }
        guard let end = buffer.range(of: separator) else { return nil }
        let head = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex..<end.upperBound)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var fields: [Field] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields.append(Field(String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        let length = fields.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        while buffer.count < length {
            guard read(socket, into: &buffer) else { return nil }
        }
        let body = Data(buffer.prefix(length))
        buffer.removeFirst(length)
        return Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: fields, body: body,
                       connection: connection)
    }

    private func read(_ socket: Int32, into buffer: inout Data) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = recv(socket, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    private func write(_ socket: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let sent = send(socket, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }
}

/// A loopback server could not start.
public struct LoopbackServerError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String
    init(_ description: String) { self.description = description }
}
