import Foundation
import Testing
import TestSupport

/// The safety promises of the TUI, checked on the real binary in a real terminal (tmux, 80x24,
/// `TERM=xterm-256color`, `LANG=C.UTF-8`): hostile text never reaches the terminal, masked values stay off the
/// screen until revealed, a resize keeps an edit, a copy lands in the terminal's clipboard, and an edit goes
/// through to a real moto_server.
@Suite("TUI safety end to end in tmux", .serialized, .enabled(if: TmuxSession.tmuxPath != nil, "needs tmux"))
struct TUISafetyEndToEndTests {
    // MARK: - Fixture

    /// A scratch home with a vault of cost 2^10 and the environment the binary runs with.
    final class Home {
        let binary: String
        let directory: URL
        var vault: String { directory.appendingPathComponent("vault.db").path }
        var environment: [String: String] {
            [
                "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": directory.path, "TZ": "UTC",
                "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
                "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
                "SECRETTY_PASSPHRASE": "safety-e2e",
            ]
        }

        init() throws {
            binary = try #require(TUIEndToEndTests.binary, "secretty not built; run swift build --build-tests")
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-safety-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(at: directory)
        }

        /// Creates the vault.
        func initVault() throws {
            _ = try cli(["vault", "init", "--vault", vault, "--kdf-log-n", "10"], globals: false)
        }

        /// Writes `text` to a file of the home and returns its `file://` reference.
        func file(_ name: String, _ text: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return "file://" + url.path
        }

        /// Runs the CLI (on the vault unless `extra` says otherwise) and returns its standard output.
        @discardableResult
        func cli(
            _ arguments: [String], globals: Bool = true, extra: [String: String] = [:], vaultGlobals: Bool = true,
            sourceLocation: SourceLocation = #_sourceLocation
        ) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = (globals && vaultGlobals ? ["--vault", vault] : []) + arguments
            process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { $1 }.merging(extra) { $1 }
            process.currentDirectoryURL = directory
            let output = Pipe()
            let errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            let message = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(
                process.terminationStatus == 0,
                "secretty \(arguments.joined(separator: " ")): \(String(decoding: message, as: UTF8.self))",
                sourceLocation: sourceLocation)
            return String(decoding: data, as: UTF8.self)
        }

