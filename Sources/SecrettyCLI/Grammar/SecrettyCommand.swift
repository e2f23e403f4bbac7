import ArgumentParser
import SecretsCore

/// The root of the grammar: `secretty [global options] OPERATION [options]`.
///
/// Global options are taken out of the command line by `GlobalOptionScanner` before this parses the rest, so
/// they are accepted before or after the operation, as the aws CLI accepts them.
struct SecrettyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "secretty",
        abstract: "AWS Secrets Manager from the terminal, with an embedded encrypted vault.",
        discussion: """
            Global options, before or after the operation: --vault PATH, --endpoint-url URL, --profile NAME, --region NAME, --output json|text|table, --query EXPR, --read-only, --passphrase-file PATH, --no-paginate, --no-cli-pager, --no-cli-auto-prompt, --color on|off|auto, --cli-binary-format base64|raw-in-base64-out, --ca-bundle PATH, --no-verify-ssl, --cli-read-timeout N, --cli-connect-timeout N, --debug.

            Values: a literal, file://PATH (text), fileb://PATH (bytes), or - for standard input.
            """,
        subcommands: operationCommands.map { $0 } + [VaultCommand.self, DemoCommand.self, TUICommand.self])

    /// Every operation command, in the order of the product brief.
    static let operationCommands: [any OperationCommand.Type] = [
        CreateSecretCommand.self, PutSecretValueCommand.self, GetSecretValueCommand.self, DescribeSecretCommand.self,
        ListSecretsCommand.self, ListSecretVersionIdsCommand.self, UpdateSecretVersionStageCommand.self,
        UpdateSecretCommand.self, DeleteSecretCommand.self, RestoreSecretCommand.self, TagResourceCommand.self,
        UntagResourceCommand.self, GetRandomPasswordCommand.self, BatchGetSecretValueCommand.self,
    ]

    /// The operation command called `name`, or `nil` when no operation is.
    static func operationCommand(named name: String) -> (any OperationCommand.Type)? {
        operationCommands.first { $0.configuration.commandName == name }
    }

    /// The parsed command as an operation, or `nil` for a housekeeping or built-in command. Found by its type in
    /// `operationCommands` rather than by a cast to the protocol, which searches the runtime's conformance
    /// tables on first use.
    static func operation(_ command: any ParsableCommand) -> (any OperationCommand)? {
        let parsedType = ObjectIdentifier(type(of: command))
        guard let type = operationCommands.first(where: { ObjectIdentifier($0) == parsedType }) else { return nil }
        func open<Operation: OperationCommand>(_: Operation.Type) -> any OperationCommand { command as! Operation }
        return open(type)
    }
}

// MARK: - Housekeeping commands

/// `secretty vault init|passwd|check|history`.
struct VaultCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vault", abstract: "Create and look after a vault.",
        subcommands: [VaultInitCommand.self, VaultPasswdCommand.self, VaultCheckCommand.self, VaultHistoryCommand.self])
}

/// `secretty vault init`: creates a vault, asking for the passphrase twice on a terminal.
struct VaultInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a new vault.")

    @Option(parsing: .unconditional, help: "scrypt cost as log2(N), 10 to 20.") var kdfLogN: Int?
    @Option(parsing: .unconditional, help: "The region the vault's ARNs carry (default us-east-1).") var vaultRegion =
        "us-east-1"
    @Option(parsing: .unconditional, help: "The account id the vault's ARNs carry (default 000000000000).")
    var vaultAccount = "000000000000"

    func validate() throws {
        if let kdfLogN, !(10...20).contains(kdfLogN) {
            throw ValidationError("--kdf-log-n must be between 10 and 20, got \(kdfLogN)")
        }
        guard vaultAccount.count == 12, vaultAccount.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ValidationError("--vault-account must be 12 digits, got '\(vaultAccount)'")
        }
        guard !vaultRegion.isEmpty,
            vaultRegion.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        else {
            throw ValidationError("--vault-region must look like us-east-1, got '\(vaultRegion)'")
        }
    }
}

/// `secretty vault passwd`: changes the vault passphrase.
struct VaultPasswdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "passwd", abstract: "Change the vault passphrase.")

    @Option(parsing: .unconditional, help: "A file holding the new passphrase.") var newPassphraseFile: String?
}

/// `secretty vault check`: verifies every row and prints the vault's partition, region and account.
struct VaultCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the vault's integrity.")
}

/// `secretty vault history --secret-id ID`: prints the journal of label moves.
struct VaultHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Print the staging-label journal of a secret.")

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String
}

/// `secretty demo`: opens (creating on first run) a demo vault with realistic secrets.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Open a demo vault with sample secrets.")
}

/// `secretty tui`: opens the terminal UI.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tui", abstract: "Open the terminal UI.")
}
