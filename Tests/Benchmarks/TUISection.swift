import Foundation
import SecretsCore
import SecrettyCrypto
import Vault

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - The TUI in a real terminal

/// The TUI section of `make bench`: the real `secretty` in tmux at 120x40.
///
/// Bytes written to the terminal per navigation key while `j` is held at key-repeat speed on a list of 1,000
/// secrets (against the bytes of one full frame), time to first frame, time until 10,000 secrets from moto_server
/// are listed, and the peak resident memory (VmHWM) of the process holding them. A part is skipped, with a
/// message, when tmux, moto_server or the binary is missing.
enum TUIBenchmark {
    /// The terminal size.
    static let width = 120
    static let height = 40
    /// Keys sent while "holding" `j`, and the interval between them (about 30 keys a second).
    static let heldKeys = 60
    static let keyInterval: Duration = .milliseconds(33)
    /// The targets.
    static let targetBytesPerKey = 300
    static let targetPeakMegabytes = 64.0

    /// Prints the section (or why parts of it were skipped).
    static func run() async {
        print("")
        print("## Terminal UI in tmux at \(width)x\(height) (release binary)")
        let binary = secrettyBinary()
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("skipped: no secretty binary at \(binary); set SECRETTY_BIN")
            return
        }
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: FileManager.default.isExecutableFile)
        else {
            print("skipped: tmux is not installed")
            return
        }
        do {
            try await heldKeySection(binary: binary, tmux: tmux)
        } catch {
            print("held-key measurement failed: \(error)")
        }
        do {
            try largeListSection(binary: binary, tmux: tmux)
        } catch {
            print("\(largeListCount)-secret measurement failed: \(error)")
        }
    }

    /// Prints one figure: name, value, unit, and the target when there is one.
    static func report(_ name: String, _ value: String, target: String = "") {
        print(pad(name, 58) + pad(value, 14, right: true) + (target.isEmpty ? "" : "   " + target))
    }

    // MARK: - Held j on 1,000 secrets

    /// 1,000 secrets in a vault; the bytes of the first full frame, then of 60 `j` at 33 ms.
    static func heldKeySection(binary: String, tmux: String) async throws {
        try await withScratchDirectory { directory in
            let vault = directory + "/vault.db"
            let backend = try VaultBackend.create(path: vault, passphrase: "bench", context: StoreContext(), kdfLogN: 10)
            for index in 0..<1_000 {
                _ = try await backend.createSecret(
                    CreateSecretRequest(
                        name: String(format: "bench/app-%04d/db", index), clientRequestToken: SecureRandom().uuidString(),
                        description: "secret \(index) of the held-key benchmark",
                        secretString: #"{"username":"app","password":"p-\#(index)","host":"db-\#(index).internal"}"#))
            }
            let environment = [
                "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": directory, "TZ": "UTC",
                "SECRETTY_PASSPHRASE": "bench", "PATH": "/usr/bin:/bin",
            ]
            let terminal = try BenchTerminal(
                tmux: tmux, directory: directory, width: width, height: height,
                command: [binary, "--vault", vault, "tui"], environment: environment)
            defer { terminal.close() }
            let start = ContinuousClock.now
            try terminal.start()
            guard terminal.waitForScreen(timeout: .seconds(60), { $0.contains(" secrets ") }) else {
                throw BenchmarkFailure("no first frame; screen:\n\(terminal.capture())")
            }
            let firstFrame = ContinuousClock.now - start
            guard terminal.waitForScreen(timeout: .seconds(60), { $0.contains("1000 secrets ") }) else {
                throw BenchmarkFailure("the list of 1,000 never showed; screen:\n\(terminal.capture())")
            }
            let listed = ContinuousClock.now - start
            let frameBytes = terminal.waitForQuietOutput(quiet: .milliseconds(500))
            let clock = ContinuousClock()
            var next = clock.now
            for _ in 0..<heldKeys {
                try terminal.sendKeys("j")
                next += keyInterval
                if clock.now < next { try await Task.sleep(until: next, clock: clock) }
            }
            let afterKeys = terminal.waitForQuietOutput(quiet: .milliseconds(500))
            let perKey = Double(afterKeys - frameBytes) / Double(heldKeys)
            let landed = terminal.capture().contains(String(format: "bench/app-%04d/db", heldKeys))
            try terminal.sendKeys("q")
            _ = terminal.wait(timeout: .seconds(5)) { terminal.exitStatus != nil }

            report("time to first frame, vault of 1,000 (scrypt 2^10)", firstFrame.milliseconds + " ms")
            report("time until all 1,000 are listed, vault", listed.milliseconds + " ms")
            report("bytes of the first full frame", "\(frameBytes) B")
            report(
                "bytes per j, \(heldKeys) keys at \(keyInterval.milliseconds) ms, details at rest",
                String(format: "%.0f B", perKey), target: "target < \(targetBytesPerKey) B"
                    + (perKey < Double(targetBytesPerKey) ? " (met)" : " (MISSED)"))
            if !landed { print("note: the selection did not show secret #\(heldKeys) after the keys") }
        }
    }

    // MARK: - 10,000 secrets from moto

    /// How many secrets the large-list measurement seeds: `SECRETTY_BENCH_SECRETS`, else 10,000.
    static let largeListCount = Int(ProcessInfo.processInfo.environment["SECRETTY_BENCH_SECRETS"] ?? "") ?? 10_000

    /// 10,000 secrets in moto; time to first frame, to the whole list, and VmHWM.
    static func largeListSection(binary: String, tmux: String) throws {
        try withScratchDirectorySync { directory in
            let seedStart = ContinuousClock.now
            guard let moto = try BenchMoto.seeded(count: largeListCount, logPath: directory + "/moto.log") else {
                print("skipped the \(largeListCount)-secret load: no python3 on PATH imports moto (make test-deps)")
                return
            }
            defer { moto.stop() }
            let seeding = ContinuousClock.now - seedStart
            report("starting moto seeded with \(largeListCount) secrets", seeding.milliseconds + " ms")
            let environment = [
                "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": directory, "TZ": "UTC", "PATH": "/usr/bin:/bin",
                "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
                "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            ]
            let terminal = try BenchTerminal(
                tmux: tmux, directory: directory, width: width, height: height,
                command: [binary, "--endpoint-url", "http://127.0.0.1:\(moto.port)", "--region", "us-east-1", "tui"],
                environment: environment)
            defer { terminal.close() }
            let start = ContinuousClock.now
            try terminal.start()
            guard terminal.waitForScreen(timeout: .seconds(60), { $0.contains(" secrets ") }) else {
                throw BenchmarkFailure("no first frame; screen:\n\(terminal.capture())")
            }
            let firstFrame = ContinuousClock.now - start
            guard terminal.waitForScreen(timeout: .seconds(600), { $0.contains("\(largeListCount) secrets ") }) else {
                throw BenchmarkFailure("the list never reached \(largeListCount); screen:\n\(terminal.capture())")
            }
            let loaded = ContinuousClock.now - start
            let pid = terminal.panePID
            let peak = pid.flatMap(peakResidentKilobytes)
            try terminal.sendKeys("q")
            _ = terminal.wait(timeout: .seconds(5)) { terminal.exitStatus != nil }
            // The same pages fetched by the CLI (the TUI's requests: sorted by name, 100 a page): what the server
            // itself takes to list them.
            let cliStart = ContinuousClock.now
            let counted = try runCommand(
                binary,
                [
                    "--endpoint-url", "http://127.0.0.1:\(moto.port)", "--region", "us-east-1", "list-secrets",
                    "--sort-by", "name", "--sort-order", "asc", "--page-size", "100", "--query", "length(SecretList)",
                    "--output", "text",
                ], environment: environment)
            let cliListed = ContinuousClock.now - cliStart

            report("time to first frame, moto", firstFrame.milliseconds + " ms")
            report("time until all \(largeListCount) secrets are listed, moto", loaded.milliseconds + " ms")
            report("secretty list-secrets (CLI, all pages, same moto)", cliListed.milliseconds + " ms")
            if counted.trimmingWhitespace != String(largeListCount) {
                print("note: the CLI counted \(counted.trimmingWhitespace) secrets")
            }
            if let peak {
                let megabytes = Double(peak) / 1024
                report(
                    "peak memory (VmHWM) holding \(largeListCount) secrets", String(format: "%.1f MB", megabytes),
                    target: "target < \(Int(targetPeakMegabytes)) MB"
                        + (megabytes < targetPeakMegabytes ? " (met)" : " (MISSED)"))
            } else {
                print("note: could not read VmHWM of the secretty process")
            }
        }
    }

    /// `VmHWM` of a process, in kilobytes.
    static func peakResidentKilobytes(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    /// A scratch directory removed at the end, for synchronous bodies.
    static func withScratchDirectorySync<T>(_ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }
}
