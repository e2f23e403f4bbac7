import Foundation
import SecretsApp
import SecretsCore
import TerminalUI
import TestSupport
import Testing

/// Where theme names are looked up, the built-in fallback, `:theme` in the running loop, and configured keys.
@Suite("Theme search path and configured keys")
struct ThemeSearchPathTests {
    /// A scratch folder with a few theme folders in it.
    final class Scratch {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: root) }

        /// Creates `relative` and copies the repository's theme `name` into it, renamed `as`.
        func theme(_ name: String, in relative: String, as newName: String? = nil) throws {
            let folder = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var text = try String(
                contentsOf: ThemeFileTests.themesDirectory.appendingPathComponent(name + ".yaml"), encoding: .utf8)
            if let newName { text = text.replacingOccurrences(of: "name: \(name)", with: "name: \(newName)") }
            try text.write(
                to: folder.appendingPathComponent((newName ?? name) + ".yaml"), atomically: true, encoding: .utf8)
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

        func search(themesDirectory: String? = nil, dataHome: String? = nil, executable: String? = nil)
            -> ThemeSearchPath
        {
            ThemeSearchPath(
                themesDirectory: themesDirectory,
                environment: dataHome.map { ["XDG_DATA_HOME": path($0)] } ?? [:],
                homeDirectory: path("home"), executable: executable.map { URL(fileURLWithPath: path($0)) },
                exists: { FileManager.default.fileExists(atPath: $0) })
        }
    }

    @Test("the order is themes_dir, XDG data, PREFIX/share, then the checkout's Themes")
    func order() throws {
        let scratch = try Scratch()
        try scratch.theme("light", in: "mine")
        try scratch.theme("light", in: "data/secretty/themes")
        try scratch.theme("light", in: "prefix/share/secretty/themes")
        try scratch.theme("light", in: "repo/Themes")
        try FileManager.default.createDirectory(
            atPath: scratch.path("repo/.build/x86_64-unknown-linux-gnu/debug"), withIntermediateDirectories: true)
        let installed = scratch.search(
            themesDirectory: scratch.path("mine"), dataHome: "data", executable: "prefix/bin/secretty")
        #expect(
            installed.directories.map(\.path) == [
                scratch.path("mine"), scratch.path("data/secretty/themes"),
                scratch.path("prefix/share/secretty/themes"),
            ])
        let built = scratch.search(executable: "repo/.build/x86_64-unknown-linux-gnu/debug/secretty")
        #expect(built.directories.map(\.path) == [scratch.path("repo/Themes")])
        // ~ in themes_dir is the home directory; the user's data home defaults to ~/.local/share.
        try scratch.theme("monochrome", in: "home/t")
        try scratch.theme("monochrome", in: "home/.local/share/secretty/themes")
        #expect(
            scratch.search(themesDirectory: "~/t").directories.map(\.path) == [
                scratch.path("home/t"), scratch.path("home/.local/share/secretty/themes"),
            ])
    }

    @Test("the first folder with the name wins")
    func firstMatchWins() throws {
        let scratch = try Scratch()
        try scratch.theme("monochrome", in: "mine", as: "custom")
        try scratch.theme("light", in: "data/secretty/themes", as: "custom")
        try scratch.theme("light", in: "data/secretty/themes")
        let search = scratch.search(themesDirectory: scratch.path("mine"), dataHome: "data")
        let custom = try search.theme(named: "custom")
        let mono = try ThemeLoader.named("monochrome", in: [ThemeFileTests.themesDirectory])
        #expect(custom.styles == mono.styles)
        #expect(try search.theme(named: "light").name == "light")
    }

    @Test("without any folder only the built-in default is there, and other names say what is known")
    func fallback() throws {
        let scratch = try Scratch()
        let search = scratch.search(dataHome: "nothing", executable: "nowhere/bin/secretty")
        #expect(search.directories.isEmpty)
        #expect(try search.theme(named: "default") == .builtInDefault)
        #expect(throws: ThemeError.self) { try search.theme(named: "light") }
        do {
            _ = try search.theme(named: "light")
        } catch {
            #expect(error.message == "no theme 'light' (known: default)")
        }
    }

    // MARK: - :theme

    @Test(":theme switches in the running loop; an unknown name stays in the status line")
    func themeCommand() async throws {
        let harness = try await AppHarness(seed: false)
        let terminal = ScriptedTerminal()
        let search = ThemeSearchPath(
            themesDirectory: ThemeFileTests.themesDirectory.path, environment: [:], homeDirectory: "/nonexistent",
            executable: nil, exists: { FileManager.default.fileExists(atPath: $0) })
        let services = TUILoop.Services(
            openBackend: { _ in throw LocalError.configuration("no other backend here") },
            loadTheme: { name in try search.theme(named: name) },
            sleep: { try await ManualTimers().sleep($0) }, random: SeededRandomSource(seed: 1), environment: [:])
        let loop = TUILoop(
            state: AppState(backendName: "memory", size: terminal.size), backend: harness.backend,
            theme: .builtInDefault, terminal: terminal, services: services)
        func command(_ line: String) {
            loop.dispatch(.input(.char(":")))
            for character in line { loop.dispatch(.input(.char(character))) }
            loop.dispatch(.input(.key(.enter)))
        }
        command("theme solarized-dark")
        #expect(loop.state.themeName == "solarized-dark")
        #expect(loop.state.message?.text == "theme solarized-dark")
        command("theme nope")
        #expect(loop.state.themeName == "solarized-dark")
        #expect(loop.state.message?.role == .error)
        #expect(loop.state.message?.text.hasPrefix("theme nope: no theme 'nope' (known: default, ") == true)
        #expect(!loop.state.hasQuit)
    }

    // MARK: - Keys

    @Test("config keys remap bindings; unknown ids and key names name the file and key path")
    func configuredKeys() throws {
        let keymap = try AppKeymap.configured([AppKeymap.edit: ["E"]], file: "/c/config.yaml")
        #expect(keymap.binding(id: AppKeymap.edit)?.keys == [Key(name: "E")!])
        #expect(throws: LocalError.self) { try AppKeymap.configured(["frobnicate": ["x"]], file: "/c/config.yaml") }
        do {
            _ = try AppKeymap.configured([AppKeymap.edit: ["hyper-x"]], file: "/c/config.yaml")
        } catch {
            #expect(error.summary == "/c/config.yaml: keys.\(AppKeymap.edit): unknown key 'hyper-x'")
        }
        do {
            _ = try AppKeymap.configured(["frobnicate": ["x"]], file: "/c/config.yaml")
        } catch {
            #expect(error.summary.hasPrefix("/c/config.yaml: keys.frobnicate: unknown binding (known: "))
        }
    }

    @Test("read-only from a profile shows its reason where a writing binding is pressed")
    func readOnlyReason() async throws {
        let app = try await AppHarness(readOnly: true)
        app.state.readOnlyReason = "read-only (profile prod in config.yaml)"
        await app.start()
        await app.press(AppKeymap.edit)
        #expect(app.state.message?.text == "edit the secret: disabled (read-only (profile prod in config.yaml))")
    }
}
