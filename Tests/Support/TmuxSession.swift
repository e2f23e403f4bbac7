import Foundation
import Testing

/// A program running in a real terminal: a private tmux server with one session of a fixed size.
///
/// The pane runs `sh -c`: it waits until `start()` (so `pipe-pane` can be attached first), runs the
/// program with only `PATH`, `HOME`, `TMPDIR` and the given environment, writes its exit status to `status` and `stty -a` to `stty.txt`
/// in the session's directory, and stays open so the screen can still be read. `close()` (also run on
/// deinit) kills the server and removes the directory, in every case.
public final class TmuxSession {
    /// The session's scratch directory (the program's working directory).
    public let directory: URL
    /// The tmux socket.
    let socket: URL
    /// Whether the server is still to be killed.
    private var isOpen = true
    /// The tmux server's and the pane's process ids, killed on close if kill-server left them.
    private var processIDs: [pid_t] = []

    /// Starts a tmux server of `width`x`height` whose pane will run `arguments` with `environment` added.
    public init(
        arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
        pipeOutput: Bool = false
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socket = directory.appendingPathComponent("socket")
        let inherited = ProcessInfo.processInfo.environment.filter { ["PATH", "HOME", "TMPDIR"].contains($0.key) }
        let assignments = inherited.merging(environment) { $1 }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\(Self.quote($0.value))" }
        let program = (["env", "-i"] + assignments + arguments.map(Self.quote)).joined(separator: " ")
        let script = """
            cd \(Self.quote(directory.path)) || exit 99
            while [ ! -f go ]; do sleep 0.02; done
            \(program)
            echo $? > status.tmp && mv status.tmp status
            stty -a > stty.txt 2>&1
            exec sleep 3600
            """
        try run(["new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height), "sh", "-c", script])
        processIDs = display("#{pid} #{pane_pid}").split(separator: " ").compactMap { pid_t($0) }
        if pipeOutput {
            try run(["pipe-pane", "-o", "-t", "main", "cat >> " + Self.quote(outputFile.path)])
        }
    }

    deinit {
        close()
    }

    // MARK: - Control

    /// Lets the pane's program start.
    public func start() throws {
        try Data().write(to: directory.appendingPathComponent("go"))
    }

    /// Sends keys by tmux name (`C-s`, `Escape`, `M-x`, `BTab`, `F5`, `x`).
    public func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", "main"] + keys)
    }

    /// Pastes `text` as a bracketed paste (when the program asked for them).
    public func paste(_ text: String) throws {
        try run(["set-buffer", "--", text])
        try run(["paste-buffer", "-p", "-t", "main"])
    }

    /// Resizes the window.
    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// The screen as text, one line a row.
    public func capture() -> String {
        (try? run(["capture-pane", "-p", "-t", "main"])) ?? ""
    }

    /// A tmux format evaluated for the pane (`#{alternate_on}`).
    public func display(_ format: String) -> String {
        ((try? run(["display-message", "-p", "-t", "main", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Kills the server and removes the directory.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        _ = try? run(["kill-server"])
        for pid in processIDs.reversed() where kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: - Files

    /// Where `pipe-pane` collects the program's output.
    public var outputFile: URL { directory.appendingPathComponent("output.bytes") }

    /// How many bytes the program has written to the terminal so far.
    public var outputByteCount: Int {
        ((try? FileManager.default.attributesOfItem(atPath: outputFile.path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// A file of the session's directory as text, or nil when it is not there.
    public func file(_ name: String) -> String? {
        try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The program's exit status, once it has ended.
    public var exitStatus: Int? {
        file("status").flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    // MARK: - Waiting

    /// Polls `condition` every 20 ms until it holds or `timeout` passes; false on timeout.
    public func wait(timeout: Duration = .seconds(10), until condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    /// Waits until the screen satisfies `condition`; on timeout records an issue showing the whole screen.
    @discardableResult
    public func waitForScreen(
        _ what: String, timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation,
        until condition: (String) -> Bool
    ) -> Bool {
        var screen = ""
        let ok = wait(timeout: timeout) {
            screen = capture()
            return condition(screen)
        }
        if !ok { Issue.record("timed out waiting for \(what); screen:\n\(screen)", sourceLocation: sourceLocation) }
        return ok
    }

    /// Waits until the program's output has not grown for `quiet`; returns the byte count.
    public func waitForQuietOutput(quiet: Duration = .milliseconds(200), timeout: Duration = .seconds(10)) -> Int {
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

    /// Runs tmux against the private server; returns its standard output.
    ///
    /// Spawned with `posix_spawn` and reaped with `waitpid`: Foundation's `Process` waits for descriptors that
    /// the forked tmux server keeps open, so it never sees the client end.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outputPath = directory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["LC_ALL"] = nil
        environment["LANG"] = "C.UTF-8"
        let argv = [Self.tmuxPath ?? "/usr/bin/tmux", "-u", "-f", "/dev/null", "-S", socket.path] + arguments
        let status = try Self.spawnAndWait(
            argv, environment: environment.map { "\($0.key)=\($0.value)" }, stdoutPath: outputPath)
        guard status == 0 else { throw TmuxError(arguments: arguments, status: status) }
        return (try? String(contentsOf: URL(fileURLWithPath: outputPath), encoding: .utf8)) ?? ""
    }

    /// Runs a program with standard output to a file and input and errors from and to /dev/null; its exit status.
    static func spawnAndWait(_ argv: [String], environment: [String], stdoutPath: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid = pid_t()
        let result = posix_spawn(&pid, argv[0], &actions, nil, cArguments, cEnvironment)
        guard result == 0 else { throw TmuxError(arguments: argv, status: result) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros: exited normally when the low 7 bits are 0.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Where tmux is installed, or nil.
    public static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The text quoted for `sh`.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A tmux command that failed.
public struct TmuxError: Error, CustomStringConvertible {
    /// The tmux arguments.
    public var arguments: [String]
    /// Its exit status.
    public var status: Int32

    /// `tmux ARGS exited with STATUS`.
    public var description: String { "tmux \(arguments.joined(separator: " ")) exited with \(status)" }
}
