import ArgumentParser
import Foundation
import SecretsCore

/// One run of the CLI: parse, select the backend, call, print, and map every failure to its exit code.
struct Invocation {
    let environment: CLIEnvironment
    let seams: SecrettyMain.Seams

    // MARK: - Entry

    func run(_ arguments: [String]) async -> Int32 {
        let commandLine = ParsedCommandLine(arguments)
        return await run(commandLine, groundwork: groundwork(for: commandLine.scanned))
    }

    /// What a run needs that its global options decide: the config file, and for an operation the backend,
    /// prepared as far as `BackendConnector.prepare` goes (no connection, prompt or output). `SecrettyMain.main`
    /// makes it while the main thread parses the rest; failures wait in it for the point where they are reported.
    struct Groundwork: Sendable {
        let config: Result<SecrettyConfig, LocalError>
        let backend: PreparedBackend?
    }

    func groundwork(for scanned: ParsedCommandLine.Scan) -> Groundwork {
        let config = Result { () throws(LocalError) in try ConfigLoader.load(environment: environment) }
        guard case .success(let words) = scanned, let first = words.rest.first,
            SecrettyCommand.operationCommand(named: first) != nil
        else { return Groundwork(config: config, backend: nil) }
        return Groundwork(config: config, backend: connector.prepare(words.globals))
    }

    func run(_ commandLine: ParsedCommandLine, groundwork: Groundwork) async -> Int32 {
        do {
            return try await dispatch(commandLine, groundwork: groundwork)
        } catch let error as ServiceError {
            // Operations word their refusals with the operation's name; this is a refusal outside any operation
            // (a vault whose header fails its integrity check during housekeeping).
            environment.writeError(TerminalSafety.visible(error.summary) + "\n")
            return error.category.rawValue
        } catch let error as any CategorizedError {
            report(error)
            return error.category.rawValue
        } catch {
            environment.writeError("secretty: error: \(TerminalSafety.visible(String(describing: error)))\n")
            return ErrorCategory.failure.rawValue
        }
    }

    private func report(_ error: any CategorizedError) {
        environment.writeError("secretty: error: \(TerminalSafety.visible(error.summary))\n")
    }

    private func dispatch(_ commandLine: ParsedCommandLine, groundwork: Groundwork) async throws -> Int32 {
        let (globals, rest) = try commandLine.scanned.get()
        let config = try groundwork.config.get()
        if rest.isEmpty {
            guard environment.stdinIsTerminal, environment.stdoutIsTerminal else {
                throw LocalError.usage(
                    "an operation is required (for example: secretty list-secrets); see secretty --help")
            }
            return try await seams.tui(
                TUILaunch(globals: globals, environment: environment, connector: connector, config: config))
        }
        if let first = rest.first, !first.hasPrefix("-"), !Self.commandNames.contains(first) {
            let suggestion = Self.closestCommand(to: first).map { "; did you mean \($0)?" } ?? ""
            throw LocalError.usage("argument operation: Invalid choice '\(first)'\(suggestion) (see secretty --help)")
        }
        let command: any ParsableCommand
        do {
            command = try (commandLine.command ?? ParsedCommandLine.parse(rest)).get()
        } catch {
            if SecrettyCommand.exitCode(for: error) == .success {
                environment.writeOutput(SecrettyCommand.fullMessage(for: error) + "\n")
                return 0
            }
            throw LocalError.usage(Self.oneLine(SecrettyCommand.message(for: error)))
        }
        if let operation = SecrettyCommand.operation(command) {
            return try await runOperation(
                operation, globals: globals, config: config, backend: groundwork.backend ?? connector.prepare(globals))
        }
        switch command {
        case let initCommand as VaultInitCommand:
            return try await vaultInit(initCommand, globals: globals)
        case let passwd as VaultPasswdCommand:
            return try await vaultPasswd(passwd, globals: globals)
        case is VaultCheckCommand:
            return try await vaultCheck(globals: globals)
        case let history as VaultHistoryCommand:
            return try await vaultHistory(history, globals: globals)
        case is DemoCommand:
            return try await demo(globals: globals, config: config)
        case is TUICommand:
            return try await seams.tui(
                TUILaunch(globals: globals, environment: environment, connector: connector, config: config))
        default:
            // ArgumentParser's own commands (`help`): running them throws the help text as a clean exit.
            var builtIn = command
            do {
                try builtIn.run()
            } catch {
                let code = SecrettyCommand.exitCode(for: error)
                if code == .success {
                    environment.writeOutput(SecrettyCommand.fullMessage(for: error) + "\n")
                    return 0
                }
                throw LocalError.usage(Self.oneLine(SecrettyCommand.message(for: error)))
            }
            return 0
        }
    }

