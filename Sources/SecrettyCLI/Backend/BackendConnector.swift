import Foundation
import SecretsCore

/// Opens the backend a command line selects: the selection rules, the passphrase sources and the vault or AWS
/// seam, in one place the CLI and the TUI share.
public struct BackendConnector: Sendable {
    /// The process environment and I/O (notices go to its standard error).
    public let environment: CLIEnvironment
    /// Makes the AWS backend.
    public let awsBackend: AWSBackendFactory
    /// Opens vaults.
    public let vault: any VaultAccess

    /// Creates a connector.
    public init(environment: CLIEnvironment, awsBackend: @escaping AWSBackendFactory, vault: any VaultAccess) {
        self.environment = environment
        self.awsBackend = awsBackend
        self.vault = vault
    }

    /// The inputs of the selection rules, read through the environment.
    public var selectionInputs: BackendSelectionInputs {
        let env = environment
        return BackendSelectionInputs(
            environment: env.variables,
            readText: { path in env.readFile(path).flatMap { String(data: $0, encoding: .utf8) } },
            homeDirectory: env.homeDirectory)
    }

    /// Which backend these global options select (usage error for `--vault` with AWS options).
    public func choice(_ globals: GlobalOptions) throws -> BackendChoice {
        try BackendSelector.select(globals, selectionInputs)
    }

    /// Selects the backend these global options name and, for AWS, makes it: reading the environment and the
    /// shared files, never a connection, a prompt or a line of output. Failures are kept for `open(_:)`, so a
    /// command line can be prepared for before it is known to be valid.
    public func prepare(_ globals: GlobalOptions) -> PreparedBackend {
        let selected = Result { () throws -> PreparedBackend.Selected in
            switch try choice(globals) {
            case .aws(let settings, let reason):
                return .aws(settings, reason: reason, backend: Result { try awsBackend(settings, environment) })
            case .vault(let path, let explicit):
                return .vault(path: path, explicit: explicit)
            }
        }
        return PreparedBackend(globals: globals, selected: selected)
    }

    /// Opens the selected backend: AWS through its seam, or the vault (never created here; the default vault is
    /// named by one notice line on standard error).
    public func open(_ globals: GlobalOptions) async throws -> any SecretsBackend {
        try await open(prepare(globals))
    }

    /// Opens a backend prepared earlier: says which one with `--debug`, and unlocks a vault.
    public func open(_ prepared: PreparedBackend) async throws -> any SecretsBackend {
        let globals = prepared.globals
        switch try prepared.selected.get() {
        case .aws(_, let reason, let backend):
            debug(globals, "backend: AWS, selected by \(reason)")
            return try backend.get()
        case .vault(let path, let explicit):
            if !explicit { environment.writeError("secretty: using the default vault \(path)\n") }
            debug(globals, "backend: vault \(path)")
            try requireVault(at: path)
            let (passphrase, _) = try PassphraseResolver(environment: environment).passphrase(
                file: globals.passphraseFile)
            return try await vault.open(path: path, passphrase: passphrase)
        }
    }

    /// Fails with exit 253 naming `secretty vault init` when no file is at `path`.
    public func requireVault(at path: String) throws {
        guard environment.fileExists(path) else {
            throw LocalError.configuration("no vault at \(path); create one with `secretty vault init`")
        }
    }

    func debug(_ globals: GlobalOptions, _ message: String) {
        if globals.debug { environment.writeError("secretty: debug: \(message)\n") }
    }
}

/// A backend selected and, for AWS, made, but not yet opened: see `BackendConnector.prepare(_:)`.
public struct PreparedBackend: Sendable {
    /// What was selected, and the AWS backend as made.
    enum Selected {
        case aws(AWSSettings, reason: String, backend: Result<any SecretsBackend, any Error>)
        case vault(path: String, explicit: Bool)

        var choice: BackendChoice {
            switch self {
            case .aws(let settings, let reason, _): .aws(settings, reason: reason)
            case .vault(let path, let explicit): .vault(path: path, explicit: explicit)
            }
        }
    }

    /// The global options it was prepared for.
    let globals: GlobalOptions
    /// The selection, or why the options select nothing.
    let selected: Result<Selected, any Error>

    /// What the global options select; `nil` when they select nothing.
    var choice: BackendChoice? { try? selected.get().choice }
}
