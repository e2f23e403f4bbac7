import Foundation
import SecretsApp
import SecretsCore
import SecrettyCLI

/// The TUI seam of the CLI: `secretty` on a terminal, `secretty tui` and `secretty demo` come here.
enum TUIComposition {
    /// The runner the CLI calls with its launch description.
    static func runner(random: any RandomSource) -> SecrettyCLI.TUIRunner {
        { launch in
            guard launch.environment.stdinIsTerminal, launch.environment.stdoutIsTerminal else {
                throw LocalError.usage("the TUI needs a terminal on standard input and output")
            }
            let appearance = try TUISettings(launch: launch)
            let backend: any SecretsBackend
            if let demo = launch.demoVault {
                backend = try await launch.connector.vault.open(path: demo.path, passphrase: demo.passphrase)
            } else if case .vault(let path, _) = try launch.connector.choice(launch.globals),
                let passphrase = try await VaultCreationOffer(
                    environment: launch.environment, vault: launch.connector.vault
                ).createIfMissing(path: path, passphraseFile: launch.globals.passphraseFile)
            {
                backend = try await launch.connector.vault.open(path: path, passphrase: passphrase)
            } else {
                backend = try await launch.connector.open(launch.globals)
            }
            let globals = launch.globals
            let connector = switchConnector(launch.connector)
            return try await TerminalApp.run(TerminalApp.Options(
                backend: backend,
                readOnlyReason: launch.readOnlyReason().map { "read-only (\($0))" },
                settings: appearance,
                environment: terminalEnvironment(launch),
                openBackend: { target in try await openSwitched(target, globals: globals, connector: connector) },
                random: random))
        }
    }

    /// The environment the terminal is started with: `--color off` is `NO_COLOR`.
    static func terminalEnvironment(_ launch: TUILaunch) -> [String: String] {
        var variables = launch.environment.variables
        if launch.globals.color == .off { variables["NO_COLOR"] = "1" }
        return variables
    }

    /// The connector for `:vault`, `:profile` and `:region`: the same, except that it never prompts on the
    /// terminal, which the TUI holds; a passphrase that no file or environment source gives is asked for by
    /// the TUI itself (see `openSwitched`).
    static func switchConnector(_ connector: BackendConnector) -> BackendConnector {
        var environment = connector.environment
        environment.promptSecret = { _ in throw TerminalHeld() }
        environment.writeError = { _ in }
        return BackendConnector(environment: environment, awsBackend: connector.awsBackend, vault: connector.vault)
    }

    /// The prompt of a switch found the terminal held by the TUI.
    private struct TerminalHeld: Error {}

    /// Opens the backend of a `:profile`, `:region` or `:vault` command. A vault that needs a typed passphrase
    /// is `PassphraseRequired`: the TUI asks for it in a masked prompt and comes back with `.unlockVault`.
    static func openSwitched(_ target: BackendSwitch, globals: GlobalOptions, connector: BackendConnector)
        async throws -> any SecretsBackend
    {
        switch target {
        case .unlockVault(let path, let passphrase):
            try connector.requireVault(at: path)
            return try await connector.vault.open(path: path, passphrase: passphrase)
        case .vault(let path):
            do {
                return try await connector.open(options(globals, switchingTo: target))
            } catch is TerminalHeld {
                throw PassphraseRequired(path: path)
            }
        case .profile, .region:
            return try await connector.open(options(globals, switchingTo: target))
        }
    }

    /// The global options after a `:profile`, `:region` or `:vault` command.
    static func options(_ globals: GlobalOptions, switchingTo target: BackendSwitch) -> GlobalOptions {
        var next = globals
        switch target {
        case .profile(let name):
            next.vault = nil
            next.profile = name
        case .region(let name):
            next.vault = nil
            next.region = name
        case .vault(let path), .unlockVault(let path, _):
            next.vault = path
            next.profile = nil
            next.region = nil
            next.endpointURL = nil
        }
        return next
    }
}
