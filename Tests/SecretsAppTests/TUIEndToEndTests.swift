import Foundation
import Testing
import TestSupport

/// The real binary in a real terminal (tmux, 80x24, `TERM=xterm-256color`, `LANG=C.UTF-8`) against a real
/// vault: `secretty demo`, filter to a secret, edit one field of its JSON, review, submit; then the CLI reads it back.
@Suite("TUI end to end in tmux", .serialized, .enabled(if: TmuxSession.tmuxPath != nil, "needs tmux"))
struct TUIEndToEndTests {
    /// `SECRETTY_BIN`, else `<package root>/.build/debug/secretty`.
    static var binary: String? {
        if let path = ProcessInfo.processInfo.environment["SECRETTY_BIN"] { return path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent(".build/debug/secretty").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Runs the CLI on the vault and returns its standard output.
    @discardableResult
    func cli(_ binary: String, vault: String, _ arguments: [String], passphrase: String = "secretty-demo") throws
        -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--vault", vault] + arguments
        process.environment = ["SECRETTY_PASSPHRASE": passphrase, "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "secretty \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self)
    }

    /// A member of a JSON object response.
    func member(_ json: String, _ key: String) throws -> Any? {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?[key]
    }

    /// A fresh home folder for one test.
    func makeHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    /// `secretty demo` in tmux, its data under `home`, started.
    func demoSession(_ binary: String, home: URL, pipeOutput: Bool = false) throws -> TmuxSession {
        let session = try TmuxSession(
            arguments: [binary, "demo"],
            environment: [
                "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home.path,
                "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            ], pipeOutput: pipeOutput)
        try session.start()
        return session
    }

    @Test("demo: filter, edit one JSON field, review, submit; the CLI sees the new value with everything else intact")
    func editThroughTheTUI() throws {
        let binary = try #require(Self.binary, "secretty not built; run swift build --build-tests")
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let vault = home.appendingPathComponent("data/secretty/demo.db").path
        let session = try demoSession(binary, home: home)
        defer { session.close() }
        let screens = TmuxScreens(session)
        #expect(screens.wait("the secrets list") { $0.contains("prod/db/postgres") && $0.contains("7 secrets") })
        #expect(try screens.open(filtering: "db/postgres", "the postgres details") { $0.contains("Versions — prod/db/postgres") && $0.contains("password") })
        try session.sendKeys("e")
        #expect(screens.wait("the form") { $0.contains("Edit — prod/db/postgres") })
        try screens.replaceField("host", showing: "db-2.prod.internal", with: "db-9.example")
        try session.sendKeys("Enter")
        #expect(screens.wait("the edited form") { $0.contains("Edit — prod/db/postgres (keys) *") && !$0.contains("db-9.example") })
        try session.sendKeys("C-s")
        #expect(screens.wait("the review") { $0.contains("AWSCURRENT is still") && $0.contains("~ host") })
        try session.sendKeys("Enter")
        #expect(screens.wait("the write") { $0.contains("observed") && $0.contains("Value — ") })
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus != nil })
        #expect(session.exitStatus == 0)

        let current = try cli(binary, vault: vault, ["get-secret-value", "--secret-id", "prod/db/postgres"])
        let previous = try cli(binary, vault: vault, [
            "get-secret-value", "--secret-id", "prod/db/postgres", "--version-stage", "AWSPREVIOUS",
        ])
        let newText = try #require(try member(current, "SecretString") as? String)
        let oldText = try #require(try member(previous, "SecretString") as? String)
        #expect(oldText.contains(#""host":"db-2.prod.internal""#))
        #expect(newText == oldText.replacingOccurrences(of: #""host":"db-2.prod.internal""#, with: #""host":"db-9.example""#))
        let newVersion = try #require(try member(current, "VersionId") as? String)
        let oldVersion = try #require(try member(previous, "VersionId") as? String)
        #expect(newVersion != oldVersion)
        let describe = try cli(binary, vault: vault, ["describe-secret", "--secret-id", "prod/db/postgres"])
        let stages = try #require(try member(describe, "VersionIdsToStages") as? [String: [String]])
        #expect(stages[newVersion]?.contains("AWSCURRENT") == true)
        #expect(stages[oldVersion]?.contains("AWSPREVIOUS") == true)

        let password = try #require(
            (try JSONSerialization.jsonObject(with: Data(oldText.utf8)) as? [String: Any])?["password"] as? String)
        #expect(!screens.all.isEmpty)
        #expect(!screens.all.contains { $0.contains(password) }, "a masked value reached the screen")
        #expect(!screens.all.contains { $0.contains("db-9.example") && !$0.contains("Edit — ") })
    }

    @Test("holding j costs the list's bytes: the details redraw once, where the selection rests")
    func heldDownBytes() throws {
        let binary = try #require(Self.binary, "secretty not built; run swift build --build-tests")
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try demoSession(binary, home: home, pipeOutput: true)
        defer { session.close() }
        session.waitForScreen("the secrets list") { $0.contains("prod/db/postgres") && $0.contains("Value — ") }
        let start = session.waitForQuietOutput(quiet: .milliseconds(400))
        try session.sendKeys("j", "j", "j", "j", "j")
        let burst = session.waitForQuietOutput(quiet: .milliseconds(400)) - start
        var slow = 0
        for _ in 0..<5 {
            let before = session.outputByteCount
            try session.sendKeys("k")
            slow += session.waitForQuietOutput(quiet: .milliseconds(400)) - before
        }
        #expect(burst > 0)
        #expect(burst * 2 < slow, "five held moves wrote \(burst) bytes; five rested moves \(slow)")
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus == 0 })
    }

    @Test(":vault PATH with no passphrase source: the TUI asks for it masked, a wrong one is refused, the right one opens")
    func switchVaultWithTypedPassphrase() throws {
        let binary = try #require(Self.binary, "secretty not built; run swift build --build-tests")
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let team = home.appendingPathComponent("team vault.db").path
        let passphrase = "correct horse battery"
        try cli(binary, vault: team, ["vault", "init", "--kdf-log-n", "10"], passphrase: passphrase)
        try cli(
            binary, vault: team, ["create-secret", "--name", "team/only-here", "--secret-string", "team-value"],
            passphrase: passphrase)
        let session = try demoSession(binary, home: home)
        defer { session.close() }
        let screens = TmuxScreens(session)
        #expect(screens.wait("the demo list") { $0.contains("prod/db/postgres") && $0.contains("7 secrets") })
        try session.sendKeys(":")
        try session.sendKeys("-l", "vault \(team)")
        try session.sendKeys("Enter")
        #expect(screens.wait("the passphrase prompt") { $0.contains("Passphrase for") })
        try session.sendKeys("-l", "not it")
        try session.sendKeys("Enter")
        #expect(screens.wait("the refusal") { $0.contains("Wrong passphrase") && $0.contains("7 secrets") })
        try session.sendKeys(":")
        try session.sendKeys("-l", "vault \(team)")
        try session.sendKeys("Enter")
        #expect(screens.wait("the prompt again") { $0.contains("Passphrase for") })
        try session.sendKeys("-l", passphrase)
        #expect(screens.wait("the masked passphrase") { $0.contains(String(repeating: "•", count: passphrase.count)) })
        try session.sendKeys("Enter")
        #expect(screens.wait("the team vault") { $0.contains("team/only-here") && $0.contains("1 secrets") })
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus == 0 })
        #expect(!screens.all.contains { $0.contains(passphrase) || $0.contains("not it") }, "a typed passphrase reached the screen")
    }
}