        /// A tmux session running `secretty ARGUMENTS` in this home.
        func session(_ arguments: [String], width: Int = 80, height: Int = 24, pipeOutput: Bool = false,
                     extra: [String: String] = [:]) throws -> TmuxSession {
            try TmuxSession(
                arguments: [binary] + arguments, width: width, height: height,
                environment: environment.merging(extra) { $1 }, pipeOutput: pipeOutput)
        }
    }

    /// A member of a JSON object.
    static func member(_ json: String, _ key: String) -> Any? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?[key]
    }

    // MARK: - Hostile text

    /// The injected sequences, as the bytes a terminal would act on. Each carries a marker so the TUI's own
    /// drawing (which does use ESC and SGR) can never be mistaken for one.
    static let injections: [(name: String, text: String)] = [
        ("OSC 52", "\u{1b}]52;c;SU5KRUNURUQ=\u{07}"),
        ("CSI 2J", "\u{1b}[2JINJ2"),
        ("CSI 31m", "\u{1b}[31mINJ3"),
        ("C1 CSI", "\u{9b}31mINJ4"),
        ("C1 OSC", "\u{9d}52;c;SU5K\u{07}"),
        ("RLO", "\u{202e}INJ6"),
    ]

    /// The bytes no terminal output may contain: each injection whole, and the C1 and bidi scalars anywhere.
    static let forbiddenBytes: [(name: String, bytes: [UInt8])] =
        injections.map { ($0.name, Array($0.text.utf8)) } + [
            ("U+009B", Array("\u{9b}".utf8)), ("U+009D", Array("\u{9d}".utf8)), ("U+202E", Array("\u{202e}".utf8)),
        ]

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var index = 0
        while let start = haystack[index...].firstIndex(of: first), start + needle.count <= haystack.count {
            if Array(haystack[start..<start + needle.count]) == needle { return true }
            index = start + 1
        }
        return false
    }

    /// JSON text for a string, with every control and non-ASCII scalar as `\uXXXX`.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x20..<0x7F: out += String(UnicodeScalar(UInt8(unit)))
            default: out += String(format: "\\u%04x", unit)
            }
        }
        return out + "\""
    }

    @Test("escape sequences in a secret's description, tags, keys and values never reach the terminal")
    func hostileTextStaysVisibleEscapes() throws {
        let home = try Home()
        try home.initVault()
        let all = Self.injections.map(\.text).joined()
        let value = "{" + Self.injections.enumerated().map { index, injection in
            Self.jsonString("k\(index)" + injection.text) + ":" + Self.jsonString("v\(index)" + all)
        }.joined(separator: ",") + "}"
        let tags = "[" + Self.injections.enumerated().map { index, injection in
            "{\"Key\":" + Self.jsonString("t\(index)" + injection.text) + ",\"Value\":" + Self.jsonString(all) + "}"
        }.joined(separator: ",") + "]"
        try home.cli([
            "create-secret", "--name", "inject/escapes", "--secret-string", try home.file("value.json", value),
            "--description", try home.file("description.txt", "described " + all), "--tags", tags,
        ])
        try home.cli(["put-secret-value", "--secret-id", "inject/escapes", "--secret-string", try home.file("plain.txt", "plain" + all)])
        try home.cli(["put-secret-value", "--secret-id", "inject/escapes", "--secret-string", try home.file("value.json", value)])
        let stored = try home.cli(["get-secret-value", "--secret-id", "inject/escapes"])
        let storedText = try #require(Self.member(stored, "SecretString") as? String)
        let storedObject = try #require(try JSONSerialization.jsonObject(with: Data(storedText.utf8)) as? [String: String])
        #expect(storedObject.keys.contains { $0.contains("\u{1b}]52;c;") }, "the stored keys lost their escapes")

        let session = try home.session(["--vault", home.vault, "tui"], pipeOutput: true)
        defer { session.close() }
        try session.start()
        let screens = TmuxScreens(session)
        screens.wait("the secrets list") { $0.contains("inject/escapes") }
        try screens.open(filtering: "inject", "the value pane") { $0.contains("Versions — inject/escapes") && $0.contains("Value — ") && $0.contains("k0") }
        try session.sendKeys("v")
        screens.wait("the revealed value") { $0.contains("v0") }
        #expect(screens.all.last?.contains("v0\\e]52;c;") == true, "the revealed value shows no visible escapes")
        for key in ["Tab", "Tab", "Tab"] {
            try session.sendKeys(key)
            _ = session.waitForQuietOutput(quiet: .milliseconds(300))
            screens.all.append(session.capture())
        }
        try session.sendKeys("?")
        _ = session.waitForQuietOutput(quiet: .milliseconds(300))
        try session.sendKeys("Escape")
        _ = session.waitForQuietOutput(quiet: .milliseconds(300))
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus != nil }, "secretty did not quit; screen:\n\(session.capture())")
        #expect(session.exitStatus == 0)

        let bytes = Array((try? Data(contentsOf: session.outputFile)) ?? Data())
        #expect(bytes.count > 1_000, "pipe-pane captured \(bytes.count) bytes")
        for forbidden in Self.forbiddenBytes {
            #expect(!Self.contains(bytes, forbidden.bytes), "the terminal received \(forbidden.name)")
        }
        let seen = screens.all.joined(separator: "\n")
        #expect(seen.contains("\\e]52;c;"), "no visible OSC 52 escape on any screen:\n\(screens.all.last ?? "")")
        #expect(seen.contains("\\e[2J") || seen.contains("\\e[31m"), "no visible CSI escape on any screen")
        #expect(seen.contains("\\x9b") || seen.contains("\\u{202e}") || seen.contains("\\x9d"),
                "no visible C1 or bidi escape on any screen")
    }

    // MARK: - Masking

    @Test("a masked value is on no screen until v, is after, and is gone again after a second v")
    func maskedUntilRevealed() throws {
        let home = try Home()
        try home.initVault()
        let secret = "Sup3r-S3cret-Xq7Zw"
        try home.cli(["create-secret", "--name", "mask/plain", "--secret-string", secret])
        try home.cli(["create-secret", "--name", "mask/json", "--secret-string", "{\"user\":\"admin\",\"password\":\"\(secret)\"}"])
        let session = try home.session(["--vault", home.vault, "tui"])
        defer { session.close() }
        try session.start()
        let screens = TmuxScreens(session)
        screens.wait("the secrets list") { $0.contains("mask/plain") && $0.contains("mask/json") }
        try screens.open(filtering: "mask/plain", "the value pane") { $0.contains("Versions — mask/plain") && $0.contains("Value — ") }
        try session.sendKeys("Tab")
        _ = session.waitForQuietOutput(quiet: .milliseconds(300))
        screens.all.append(session.capture())
        try session.sendKeys("BTab")
        _ = session.waitForQuietOutput(quiet: .milliseconds(300))
        screens.all.append(session.capture())
        #expect(!screens.all.contains { $0.contains(secret) }, "the masked value reached the screen")

        try session.sendKeys("v")
        let revealed = screens.wait("the revealed value") { $0.contains(secret) }
        try session.sendKeys("v")
        screens.all.removeAll()
        screens.wait("the value masked again") { !$0.contains(secret) && $0.contains("Versions — mask/plain") && $0.contains("Value — ") }
        _ = session.waitForQuietOutput(quiet: .milliseconds(300))
        #expect(!session.capture().contains(secret))
        #expect(revealed)
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus != nil }, "secretty did not quit; screen:\n\(session.capture())")
        #expect(session.exitStatus == 0)
    }

    // MARK: - Resize

    @Test("resizing the terminal while a field is edited keeps the typed text, and submitting it works")
    func resizeMidEdit() throws {
        let home = try Home()
        try home.initVault()
        try home.cli(["create-secret", "--name", "app/config", "--secret-string", #"{"host":"db-2.prod.internal","port":"5432"}"#])
        let session = try home.session(["--vault", home.vault, "tui"])
        defer { session.close() }
        try session.start()
        let screens = TmuxScreens(session)
        screens.wait("the secrets list") { $0.contains("app/config") }
        try screens.open(filtering: "app/config", "the value pane") { $0.contains("Versions — app/config") && $0.contains("Value — ") && $0.contains("host") }
        try session.sendKeys("e")
        screens.wait("the form") { $0.contains("Edit — app/config") }
        try screens.replaceField("host", showing: "db-2.prod.internal", with: "db-7.resized")
        screens.wait("the typed text") { $0.contains("db-7.resized") }
        try session.resize(width: 120, height: 40)
        screens.wait("the wide screen with the typed text") { screen in
            screen.contains("db-7.resized") && screen.components(separatedBy: "\n").count >= 40
        }
        try session.resize(width: 60, height: 18)
        screens.wait("the narrow screen with the typed text") { $0.contains("db-7.resized") }
        try session.resize(width: 80, height: 24)
        screens.wait("the original size with the typed text") { $0.contains("db-7.resized") }
        try session.sendKeys("-l", "x")
        try session.sendKeys("Enter")
        screens.wait("the edited form") { $0.contains("Edit — app/config") && $0.contains("*") }
        try session.sendKeys("C-s")
        screens.wait("the review") { $0.contains("AWSCURRENT is still") && $0.contains("~ host") }
        try session.sendKeys("Enter")
        screens.wait("the write") { $0.contains("Versions — app/config") && $0.contains("Value — ") && !$0.contains("Edit — ") }
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus != nil }, "secretty did not quit; screen:\n\(session.capture())")
        #expect(session.exitStatus == 0)

        let current = try home.cli(["get-secret-value", "--secret-id", "app/config"])
        #expect(Self.member(current, "SecretString") as? String == #"{"host":"db-7.resizedx","port":"5432"}"#)
    }

    // MARK: - Copy

    @Test("y copies the selected value into the terminal's clipboard (tmux's buffer)")
    func copyLandsInTmuxBuffer() throws {
        let home = try Home()
        try home.initVault()
        let secret = "copy-me-4f9a2c"
        try home.cli(["create-secret", "--name", "copy/plain", "--secret-string", secret])
        let session = try home.session(["--vault", home.vault, "tui"])
        defer { session.close() }
        try session.command("set", "-g", "set-clipboard", "on")
        try session.start()
        let screens = TmuxScreens(session)
        screens.wait("the secrets list") { $0.contains("copy/plain") }
        try screens.open(filtering: "copy/plain", "the value pane") { $0.contains("Versions — copy/plain") && $0.contains("Value — ") }
        try session.sendKeys("y")
        var buffer = ""
        let copied = session.wait(timeout: .seconds(10)) {
            buffer = (try? session.command("show-buffer")) ?? ""
            return buffer == secret
        }
        #expect(copied, "tmux buffer holds \(buffer.debugDescription); screen:\n\(session.capture())")
        #expect(!session.capture().contains(secret), "copying revealed the value on screen")
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus != nil })
        #expect(session.exitStatus == 0)
    }

    // MARK: - moto

    /// Whether the binary speaks to AWS endpoints (it says "not built yet" when the AWS backend is missing).
    static var binaryHasAWSBackend: Bool {
        guard let binary = TUIEndToEndTests.binary else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--endpoint-url", "http://127.0.0.1:9", "--region", "us-east-1", "list-secrets"]
        process.environment = [
            "PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "probe", "AWS_MAX_ATTEMPTS": "1",
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        guard (try? process.run()) != nil else { return false }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return !message.contains("not built yet")
    }

    @Test("against a real moto_server: filter, edit, review, submit; the CLI sees AWSCURRENT on the new version",
          .enabled(if: MotoServer.isAvailable, "needs moto_server"),
          .enabled(if: Self.binaryHasAWSBackend, "needs a secretty built with its AWS backend"))
    func editAgainstMoto() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let home = try Home()
        let aws = [
            "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        ]
        let globals = ["--endpoint-url", moto.endpoint, "--region", "us-east-1"]
        func awsCLI(_ arguments: [String]) throws -> String {
            try home.cli(globals + arguments, extra: aws, vaultGlobals: false)
        }
        for index in 0..<5 {
            _ = try awsCLI(["create-secret", "--name", "other/secret-\(index)", "--secret-string", "v\(index)"])
        }
        _ = try awsCLI([
            "create-secret", "--name", "prod/db/postgres", "--secret-string",
            #"{"host":"db-2.prod.internal","password":"moto-pass-81f3"}"#,
        ])

        let session = try home.session(globals + ["tui"], extra: aws)
        defer { session.close() }
        try session.start()
        let screens = TmuxScreens(session)
        screens.wait("the secrets list") { $0.contains("prod/db/postgres") && $0.contains("6 secrets") }
        try screens.open(filtering: "db/postgres", "the postgres details") { $0.contains("Versions — prod/db/postgres") && $0.contains("password") }
        try session.sendKeys("e")
        screens.wait("the form") { $0.contains("Edit — prod/db/postgres") }
        try screens.replaceField("host", showing: "db-2.prod.internal", with: "db-9.example")
        try session.sendKeys("Enter")
        screens.wait("the edited form") { $0.contains("Edit — prod/db/postgres (keys) *") }
        try session.sendKeys("C-s")
        screens.wait("the review") { $0.contains("AWSCURRENT is still") && $0.contains("~ host") }
        try session.sendKeys("Enter")
        screens.wait("the write") { $0.contains("observed") && $0.contains("Value — ") }
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus != nil }, "secretty did not quit; screen:\n\(session.capture())")
        #expect(session.exitStatus == 0)

        let current = try awsCLI(["get-secret-value", "--secret-id", "prod/db/postgres"])
        let previous = try awsCLI(["get-secret-value", "--secret-id", "prod/db/postgres", "--version-stage", "AWSPREVIOUS"])
        #expect(Self.member(current, "SecretString") as? String == #"{"host":"db-9.example","password":"moto-pass-81f3"}"#)
        let newVersion = try #require(Self.member(current, "VersionId") as? String)
        let oldVersion = try #require(Self.member(previous, "VersionId") as? String)
        #expect(newVersion != oldVersion)
        let describe = try awsCLI(["describe-secret", "--secret-id", "prod/db/postgres"])
        let stages = try #require(Self.member(describe, "VersionIdsToStages") as? [String: [String]])
        #expect(stages[newVersion]?.contains("AWSCURRENT") == true)
        #expect(stages[oldVersion]?.contains("AWSPREVIOUS") == true)
        #expect(!screens.all.contains { $0.contains("moto-pass-81f3") }, "a masked value reached the screen")
    }
}
