import Foundation
import Testing
import TestSupport
import TerminalUI

/// CursesTerminal in a real terminal: the `TerminalHarness` program in tmux at 80x24, `TERM=xterm-256color`,
/// `LANG=C.UTF-8`.
@Suite("Curses terminal in tmux", .serialized, .enabled(if: TmuxSession.tmuxPath != nil, "needs tmux"))
struct CursesTerminalTests {
    /// The harness executable, built next to the test bundle by `swift build --build-tests`.
    static var harnessPath: String? {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("TerminalHarness"))
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/TerminalHarness"))
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A started session running the harness, its log in `log.txt`.
    static func session(pipeOutput: Bool = false, environment: [String: String] = [:]) throws -> TmuxSession {
        let harness = try #require(harnessPath, "TerminalHarness not built; run swift build --build-tests")
        let session = try TmuxSession(
            arguments: [harness, "log.txt"],
            environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"].merging(environment) { $1 },
            pipeOutput: pipeOutput)
        try session.start()
        return session
    }

    /// Waits until the harness log has a line satisfying `condition`.
    static func waitForLog(
        _ session: TmuxSession, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
        until condition: @escaping (String) -> Bool
    ) -> Bool {
        let ok = session.wait {
            (session.file("log.txt") ?? "").split(separator: "\n").contains { condition(String($0)) }
        }
        if !ok {
            Issue.record(
                "timed out waiting for \(what); log:\n\(session.file("log.txt") ?? "<none>")\nscreen:\n\(session.capture())",
                sourceLocation: sourceLocation)
        }
        return ok
    }

    /// The harness's process id, from its log.
    static func pid(_ session: TmuxSession) throws -> pid_t {
        let line = try #require((session.file("log.txt") ?? "").split(separator: "\n").first { $0.hasPrefix("pid ") })
        return try #require(pid_t(line.dropFirst(4)))
    }

