import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An `openssl s_server -www` on 127.0.0.1 with a freshly made self-signed certificate, for TLS verification tests.
///
/// The certificate names `127.0.0.1` and `localhost`; `certificatePath` doubles as a CA bundle that trusts it.
public final class TLSTestServer: @unchecked Sendable {
    /// The port the server listens on.
    public let port: UInt16
    /// The PEM certificate (a CA bundle for itself).
    public let certificatePath: String
    private let directory: URL
    private let process: Process

    /// Makes a key and certificate with the `openssl` command and starts the server (on its own thread); throws if it
    /// does not listen within 10 s.
    public static func start() async throws -> TLSTestServer {
        try await TestSupport.onOwnThread { try TLSTestServer() }
    }

    private init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = directory.appendingPathComponent("key.pem").path
        certificatePath = directory.appendingPathComponent("cert.pem").path
        try Self.run("/usr/bin/env", ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                                      "-nodes", "-keyout", key, "-out", certificatePath, "-days", "2", "-subj", "/CN=127.0.0.1",
                                      "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
        port = try TestSupport.closedLoopbackPort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "s_server", "-accept", "127.0.0.1:\(port)", "-cert", certificatePath, "-key", key,
                             "-www", "-quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !TestSupport.acceptsConnections(port: port) {
            guard Date() < deadline, process.isRunning else {
                stop()
                throw LoopbackServerError("openssl s_server did not start on port \(port)")
            }
            usleep(10_000)
        }
    }

    deinit {
        stop()
    }

    /// Stops the server and removes its key and certificate.
    public func stop() {
        TestSupport.killAndWait(process)
        try? FileManager.default.removeItem(at: directory)
    }

    private static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw LoopbackServerError("\(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
    }
}

extension TestSupport {
    /// Kills a child process with SIGKILL and reaps it.
    ///
    /// Children started by `Process` from a test inherit a signal mask that blocks SIGTERM, so `terminate()` may
    /// never stop them; SIGKILL cannot be blocked.
    public static func killAndWait(_ process: Process) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Whether something accepts TCP connections on 127.0.0.1 at this port.
    public static func acceptsConnections(port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
