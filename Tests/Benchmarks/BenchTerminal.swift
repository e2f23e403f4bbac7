import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - A program in a private tmux server

/// The benchmark's terminal: one tmux session of a fixed size on a private server, its output collected by
/// `pipe-pane` from before the program starts.
///
/// The pane waits for a `go` file, then runs the program under `env -i` as its child, and
/// writes the exit status to `status`. `close()` kills the server.
final class BenchTerminal {
    let tmux: String
    let directory: String
    var socket: String { directory + "/tmux.socket" }
    var outputFile: String { directory + "/output.bytes" }
    private var isOpen = true
    /// The tmux server's pid, killed on close if `kill-server` left it.
    private var serverPID: pid_t?

    /// Starts the server with the program waiting to run.
    init(tmux: String, directory: String, width: Int, height: Int, command: [String], environment: [String: String]) throws {
        self.tmux = tmux
        self.directory = directory
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }
        let script = """
            cd \(Self.quote(directory)) || exit 99
            while [ ! -f go ]; do sleep 0.01; done
            rm -f status
            env -i \((assignments + command.map(Self.quote)).joined(separator: " "))
            echo $? > status.tmp && mv status.tmp status
            exec sleep 3600
            """
        try run(["new-session", "-d", "-s", "bench", "-x", String(width), "-y", String(height), "sh", "-c", script])
        try run(["pipe-pane", "-o", "-t", "bench", "cat >> " + Self.quote(outputFile)])
        serverPID = pid_t(try run(["display-message", "-p", "-t", "bench", "#{pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    deinit { close() }

    /// Lets the program start.
    func start() throws {
        _ = FileManager.default.createFile(atPath: directory + "/go", contents: Data())
    }

    /// Sends keys by tmux name.
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", "bench"] + keys)
    }

    /// The screen as text.
    func capture() -> String {
        (try? run(["capture-pane", "-p", "-t", "bench"])) ?? ""
    }

    /// The pid of the program: the pane's shell runs it as a child, found through `/proc`.
    var panePID: pid_t? {
        guard let shell = pid_t((try? run(["display-message", "-p", "-t", "bench", "#{pane_pid}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").compactMap { pid_t($0) }.first
    }

    /// The exit status once the program has ended.
    var exitStatus: Int? {
        (try? String(contentsOfFile: directory + "/status", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Bytes the program has written so far.
    var outputByteCount: Int {
        ((try? FileManager.default.attributesOfItem(atPath: outputFile))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Kills the server.
    func close() {
        guard isOpen else { return }
        isOpen = false
        _ = try? run(["kill-server"])
        if let serverPID, kill(serverPID, 0) == 0 { kill(serverPID, SIGKILL) }
    }

    // MARK: - Waiting

    /// Polls every 5 ms until `condition` holds or `timeout` passes.
    func wait(timeout: Duration, until condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            usleep(5_000)
        }
        return condition()
    }

    /// Polls the screen until `condition` holds.
    func waitForScreen(timeout: Duration, _ condition: (String) -> Bool) -> Bool {
        wait(timeout: timeout) { condition(capture()) }
    }

    /// Waits until the output has not grown for `quiet`; the byte count.
    func waitForQuietOutput(quiet: Duration, timeout: Duration = .seconds(30)) -> Int {
        var last = outputByteCount
        var since = ContinuousClock.now
        _ = wait(timeout: timeout) {
            let now = outputByteCount
            if now != last {
                last = now
                since = ContinuousClock.now
            }
            return ContinuousClock.now - since >= quiet
        }
        return last
    }

    // MARK: - tmux

    /// Runs tmux on the private server (spawned and reaped directly: the server keeps inherited pipes open).
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outputPath = directory + "/tmux-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["LC_ALL"] = nil
        environment["LANG"] = "C.UTF-8"
        let argv = [tmux, "-u", "-f", "/dev/null", "-S", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid = pid_t()
        guard posix_spawn(&pid, tmux, &actions, nil, cArguments, cEnvironment) == 0 else {
            throw BenchmarkFailure("could not run tmux")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        guard status == 0 else { throw BenchmarkFailure("tmux \(arguments.joined(separator: " ")) failed (\(status))") }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// The text quoted for `sh`.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