    /// Asserts the pane is back to the normal screen with echo, canonical input and flow control on.
    static func expectRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(session.display("#{alternate_on}") == "0", "left in the alternate screen", sourceLocation: sourceLocation)
        let stty = " " + (session.file("stty.txt") ?? "").replacingOccurrences(of: "\n", with: " ") + " "
        for flag in ["echo", "icanon", "ixon"] {
            #expect(stty.contains(" \(flag) ") && !stty.contains(" -\(flag) "), "\(flag) not restored: \(stty)",
                    sourceLocation: sourceLocation)
        }
    }

    // MARK: - Drawing

    @Test("wide and combining characters line up; the screen is the alternate one")
    func alignment() throws {
        let session = try Self.session()
        defer { session.close() }
        guard session.waitForScreen("the harness", until: { $0.contains("READY") }) else { return }
        #expect(session.display("#{alternate_on}") == "1")
        let screen = session.capture()
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for name in ["plain ascii", "漢字テスト", "café noël", "ｆｕｌｌ"] {
            let row = try #require(rows.first { $0.contains(name) }, "\(name) missing from:\n\(screen)")
            let prefix = try #require(row.split(separator: "|", omittingEmptySubsequences: false).first)
            #expect(DisplayWidth.of(String(prefix)) == 17, "the mark after \(name) is out of line:\n\(screen)")
        }
        #expect(rows.count >= 24 && rows[23].contains("size 80x24"), "status bar on the last row:\n\(screen)")
        _ = Self.waitForLog(session, "the colour depth") { $0 == "depth 256" }
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus != nil })
        #expect(session.exitStatus == 0)
        Self.expectRestored(session)
    }

    @Test("NO_COLOR makes the terminal monochrome")
    func noColor() throws {
        let session = try Self.session(environment: ["NO_COLOR": "1"])
        defer { session.close() }
        _ = Self.waitForLog(session, "the colour depth") { $0 == "depth mono" }
    }

    // MARK: - Input

    static let keys: [(String, String)] = [
        ("C-s", "key ctrl-s"), ("C-q", "key ctrl-q"), ("Escape", "key esc"), ("M-x", "key alt-x"),
        ("BTab", "key shift-tab"), ("F5", "key f5"), ("Up", "key up"), ("NPage", "key pgdn"), ("Home", "key home"),
        ("End", "key end"), ("DC", "key del"), ("BSpace", "key backspace"), ("Enter", "key enter"), ("C-c", "key ctrl-c"),
        ("漢", "key 漢"),
    ]

    @Test("keys arrive as events: Ctrl-S and Ctrl-Q despite flow control, Esc apart from Alt, Shift-Tab")
    func keysArrive() throws {
        let session = try Self.session()
        defer { session.close() }
        guard Self.waitForLog(session, "ready", until: { $0.hasPrefix("ready") }) else { return }
        for (key, line) in Self.keys {
            try session.sendKeys(key)
            guard Self.waitForLog(session, line, until: { $0 == line }) else { return }
        }
        try session.paste("two\nlines")
        _ = Self.waitForLog(session, "the paste") { $0 == "paste two\\nlines" }
        let log = session.file("log.txt") ?? ""
        #expect(!log.contains("key [") && !log.contains("200~"), "a paste leaked as keys:\n\(log)")
    }

    @Test("a resize redraws the whole screen at the new size")
    func resize() throws {
        let session = try Self.session()
        defer { session.close() }
        guard session.waitForScreen("the harness", until: { $0.contains("READY") }) else { return }
        try session.resize(width: 100, height: 30)
        session.waitForScreen("the redraw at 100x30") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 30 && rows[29].contains("size 100x30") && rows[29].hasSuffix("READY")
                && screen.contains("漢字テスト")
        }
        _ = Self.waitForLog(session, "the resize event") { $0 == "resize 100x30" }
    }

    // MARK: - Restoring

    static let signals: [(Int32, String, Int)] = [(SIGTERM, "SIGTERM", 143), (SIGHUP, "SIGHUP", 129), (SIGINT, "SIGINT", 130)]

    @Test("a fatal signal restores the terminal and ends the process by that signal", arguments: signals)
    func signalRestores(signal: Int32, name: String, status: Int) throws {
        let session = try Self.session()
        defer { session.close() }
        guard session.waitForScreen("the harness", until: { $0.contains("READY") }),
            Self.waitForLog(session, "ready", until: { $0.hasPrefix("ready") })
        else { return }
        #expect(session.display("#{alternate_on}") == "1")
        kill(try Self.pid(session), signal)
        guard session.wait(until: { session.exitStatus != nil && session.file("stty.txt") != nil }) else {
            Issue.record("\(name): the harness did not end; screen:\n\(session.capture())")
            return
        }
        #expect(session.exitStatus == status)
        Self.expectRestored(session)
    }

    @Test("exit() on an error path, without stop(), still restores the terminal")
    func exitRestores() throws {
        let session = try Self.session()
        defer { session.close() }
        guard session.waitForScreen("the harness", until: { $0.contains("READY") }) else { return }
        try session.sendKeys("E")
        guard session.wait(until: { session.exitStatus != nil && session.file("stty.txt") != nil }) else {
            Issue.record("the harness did not exit; screen:\n\(session.capture())")
            return
        }
        #expect(session.exitStatus == 3)
        Self.expectRestored(session)
    }

    // MARK: - Traffic

    @Test("one changed cell costs a few dozen bytes, far less than a frame")
    func bytesPerCell() throws {
        let session = try Self.session(pipeOutput: true)
        defer { session.close() }
        guard session.waitForScreen("the harness", until: { $0.contains("READY") }) else { return }
        let firstFrame = session.waitForQuietOutput()
        try session.sendKeys("x")
        guard session.waitForScreen("the toggled cell", until: { $0.contains("cell: #") }) else { return }
        let oneCell = session.waitForQuietOutput() - firstFrame
        try session.sendKeys("x")
        guard session.waitForScreen("the cell toggled back", until: { $0.contains("cell: .") }) else { return }
        let bound = 64
        print("terminal bytes: first frame \(firstFrame), one cell \(oneCell)")
        #expect(oneCell > 0 && oneCell <= bound, "one cell cost \(oneCell) bytes")
        #expect(firstFrame > 4 * bound, "a full frame (\(firstFrame) bytes) must exceed the bound many times over")
    }
}
