import AWSClient
import CurlTransport
import Foundation
import SecretsCore
import TestSupport

/// A `moto_server` on a free loopback port, started by a test and stopped when it ends.
///
/// With `authAfter: n` it is started with `INITIAL_NO_AUTH_ACTION_COUNT=n`: the first `n` calls are free (for IAM
/// set-up), after which it verifies every SigV4 signature and IAM policy; `enableAuth()` ends the free calls early.
final class MotoServer: @unchecked Sendable {
    let process: Process
    let port: UInt16
    let transport: CurlTransport

    /// `http://127.0.0.1:<port>`.
    var endpoint: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The `moto_server` executable on `PATH`, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/moto_server"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Whether moto_server can be started here.
    static var isAvailable: Bool { executable != nil }

    private init(process: Process, port: UInt16) {
        self.process = process
        self.port = port
        self.transport = CurlTransport(environment: [:])
    }

    // MARK: - Lifecycle

    /// Starts moto and waits until it answers.
    static func start(authAfter: Int? = nil) async throws -> MotoServer {
        guard let executable else { throw LocalError.failure("moto_server is not on PATH") }
        let port = try TestSupport.closedLoopbackPort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "INITIAL_NO_AUTH_ACTION_COUNT")
        if let authAfter { environment["INITIAL_NO_AUTH_ACTION_COUNT"] = String(authAfter) }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = MotoServer(process: process, port: port)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            guard process.isRunning else { throw LocalError.failure("moto_server exited with \(process.terminationStatus)") }
            if let response = try? await server.transport.send(
                HTTPRequest(method: "GET", url: server.endpoint.appendingPathComponent("moto-api/"))),
                response.status == 200
            {
                return server
            }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        server.stop()
        throw LocalError.failure("moto_server did not answer on port \(port) within 60 s")
    }

    /// Stops the process (SIGTERM, then SIGKILL after 5 s) and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Runs `body` with a fresh moto and stops it afterwards, whatever happens.
    static func with<T>(authAfter: Int? = nil, _ body: (MotoServer) async throws -> T) async throws -> T {
        let server = try await start(authAfter: authAfter)
        do {
            let result = try await body(server)
            server.stop()
            return result
        } catch {
            server.stop()
            throw error
        }
    }

    // MARK: - Set-up calls

    /// Turns signature and policy checking on now (`POST /moto-api/reset-auth` with `0`).
    func enableAuth() async throws {
        let response = try await transport.send(
            HTTPRequest(method: "POST", url: endpoint.appendingPathComponent("moto-api/reset-auth"), body: Data("0".utf8)))
        guard response.status == 200 else { throw LocalError.failure("reset-auth answered \(response.status)") }
    }

    /// Creates an IAM user with an inline policy and an access key (free calls, before checking starts).
    func createUser(_ name: String, policy: String) async throws -> Credentials {
        let setup = Credentials(accessKeyId: "AKIDSETUP", secretAccessKey: "setup", source: "moto set-up")
        _ = try await iam("CreateUser", [("UserName", name)], credentials: setup)
        _ = try await iam(
            "PutUserPolicy", [("UserName", name), ("PolicyName", "\(name)-policy"), ("PolicyDocument", policy)],
            credentials: setup)
        let result = try await iam("CreateAccessKey", [("UserName", name)], credentials: setup)
        guard let key = result.path(["AccessKey", "AccessKeyId"])?.trimmedText,
            let secret = result.path(["AccessKey", "SecretAccessKey"])?.trimmedText
        else { throw LocalError.failure("CreateAccessKey gave no key") }
        return Credentials(accessKeyId: key, secretAccessKey: secret, source: "moto user \(name)")
    }

    private func iam(_ action: String, _ parameters: [(String, String)], credentials: Credentials) async throws -> XMLNode {
        let request = QueryProtocol.request(endpoint: endpoint, action: action, version: "2010-05-08", parameters: parameters)
        let signed = SigV4Signer(service: "iam", region: "us-east-1").sign(request, credentials: credentials, date: Date())
        return try QueryProtocol.result(of: action, try await transport.send(signed))
    }
}

/// Forwards to another transport, counting requests; can lose the response of chosen requests after the server
/// has handled them, the way a dropped connection does.
final class FlakyTransport: HTTPTransport, @unchecked Sendable {
    private let base: any HTTPTransport
    private let lock = NSLock()
    private var loseNext: Set<String>
    private(set) var targets: [String] = []

    /// `loseFirst` lists `X-Amz-Target` values whose first response is lost.
    init(_ base: any HTTPTransport, loseFirst: Set<String> = []) {
        self.base = base
        self.loseNext = loseFirst
    }

    var count: Int { lock.withLock { targets.count } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let target = request.header("X-Amz-Target") ?? ""
        let lose = lock.withLock { () -> Bool in
            targets.append(target)
            return loseNext.remove(target) != nil
        }
        let response = try await base.send(request)
        if lose { throw TransportError(.connectionLost, "connection reset after the request was sent") }
        return response
    }
}
