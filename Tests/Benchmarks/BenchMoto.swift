import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - moto_server for the TUI section

/// A `moto_server` on a free loopback port for the length of a measurement, seeded with raw JSON requests.
final class BenchMoto {
    let port: UInt16
    private let process: Process

    /// The `moto_server` on `PATH`, or nil.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/moto_server" }.first(where: FileManager.default.isExecutableFile)
    }

    /// Starts moto and waits until it answers `GET /moto-api/`.
    init(executable: String, logPath: String) throws {
        port = try Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-H", "127.0.0.1", "-p", "\(port)"]
        var environment = ProcessInfo.processInfo.environment
        for key in ["AWS_PROFILE", "AWS_ENDPOINT_URL", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"] {
            environment[key] = nil
        }
        process.environment = environment
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = FileHandle(forWritingAtPath: logPath)
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline, process.isRunning {
            if let answer = try? Self.send(port: port, method: "GET", path: "/moto-api/", headers: [], body: ""),
               answer.status == 200 {
                return
            }
            usleep(50_000)
        }
        stop()
        throw BenchmarkFailure("moto_server did not answer on port \(port)")
    }

    deinit { stop() }

    /// Kills moto and waits for it.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Creates `count` secrets (`bench/app-NNNNN`) with `concurrency` requests in flight.
    func createSecrets(count: Int, concurrency: Int) throws {
        let failures = Failures()
        let port = self.port
        DispatchQueue.concurrentPerform(iterations: concurrency) { lane in
            for index in stride(from: lane, to: count, by: concurrency) {
                let name = String(format: "bench/app-%05d", index)
                let body = #"{"Name":"\#(name)","SecretString":"{\"password\":\"p-\#(index)\"}","ClientRequestToken":"\#(UUID().uuidString)"}"#
                let headers = [
                    ("X-Amz-Target", "secretsmanager.CreateSecret"),
                    ("Content-Type", "application/x-amz-json-1.1"),
                    ("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/secretsmanager/aws4_request, SignedHeaders=host, Signature=0"),
                ]
                do {
                    let answer = try Self.send(port: port, method: "POST", path: "/", headers: headers, body: body)
                    if answer.status != 200 { failures.add("CreateSecret \(name): \(answer.status) \(answer.body)") }
                } catch {
                    failures.add("CreateSecret \(name): \(error)")
                }
            }
        }
        if let first = failures.first { throw BenchmarkFailure("\(failures.count) failed; first: \(first)") }
    }

    /// Failures collected across threads.
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [String] = []
        func add(_ message: String) { lock.withLock { messages.append(message) } }
        var count: Int { lock.withLock { messages.count } }
        var first: String? { lock.withLock { messages.first } }
    }

    // MARK: - HTTP over a socket

    /// One HTTP/1.1 request with `Connection: close`; the status and body.
    static func send(port: UInt16, method: String, path: String, headers: [(String, String)], body: String) throws
        -> (status: Int, body: String)
    {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchmarkFailure("socket: \(errno)") }
        defer { Glibc.close(fd) }
        var address = loopback(port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw BenchmarkFailure("connect: \(errno)") }
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "Content-Length: \(body.utf8.count)\r\n\r\n" + body
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw BenchmarkFailure("write: \(errno)") }
            sent += written
        }
        var response: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            response += chunk[0..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        let bodyText = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return (status, bodyText)
    }

    private static func loopback(_ port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    /// A port the kernel hands out for a loopback socket, closed again.
    private static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchmarkFailure("socket: \(errno)") }
        defer { Glibc.close(fd) }
        var address = loopback(0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw BenchmarkFailure("bind: \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }
}
