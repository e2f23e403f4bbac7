import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - moto_server for the benchmarks

/// A `moto_server` on a free loopback port for the length of a measurement.
///
/// `plain` starts the `moto_server` command. `seeded` starts the same server from Python after creating the
/// secrets through moto's own backend in that process: over HTTP, moto takes about 10 ms a CreateSecret, so
/// seeding 10,000 would outlast the measurement it serves.
final class BenchMoto {
    let port: UInt16
    private let pid: pid_t

    /// `moto_server` as an operator would start it.
    static func plain(executable: String, logPath: String) throws -> BenchMoto {
        let port = try freePort()
        return try BenchMoto(
            command: [executable, "-H", "127.0.0.1", "-p", String(port)], port: port, logPath: logPath,
            readyWithin: .seconds(60))
    }

    /// moto with `count` secrets named `bench/app-NNNNN` in account 123456789012, region us-east-1, each
    /// `{"password":"p-N"}`, served like `moto_server`; nil when no `python3` on `PATH` imports moto.
    static func seeded(count: Int, logPath: String) throws -> BenchMoto? {
        guard let python = executableOnPath("python3") else { return nil }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: python)
        probe.arguments = ["-c", "import moto.server, moto.secretsmanager.models"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { return nil }
        let port = try freePort()
        return try BenchMoto(
            command: [python, "-c", seedScript, String(count), String(port)], port: port, logPath: logPath,
            readyWithin: .seconds(600))
    }

    /// Creates the secrets through moto's backend, then runs moto's server in the same process.
    private static let seedScript = """
        import sys
        from moto.secretsmanager.models import secretsmanager_backends
        from moto.server import main
        count, port = int(sys.argv[1]), sys.argv[2]
        backend = secretsmanager_backends["123456789012"]["us-east-1"]
        for index in range(count):
            backend.create_secret(
                name="bench/app-%05d" % index, secret_string='{"password":"p-%d"}' % index, secret_binary=None,
                description=None, tags=None, kms_key_id=None, client_request_token=None, replica_regions=[],
                force_overwrite=False)
        main(["-H", "127.0.0.1", "-p", port])
        """

    /// Spawns `command` with stdout and stderr in `logPath` and waits until `GET /moto-api/` answers 200.
    private init(command: [String], port: UInt16, logPath: String, readyWithin limit: Duration) throws {
        self.port = port
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var environment = ProcessInfo.processInfo.environment
        for key in [
            "INITIAL_NO_AUTH_ACTION_COUNT", "MOTO_ACCOUNT_ID", "AWS_PROFILE", "AWS_ENDPOINT_URL", "http_proxy",
            "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
        ] {
            environment[key] = nil
        }
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw BenchmarkFailure("could not start \(command[0]): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if Self.answers(port: port) { return }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                throw BenchmarkFailure("moto exited: \((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "")")
            }
            usleep(100_000)
        }
        stop()
        throw BenchmarkFailure("moto did not answer on port \(port) within \(limit)")
    }

    deinit { stop() }

    /// Kills moto and reaps it (SIGKILL: a child may have inherited a mask that blocks SIGTERM).
    func stop() {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == 0 else { return }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// Whether `GET /moto-api/` answers 200.
    private static func answers(port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = loopback(port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { return false }
        let request = "GET /moto-api/ HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n"
        guard send(fd, request, request.utf8.count, Int32(MSG_NOSIGNAL)) == request.utf8.count else { return false }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = recv(fd, &buffer, buffer.count, 0)
        return count > 12 && String(decoding: buffer[0..<count], as: UTF8.self).contains(" 200 ")
    }

    /// A loopback port nothing listens on (bound to port 0, then closed).
    private static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchmarkFailure("socket() failed") }
        defer { close(fd) }
        var address = loopback(0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw BenchmarkFailure("could not find a free port") }
        return UInt16(bigEndian: address.sin_port)
    }

    private static func loopback(_ port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
