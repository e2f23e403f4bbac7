import SecretsCore

// MARK: - AWS backend

/// Makes the AWS backend once AWS was selected: the one place the AWS client plugs into the CLI.
///
/// Failing here is a configuration problem (exit 253): no credentials, no region, a bad profile.
public typealias AWSBackendFactory = @Sendable (AWSSettings, CLIEnvironment) throws -> any SecretsBackend

/// The AWS backend seam's default while no AWS client is composed in.
public enum AWSBackendSeam {
    /// Says the AWS backend is not built yet (exit 253).
    public static let notBuilt: AWSBackendFactory = { _, _ in
        throw LocalError.configuration(
            "the AWS backend is not built yet; use --vault PATH, or unset the AWS settings to use the default vault")
    }
}

// MARK: - TUI

/// What the TUI is opened with.
public struct TUILaunch: Sendable {
    /// The global options of the command line (backend, read-only, colour).
    public var globals: GlobalOptions
    /// The process environment and I/O.
    public var environment: CLIEnvironment
    /// Selects and opens the backend these options name (`connector.open(globals)`), or another one later.
    public var connector: BackendConnector
    /// The demo vault to open, with its passphrase, for `secretty demo`.
    public var demoVault: (path: String, passphrase: String)?
    /// The settings of the config file (theme, keys, read-only per profile).
    public var config: SecrettyConfig

    /// Creates a launch description.
    public init(
        globals: GlobalOptions, environment: CLIEnvironment, connector: BackendConnector,
        demoVault: (path: String, passphrase: String)? = nil, config: SecrettyConfig = SecrettyConfig()
    ) {
        self.globals = globals
        self.environment = environment
        self.connector = connector
        self.demoVault = demoVault
        self.config = config
    }

    /// Why writing is off (`--read-only`, `profile prod in config.yaml`), or `nil` when it is not.
    public func readOnlyReason() -> String? {
        readOnlyReason(choice: try? connector.choice(globals))
    }

    /// `readOnlyReason()` for a backend selection already made (`nil`: the options select nothing).
    func readOnlyReason(choice selection: @autoclosure () -> BackendChoice?) -> String? {
        if globals.readOnly { return "--read-only" }
        if let demoVault {
            // The demo vault follows the top-level setting only.
            return config.readOnly
                ? config.readOnlyReason(for: .vault(path: demoVault.path, explicit: true), environment: [:]) : nil
        }
        guard let choice = selection() else { return nil }
        return config.readOnlyReason(for: choice, environment: environment.variables)
    }
}

/// Runs the TUI and returns the process exit code: the one place the TUI plugs into the CLI.
public typealias TUIRunner = @Sendable (TUILaunch) async throws -> Int32

/// The TUI seam's default while no TUI is composed in.
public enum TUISeam {
    /// Says the TUI is not built yet (exit 255); `secretty demo` prints a summary instead.
    public static let notBuilt: TUIRunner = { _ in
        throw TUINotBuilt()
    }
}

/// The TUI is not composed into this build.
public struct TUINotBuilt: CategorizedError {
    public var category: ErrorCategory { .failure }
    public var summary: String { "the TUI is not built yet; use the aws secretsmanager operations (secretty help)" }
    /// Creates the error.
    public init() {}
}

// MARK: - Query

/// Compiles a `--query` JMESPath expression into a function over the response (errors are usage errors).
public typealias QueryCompiler = @Sendable (String) throws -> @Sendable (JSONValue) throws -> JSONValue

/// The query seam's implementations.
public enum QuerySeam {
    /// JMESPath, as the aws CLI's `--query` takes it (unsupported constructs exit 252 naming them).
    public static let jmesPath: QueryCompiler = { expression in
        let compiled = try JMESPathExpression(expression)
        return { value in try compiled.evaluate(value) }
    }

    /// Refuses every `--query` (exit 252), for builds and tests without a query language.
    public static let unavailable: QueryCompiler = { expression in
        throw LocalError.usage("--query is not available in this build (expression: \(expression))")
    }
}
