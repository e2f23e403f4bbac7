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
        /// Library set-up that a command's first request needs; the command's task runs it after reading the
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

    /// Parses the process's command line, runs it and exits with the aws CLI v2 exit code. The main thread parses
    /// the command line while the command's task reads the environment and runs `seams.prepare`; then, unless the
    /// command has already finished, it loads OpenSSL's digests, which every backend uses, while the command runs.
    public static func main(seams: Seams = Seams()) -> Never {
        let commandLine = Handoff<ParsedCommandLine>()
        let box = ExitCodeBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            let invocation = Invocation(environment: CLIEnvironment.process(), seams: seams)
            seams.prepare()
            box.code = await invocation.run(await commandLine.value)
            done.signal()
        }
        commandLine.supply(ParsedCommandLine(Array(CommandLine.arguments.dropFirst())))
        if done.wait(timeout: .now()) == .timedOut {
            CryptoLibrary.warmUp()
            done.wait()
        }
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
