import Foundation
import SecretsApp
import SecretsCore
import TerminalUI
import TestSupport
import Testing

@Suite("TUI loop")
struct TUILoopTests {
    func makeLoop(_ backend: CountingBackend, timers: ManualTimers, environment: [String: String] = [:])
        -> (TUILoop, ScriptedTerminal)
    {
        let terminal = ScriptedTerminal()
        let services = TUILoop.Services(
            openBackend: { _ in throw LocalError.configuration("no other backend here") },
            loadTheme: { name in
                guard name == "default" else { throw LocalError.configuration("no theme \(name)") }
                return .builtInDefault
            },
            sleep: { try await timers.sleep($0) }, random: SeededRandomSource(seed: 1), environment: environment)
        let loop = TUILoop(
            state: AppState(backendName: "counting", size: terminal.size), backend: backend, theme: .builtInDefault,
            terminal: terminal, services: services)
        return (loop, terminal)
    }

    /// Steps the loop until `condition` holds (polling with a deadline).
    func step(_ loop: TUILoop, until condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            loop.step()
            if condition() { return true }
            await Task.yield()
        }
        return condition()
    }

    @Test("a hanging request leaves the loop drawing with a spinner; Esc cancels it")
    func neverBlocks() async throws {
        let harness = try await AppHarness()
        let backend = CountingBackend(harness.backend)
        backend.hangListing = true
        let (loop, terminal) = makeLoop(backend, timers: ManualTimers())
        loop.dispatch(.start)
        #expect(await step(loop) { loop.state.spinnerFrame >= 2 })
        #expect(terminal.frames.count >= 2)
        #expect(loop.state.isBusy)
        terminal.push(.key(.escape))
        #expect(await step(loop) { !loop.state.isBusy })
        #expect(loop.state.message?.text == "cancelled")
    }

    @Test("holding j moves the list at once and loads details only for where it rests")
    func heldDown() async throws {
        let harness = try await AppHarness()
        let backend = CountingBackend(harness.backend)
        let timers = ManualTimers()
        let (loop, terminal) = makeLoop(backend, timers: timers)
        loop.dispatch(.start)
        #expect(await step(loop) { loop.state.details?.value != nil && !loop.state.isBusy })
        let gets = backend.count("get")
        for _ in 0..<3 { terminal.push(.key(.char("j"))) }
        #expect(await step(loop) { loop.state.secrets.selection == 3 && timers.count == 3 })
        #expect(backend.count("get") == gets)
        #expect(terminal.lastFrame?.textGrid.contains("prod/db/postgres") == true)
        timers.fireAll()
        #expect(await step(loop) { loop.state.details?.name == "prod/db/postgres" && !loop.state.isBusy })
        #expect(backend.count("get") == gets + 1)
    }

    @Test("y writes OSC 52 to the terminal: plain in tmux, DCS-wrapped in screen; the clear follows the timer")
    func clipboard() async throws {
        for (environment, prefix) in [(["TMUX": "/tmp/tmux-0/default,1,0"], "\u{1B}]52;c;"), (["STY": "1.pts"], "\u{1B}P\u{1B}]52;c;")] {
            let harness = try await AppHarness()
            let timers = ManualTimers()
            let (loop, terminal) = makeLoop(CountingBackend(harness.backend), timers: timers, environment: environment)
            loop.dispatch(.start)
            #expect(await step(loop) { loop.state.details?.value != nil && !loop.state.isBusy })
            loop.dispatch(.input(.key(.char("y"))))
            #expect(terminal.raw.first?.hasPrefix(prefix) == true)
            #expect(terminal.raw.first?.contains(Data("AAH+/0E=".utf8).base64EncodedString()) == true)
            #expect(await step(loop) { timers.count == 1 })
            timers.fireAll()
            #expect(await step(loop) { terminal.raw.count == 2 })
            #expect(terminal.raw.last == Clipboard.clearSequence(multiplexer: Clipboard.multiplexer(environment: environment)))
        }
    }

    @Test(":theme with an unknown name reports the error; q ends run()")
    func themeAndQuit() async throws {
        let harness = try await AppHarness()
        let (loop, terminal) = makeLoop(CountingBackend(harness.backend), timers: ManualTimers())
        for character in ":theme nope" { terminal.push(.char(character)) }
        terminal.push(.key(.enter))
        terminal.push(.char("q"))
        let final = loop.run()
        #expect(final.hasQuit)
        #expect(final.message?.text.contains("no theme nope") == true)
    }
}

@Suite("OSC 52")
struct ClipboardTests {
    @Test("the multiplexer comes from TMUX, STY or TERM", arguments: [
        (["TMUX": "x"], Clipboard.Multiplexer.tmux),
        (["TMUX": "x", "STY": "y"], .tmux),
        (["STY": "1.pts-0"], .screen),
        (["TERM": "screen-256color"], .screen),
        (["TERM": "xterm-256color"], .none),
        ([:], .none),
    ])
    func multiplexer(environment: [String: String], expected: Clipboard.Multiplexer) {
        #expect(Clipboard.multiplexer(environment: environment) == expected)
    }

    @Test("plain and screen sequences; the size cap refuses")
    func sequences() {
        #expect(Clipboard.copySequence("hi", multiplexer: .tmux) == "\u{1B}]52;c;aGk=\u{07}")
        let long = String(repeating: "a", count: 200)
        let wrapped = Clipboard.copySequence(long, multiplexer: .screen)!
        let chunks = wrapped.components(separatedBy: "\u{1B}\\").filter { !$0.isEmpty }
        #expect(chunks.count > 1)
        #expect(chunks.allSatisfy { $0.hasPrefix("\u{1B}P") && $0.utf8.count <= 78 })
        #expect(chunks.map { String($0.dropFirst(2)) }.joined() == Clipboard.copySequence(long, multiplexer: .none))
        #expect(Clipboard.copySequence(long, multiplexer: .none, limitBytes: 199) == nil)
    }
}
