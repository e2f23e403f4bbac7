import CursesTerminal
import Foundation
import SecretsApp
import SecretsCore
import SecrettyCLI
import TerminalUI

/// Opens the TUI on a backend: the app state from the options, the real terminal, the loop on its own thread.
enum TerminalApp {
    /// What the TUI starts with.
    struct Options: Sendable {
        /// The backend to browse.
        var backend: any SecretsBackend
        /// Whether writing is off, and why.
        var readOnlyReason: String?
        /// The theme, the themes' folders and the keymap.
        var settings: TUISettings
        /// The environment (`NO_COLOR`, `TMUX`, `STY`, `TERM`).
        var environment: [String: String]
        /// Opens the backend a `:profile`, `:region` or `:vault` command names.
        var openBackend: @Sendable (BackendSwitch) async throws -> any SecretsBackend
        /// Randomness for ClientRequestTokens.
        var random: any RandomSource
    }

    /// Runs the TUI until it quits and returns the exit status (0).
    static func run(_ options: Options) async throws -> Int32 {
        let settings = options.settings
        let theme = settings.theme
        var state = AppState(
            backendName: options.backend.displayName, size: Size(width: 80, height: 24), keymap: settings.keymap,
            isReadOnly: options.readOnlyReason != nil, readOnlyReason: options.readOnlyReason ?? "read-only mode",
            timeZone: CLIEnvironment.localTimeZone(options.environment))
        state.themeName = theme.name
        let environment = options.environment
        let services = TUILoop.Services(
            openBackend: options.openBackend,
            loadTheme: { name in try settings.search.theme(named: name) },
            random: options.random, environment: environment)
        let lifecycle = TUIHost.TerminalLifecycle(
            start: { theme in try CursesDevice.start(theme: theme, environment: environment) },
            stop: { device in (device as? CursesDevice)?.terminal.stop() })
        _ = try await TUIHost.run(
            state: state, backend: options.backend, theme: theme, terminal: lifecycle, services: services)
        return 0
    }
}
