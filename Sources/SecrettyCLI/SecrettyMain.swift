import ArgumentParser
import Foundation
import SecretsCore
import SecrettyCrypto

/// The command-line entry point.
public enum SecrettyMain {
    /// The pieces the executable composes in: where the AWS client, the vault, `--query` and the TUI plug in.
    public struct Seams: Sendable {
        /// Makes the AWS backend once AWS was selected.
        public var awsBackend: AWSBackendFactory
        /// Creates and opens vaults.
        public var vault: any VaultAccess
        /// Compiles `--query` expressions.
        public var query: QueryCompiler
        /// Runs the TUI.
        public var tui: TUIRunner
        /// Randomness for ClientRequestTokens and demo data.
        public var random: any RandomSource
        /// Library set-up that a command's first request needs; a second thread runs it after reading the
        /// environment, while the main thread is still parsing the command line.
        public var prepare: @Sendable () -> Void

        /// Creates the seams; every default says plainly what is not built in.
        public init(
            awsBackend: @escaping AWSBackendFactory = AWSBackendSeam.notBuilt,
            vault: any VaultAccess = VaultModuleAccess(),
            query: @escaping QueryCompiler = QuerySeam.jmesPath,
            tui: @escaping TUIRunner = TUISeam.notBuilt,
            random: any RandomSource = SecureRandom(),
            prepare: @escaping @Sendable () -> Void = {}
        ) {
            self.awsBackend = awsBackend
            self.vault = vault
            self.query = query
            self.tui = tui
            self.random = random
            self.prepare = prepare
        }
    }

    /// Parses the process's command line, runs it and exits with the aws CLI v2 exit code.
    ///
    /// The main thread scans the global options and parses the rest, then loads OpenSSL's digests, which every
    /// backend uses. Meanwhile a second thread reads the environment, runs `seams.prepare` and prepares what the
    /// global options decide: the config file and an operation's backend. The command's task then runs on the
    /// main thread (`CallingThreadExecutor`).
    public static func main(seams: Seams = Seams()) -> Never {
        let scanned = ParsedCommandLine.scan(Array(CommandLine.arguments.dropFirst()))
        let groundwork = Handoff<(Invocation, Invocation.Groundwork)>()
        DetachedThread.start(onAnotherCPU: true) {
            let invocation = Invocation(environment: CLIEnvironment.process(), seams: seams)
            seams.prepare()
            groundwork.supply((invocation, invocation.groundwork(for: scanned)))
        }
        let commandLine = ParsedCommandLine(scanned: scanned)
        CryptoLibrary.warmUp()
        let executor = CallingThreadExecutor()
        let box = ExitCodeBox()
        Task(executorPreference: executor) {
            let (invocation, prepared) = await groundwork.value
            box.code = await invocation.run(commandLine, groundwork: prepared)
            executor.finish()
        }
        executor.run()
        exit(box.code)
    }

    /// Runs one command line and returns its exit code; everything it prints goes through `environment`.
    public static func run(arguments: [String], environment: CLIEnvironment, seams: Seams) async -> Int32 {
        let invocation = Invocation(environment: environment, seams: seams)
        return await invocation.run(arguments)
    }
}

/// Carries the exit code out of the task that ran the command.
private final class ExitCodeBox: @unchecked Sendable {
    var code: Int32 = 0
}
