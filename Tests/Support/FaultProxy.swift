import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An HTTP/1.1 proxy on 127.0.0.1 in front of one upstream server (moto), which injects faults on a deterministic
/// schedule: it loses the response of a request the upstream has already handled, resets the connection before
/// forwarding, or answers a throttling error itself.
///
/// The client talks to the proxy as if it were the server (`http://127.0.0.1:<port>/`); every request is forwarded
/// byte for byte (the `Host` header, and so a SigV4 signature, is untouched) on a fresh upstream connection. The
/// schedule is indexed by attempt (every request the proxy receives, in order), and however it is written, the
/// proxy never faults more than `maxConsecutiveFaults` attempts in a row: the next one is forwarded.
public final class FaultProxy: @unchecked Sendable {
    // MARK: - Types

    /// What the proxy does with one request.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// Forward the request and relay the response.
        case forward
        /// Forward the request, read the upstream response, then close the client connection without answering.
        case dropResponse
        /// Reset the client connection (TCP RST) before anything is forwarded.
        case reset
        /// Answer `400 {"__type":"ThrottlingException","message":"Rate exceeded"}` without forwarding.
        case throttle
    }

    /// The throttling body the proxy answers with.
    public static let throttlingBody = #"{"__type":"ThrottlingException","message":"Rate exceeded"}"#

    /// A repeating schedule of 20 attempts: 9 faults (each kind three times, alone and in pairs), 11 forwards.
    ///
    /// Under standard-mode retries it costs a client about 1 retry-quota token per call, so hundreds of calls
    /// fit in the 500-token quota.
    public static let mixedSchedule: [Action] = [
        .forward, .dropResponse, .forward, .reset, .forward, .throttle, .forward, .dropResponse, .reset, .forward,
        .forward, .throttle, .dropResponse, .forward, .forward, .reset, .throttle, .forward, .forward, .forward,
    ]

    // MARK: - State

    /// The port the proxy listens on.
    public let port: UInt16
    /// `http://127.0.0.1:<port>`.
    public var endpoint: String { "http://127.0.0.1:\(port)" }

    private let upstreamPort: UInt16
    private let schedule: [Action]
    private let maxConsecutiveFaults: Int
    private let listener: Int32
    private let lock = NSLock()
    private var stopped = false
    private var clientSockets: Set<Int32> = []
    private var attempts = 0
    private var faultRun = 0
    private var taken: [Action] = []
    private let threads = DispatchGroup()

    /// Starts listening.
    ///
    /// - Parameters:
    ///   - upstreamPort: the loopback port of the real server.
    ///   - schedule: the action for attempt `n` is `schedule[n % schedule.count]` (capped as described).
    ///   - maxConsecutiveFaults: the longest run of faulted attempts (`AWS_MAX_ATTEMPTS - 1` lets every call
    ///     succeed on its last attempt).
    public init(upstreamPort: UInt16, schedule: [Action] = FaultProxy.mixedSchedule, maxConsecutiveFaults: Int) throws {
        precondition(!schedule.isEmpty, "a schedule needs at least one action")
        self.upstreamPort = upstreamPort
        self.schedule = schedule
        self.maxConsecutiveFaults = max(0, maxConsecutiveFaults)
        switch LoopbackListener.open() {
        case .success(let opened):
            listener = opened.fd
            port = opened.port
        case .failure(let failure):
            throw FaultProxyError(failure.reason)
        }
        threads.enter()
        Thread.detachNewThread { [self] in
            acceptLoop()
            threads.leave()
        }
    }

    deinit {
        stop()
    }

    /// The action taken for every attempt so far, in order.
    public var actions: [Action] {
        lock.withLock { taken }
    }

    /// How many attempts got each action.
    public var counts: [Action: Int] {
        lock.withLock { taken.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
    }

    /// The longest run of consecutive faulted attempts so far.
    public var longestFaultRun: Int {
        lock.withLock {
            var longest = 0
            var run = 0
            for action in taken {
                run = action == .forward ? 0 : run + 1
                longest = max(longest, run)
            }
            return longest
        }
    }

    /// Closes the listener and every connection, and waits (a few seconds at most) for the threads to end.
    public func stop() {
        let sockets = lock.withLock { () -> Set<Int32>? in
            if stopped { return nil }
            stopped = true
            return clientSockets
        }
        guard let sockets else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        for socket in sockets { shutdown(socket, Int32(SHUT_RDWR)) }
        _ = threads.wait(timeout: .now() + 5)
        close(listener)
    }

    // MARK: - Scheduling

    /// The action for the next attempt, honouring the cap on consecutive faults.
    private func nextAction() -> Action {
        lock.withLock {
            var action = schedule[attempts % schedule.count]
            attempts += 1
            if action != .forward && faultRun >= maxConsecutiveFaults { action = .forward }
            faultRun = action == .forward ? 0 : faultRun + 1
            taken.append(action)
            return action
        }
    }

    // MARK: - Connections

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            let accepted = lock.withLock { () -> Bool in
                if stopped { return false }
                clientSockets.insert(client)
                return true
            }
            guard accepted else {
                close(client)
                return
            }
            Self.setTimeout(client, seconds: 30)
            threads.enter()
            Thread.detachNewThread { [self] in
                serve(client)
                lock.withLock { _ = clientSockets.remove(client) }
                close(client)
                threads.leave()
            }
        }
    }

    /// Serves one client connection until it closes or a fault ends it; the caller closes the socket (with a zero
    /// linger time after a reset, so the close sends RST).
    private func serve(_ client: Int32) {
        var buffer = Data()
        while let request = Self.readMessage(client, buffer: &buffer, isResponse: false) {
            switch nextAction() {
            case .forward:
                guard let response = forward(request.raw), Self.write(client, response) else { return }
                if request.header("connection")?.lowercased() == "close" { return }
            case .dropResponse:
                _ = forward(request.raw)
                return
            case .reset:
                var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
                setsockopt(client, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
                return
            case .throttle:
                let body = Data(Self.throttlingBody.utf8)
                let head =
                    "HTTP/1.1 400 Bad Request\r\nContent-Type: application/x-amz-json-1.1\r\n"
                    + "x-amzn-RequestId: fault-proxy\r\nContent-Length: \(body.count)\r\n\r\n"
                guard Self.write(client, Data(head.utf8) + body) else { return }
            }
        }
    }

    /// Sends a request upstream on a fresh connection and returns the response, re-framed with a
    /// `Content-Length` so the client connection can stay open; `nil` when the upstream failed.
    private func forward(_ request: Data) -> Data? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        Self.setTimeout(fd, seconds: 30)
        var address = LoopbackListener.address(port: upstreamPort)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected, Self.write(fd, request) else { return nil }
        var buffer = Data()
        guard let response = Self.readMessage(fd, buffer: &buffer, isResponse: true) else { return nil }
        var head = response.startLine + "\r\n"
        for (name, value) in response.headers
        where !["content-length", "transfer-encoding", "connection", "keep-alive"].contains(name.lowercased()) {
            head += "\(name): \(value)\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\n\r\n"
        return Data(head.utf8) + response.body
    }

    // MARK: - HTTP framing

    /// One parsed HTTP/1.1 message.
    private struct Message {
        var startLine: String
        var headers: [(String, String)]
        var body: Data
        /// The message exactly as received.
        var raw: Data

        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name }?.1
        }
    }

    /// Reads one message: a request needs `Content-Length` for a body; a response may also be chunked or end
    /// at EOF.
    private static func readMessage(_ socket: Int32, buffer: inout Data, isResponse: Bool) -> Message? {
        let separator = Data("\r\n\r\n".utf8)
        while buffer.range(of: separator) == nil {
            guard read(socket, into: &buffer), buffer.count < 1 << 22 else { return nil }
        }
        guard let end = buffer.range(of: separator) else { return nil }
        let headData = buffer[buffer.startIndex..<end.lowerBound]
        var raw = Data(buffer[buffer.startIndex..<end.upperBound])
        buffer.removeSubrange(buffer.startIndex..<end.upperBound)
        var lines = String(decoding: headData, as: UTF8.self).components(separatedBy: "\r\n")
        let startLine = lines.removeFirst()
        var headers: [(String, String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append(
                (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var message = Message(startLine: startLine, headers: headers, body: Data(), raw: Data())
        if let length = message.header("content-length").flatMap(Int.init) {
            while buffer.count < length {
                guard read(socket, into: &buffer) else { return nil }
            }
            message.body = Data(buffer.prefix(length))
            buffer.removeFirst(length)
        } else if isResponse, message.header("transfer-encoding")?.lowercased().contains("chunked") == true {
            guard let body = readChunked(socket, buffer: &buffer) else { return nil }
            message.body = body
        } else if isResponse {
            while read(socket, into: &buffer) {}
            message.body = buffer
            buffer.removeAll()
        }
        raw.append(message.body)
        message.raw = raw
        return message
    }

    private static func readChunked(_ socket: Int32, buffer: inout Data) -> Data? {
        var body = Data()
        let crlf = Data("\r\n".utf8)
        while true {
            while buffer.range(of: crlf) == nil {
                guard read(socket, into: &buffer) else { return nil }
            }
            guard let lineEnd = buffer.range(of: crlf) else { return nil }
            let sizeText = String(decoding: buffer[buffer.startIndex..<lineEnd.lowerBound], as: UTF8.self)
            buffer.removeSubrange(buffer.startIndex..<lineEnd.upperBound)
            guard let size = Int(sizeText.split(separator: ";").first ?? "", radix: 16) else { return nil }
            while buffer.count < size + 2 {
                guard read(socket, into: &buffer) else { return nil }
            }
            body.append(buffer.prefix(size))
            buffer.removeFirst(size + 2)
            if size == 0 { return body }
        }
    }

    private static func read(_ socket: Int32, into buffer: inout Data) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = recv(socket, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    private static func write(_ socket: Int32, _ data: Data) -> Bool {
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

    private static func setTimeout(_ socket: Int32, seconds: Int) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }
}

/// The fault proxy could not start.
public struct FaultProxyError: Error, CustomStringConvertible {
    /// What failed.
    public var description: String
    init(_ description: String) { self.description = description }
}