    /// The operation and housekeeping command names, and ArgumentParser's `help`.
    static let commandNames: Set<String> = Set(
        SecrettyCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])

    /// The command name nearest to a misspelt one (edit distance at most 3).
    static func closestCommand(to word: String) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var previous = Array(0...b.count)
            for (i, ca) in a.enumerated() {
                var current = [i + 1]
                for (j, cb) in b.enumerated() {
                    current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
                }
                previous = current
            }
            return previous[b.count]
        }
        let scored = commandNames.map { ($0, distance(Array(word), Array($0))) }.filter { $0.1 <= 3 }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// ArgumentParser's message reduced to one line.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingWhitespace }.filter {
            !$0.isEmpty
        }
        var line = lines.first ?? message
        if line.hasPrefix("Error: ") { line = String(line.dropFirst("Error: ".count)) }
        return line
    }

    // MARK: - Operations

    private func runOperation(
        _ command: any OperationCommand, globals: GlobalOptions, config: SecrettyConfig, backend prepared: PreparedBackend
    ) async throws -> Int32 {
        let operation = type(of: command).operation
        let inputs = CallInputs(
            reader: ValueReader(environment: environment, binaryFormat: globals.binaryFormat), globals: globals,
            random: seams.random)
        let call = try command.makeCall(inputs)
        // Read-only mode refuses a well-formed write the way a policy would: exit 254, the code of a refused
        // call (as an AccessDeniedException would give), not 252, since the command line itself is valid.
        if operation.writes,
            let reason = TUILaunch(globals: globals, environment: environment, connector: connector, config: config)
                .readOnlyReason(choice: prepared.choice)
        {
            throw LocalError(.service, "read-only mode (\(reason)) refuses \(operation.rawValue) (\(operation.cliName))")
        }
        let query = try globals.query.map { try seams.query($0) }
        let response: JSONValue
        do {
            let backend = try await connector.open(prepared)
            response = try await call.perform(backend, JSONValueEncoder(dateStrategy: .awsCLI(environment.timeZone)))
        } catch let error as ServiceError {
            environment.writeError(TerminalSafety.visible(error.cliMessage(operation: operation)) + "\n")
            return error.category.rawValue
        }
        let shown = try query.map { try $0(response) } ?? response
        let renderer = OutputRenderer(
            format: globals.output, terminal: environment.stdoutIsTerminal,
            color: environment.colorEnabled(globals.color),
            terminalWidth: environment.terminalWidth)
        let text: String
        if globals.output == .text, call.operation == .listSecrets,
            let listText = try textForPagedList(response, query: query)
        {
            text = environment.stdoutIsTerminal ? listText.visibleTerminalText : listText
        } else {
            text = renderer.render(shown, operation: operation.rawValue)
        }
        environment.writeOutput(text)
        return 0
    }

    /// aws CLI v2's text output of a paginated operation: the result key, then `NEXTTOKEN` when cut short.
    private func textForPagedList(_ response: JSONValue, query: (@Sendable (JSONValue) throws -> JSONValue)?) throws
        -> String?
    {
        guard let list = response["SecretList"] else { return nil }
        let formatter = TextFormatter(sanitize: { $0 })
        var page = JSONValue.object([("SecretList", list)])
        if let query { page = try query(page) }
        var out = formatter.format(page)
        if let token = response["NextToken"] {
            var wrapper = JSONValue.object([("NextToken", .object([("NextToken", token)]))])
            if let query { wrapper = try query(wrapper) }
            out += formatter.format(wrapper)
        }
        return out
    }

    private var connector: BackendConnector {
        BackendConnector(environment: environment, awsBackend: seams.awsBackend, vault: seams.vault)
    }

    private var selectionInputs: BackendSelectionInputs { connector.selectionInputs }

    private func requireVault(at path: String) throws { try connector.requireVault(at: path) }

    // MARK: - Vault housekeeping

    /// The vault the housekeeping commands work on: `--vault PATH` or the default vault.
    private func housekeepingVaultPath(_ globals: GlobalOptions) throws -> String {
        let conflicting = [
            ("--endpoint-url", globals.endpointURL), ("--profile", globals.profile), ("--region", globals.region),
        ]
        .filter { $0.1 != nil }.map(\.0)
        if !conflicting.isEmpty {
            throw LocalError.usage(
                "secretty vault works on a vault; \(conflicting.joined(separator: ", ")) do not apply")
        }
        let inputs = selectionInputs
        return globals.vault.map(inputs.expand) ?? inputs.defaultVaultPath
    }

    private func vaultInit(_ command: VaultInitCommand, globals: GlobalOptions) async throws -> Int32 {
        let path = try housekeepingVaultPath(globals)
        if environment.fileExists(path) {
            throw LocalError.configuration("a vault already exists at \(path)")
        }
        let (passphrase, _) = try PassphraseResolver(environment: environment).passphrase(
            file: globals.passphraseFile, creating: true)
        let context = StoreContext(partition: "aws", region: command.vaultRegion, accountId: command.vaultAccount)
        try await seams.vault.create(path: path, passphrase: passphrase, context: context, kdfLogN: command.kdfLogN)
        environment.writeOutput(
            "Created vault \(path) (partition aws, region \(command.vaultRegion), account \(command.vaultAccount))\n")
        return 0
    }

    private func vaultPasswd(_ command: VaultPasswdCommand, globals: GlobalOptions) async throws -> Int32 {
        let path = try housekeepingVaultPath(globals)
        try requireVault(at: path)
        let resolver = PassphraseResolver(environment: environment)
        let (old, _) = try resolver.passphrase(file: globals.passphraseFile)
        let (new, _) = try resolver.newPassphrase(file: command.newPassphraseFile)
        try await seams.vault.changePassphrase(path: path, old: old, new: new)
        environment.writeOutput("Changed the passphrase of \(path)\n")
        return 0
    }

    private func vaultCheck(globals: GlobalOptions) async throws -> Int32 {
        let path = try housekeepingVaultPath(globals)
        try requireVault(at: path)
        let (passphrase, _) = try PassphraseResolver(environment: environment).passphrase(file: globals.passphraseFile)
        let report = try await seams.vault.check(path: path, passphrase: passphrase)
        var out =
            "Vault\t\(path)\nPartition\t\(report.partition)\nRegion\t\(report.region)\nAccount\t\(report.accountId)\n"
        for (name, value) in report.details { out += "\(name)\t\(value)\n" }
        if report.damagedRows.isEmpty {
            out += "Damaged\t0\n"
        } else {
            out += "Damaged\t\(report.damagedRows.count)\n"
            for row in report.damagedRows { out += "DAMAGED\t\(row)\n" }
        }
        environment.writeOutput(environment.stdoutIsTerminal ? out.visibleTerminalText : out)
        return report.damagedRows.isEmpty ? 0 : ErrorCategory.service.rawValue
    }

    private func vaultHistory(_ command: VaultHistoryCommand, globals: GlobalOptions) async throws -> Int32 {
        let path = try housekeepingVaultPath(globals)
        try requireVault(at: path)
        let (passphrase, _) = try PassphraseResolver(environment: environment).passphrase(file: globals.passphraseFile)
        let moves: [LabelMove]
        do {
            moves = try await seams.vault.labelHistory(path: path, passphrase: passphrase, secretId: command.secretId)
        } catch let error as ServiceError {
            environment.writeError(TerminalSafety.visible(error.cliMessage(operation: .describeSecret)) + "\n")
            return error.category.rawValue
        }
        let entries = JSONValue.array(
            moves.map { move in
                .object([
                    ("Date", .string(AWSTimestampFormat.string(from: move.date, timeZone: environment.timeZone))),
                    ("Label", .string(move.label)),
                    ("FromVersionId", move.fromVersion.map(JSONValue.string) ?? .null),
                    ("ToVersionId", move.toVersion.map(JSONValue.string) ?? .null),
                    ("Operation", .string(move.operation)),
                ])
            })
        let value = JSONValue.object([("LabelMoves", entries)])
        let shown = try globals.query.map { try seams.query($0)(value) } ?? value
        let renderer = OutputRenderer(
            format: globals.output, terminal: environment.stdoutIsTerminal,
            color: environment.colorEnabled(globals.color),
            terminalWidth: environment.terminalWidth)
        environment.writeOutput(renderer.render(shown, operation: "LabelHistory"))
        return 0
    }

    // MARK: - Demo

    /// The demo vault's passphrase, printed by `secretty demo`.
    static let demoPassphrase = "secretty-demo"

    private func demo(globals: GlobalOptions, config: SecrettyConfig) async throws -> Int32 {
        let inputs = selectionInputs
        let path =
            globals.vault.map(inputs.expand)
            ?? (inputs.nonEmpty("XDG_DATA_HOME") ?? inputs.homeDirectory + "/.local/share") + "/secretty/demo.db"
        let backend: any SecretsBackend
        var created = false
        if environment.fileExists(path) {
            backend = try await seams.vault.open(path: path, passphrase: Self.demoPassphrase)
        } else {
            try await seams.vault.create(
                path: path, passphrase: Self.demoPassphrase, context: StoreContext(), kdfLogN: DemoDefaults.kdfLogN)
            backend = try await seams.vault.open(path: path, passphrase: Self.demoPassphrase)
            try await DemoSeeder(random: seams.random).seed(backend)
            created = true
        }
        environment.writeOutput(
            "Demo vault: \(path)\(created ? " (created)" : "")\nPassphrase: \(Self.demoPassphrase)\n")
        guard environment.stdinIsTerminal, environment.stdoutIsTerminal else {
            environment.writeOutput(try await demoSummary(backend, path: path, heading: "The demo vault holds:"))
            return 0
        }
        do {
            return try await seams.tui(
                TUILaunch(
                    globals: globals, environment: environment, connector: connector,
                    demoVault: (path, Self.demoPassphrase), config: config))
        } catch is TUINotBuilt {
            environment.writeOutput(
                try await demoSummary(backend, path: path, heading: "The TUI is not built in; the demo vault holds:"))
            return 0
        }
    }

    /// The demo vault's secrets, one line each, for when the TUI cannot open.
    private func demoSummary(_ backend: any SecretsBackend, path: String, heading: String) async throws -> String {
        var out = heading + "\n"
        var token: String?
        repeat {
            let page = try await backend.listSecrets(ListSecretsRequest(includePlannedDeletion: true, nextToken: token))
            for secret in page.secretList {
                let versions = try await backend.listSecretVersionIds(
                    ListSecretVersionIdsRequest(secretId: secret.arn, includeDeprecated: true))
                let labels = versions.versions.flatMap { $0.versionStages ?? [] }.sorted()
                let count = versions.versions.count
                var line = "  \(TerminalSafety.visible(secret.name))\t\(count) version\(count == 1 ? "" : "s")\t"
                line += TerminalSafety.visible(labels.joined(separator: ","))
                if secret.deletedDate != nil { line += "\tscheduled for deletion" }
                out += line + "\n"
            }
            token = page.nextToken
        } while token != nil && token?.isEmpty == false
        out += "Try: SECRETTY_PASSPHRASE=\(Self.demoPassphrase) secretty --vault \(path) list-secrets --output table\n"
        return out
    }
}

/// Settings of the demo vault.
enum DemoDefaults {
    /// A low scrypt cost: the demo passphrase is printed anyway.
    static let kdfLogN = 12
}

extension String {
    /// The text with control characters shown as visible escapes, line breaks and tabs kept.
    var visibleTerminalText: String {
        split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { TerminalSafety.visible(String($0)) }
                .joined(separator: "\t")
        }.joined(separator: "\n")
    }
}
