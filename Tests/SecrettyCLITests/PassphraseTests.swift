import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// Passphrase sources, first found wins: --passphrase-file, SECRETTY_PASSPHRASE, SECRETTY_PASSPHRASE_COMMAND, prompt.
@Suite struct PassphraseTests {
    func environment(
        variables: [String: String], files: [String: Data] = [:], commands: [String: Data] = [:],
        answers: [String]? = nil,
        streams: Streams = Streams()
    ) -> CLIEnvironment {
        var harness = Harness()
        harness.variables = variables
        harness.files = files
        harness.commandOutput = commands
        harness.promptAnswers = answers
        return harness.environment(streams)
    }

    @Test func fileWinsOverEverything() throws {
        let env = environment(
            variables: ["SECRETTY_PASSPHRASE": "env", "SECRETTY_PASSPHRASE_COMMAND": "cmd"],
            files: ["/pf": Data("from file\n".utf8)],
            commands: ["cmd": Data("from command\n".utf8)], answers: ["typed"])
        let (value, origin) = try PassphraseResolver(environment: env).passphrase(file: "/pf")
        #expect(value == "from file")
        #expect(origin == .passphraseFile)
    }

    @Test func environmentWinsOverCommandAndPrompt() throws {
        let env = environment(
            variables: ["SECRETTY_PASSPHRASE": "env", "SECRETTY_PASSPHRASE_COMMAND": "cmd"],
            commands: ["cmd": Data("c\n".utf8)],
            answers: ["typed"])
        let (value, origin) = try PassphraseResolver(environment: env).passphrase(file: nil)
        #expect(value == "env")
        #expect(origin == .environment)
    }

    @Test func commandDropsExactlyOneTrailingNewline() throws {
        let env = environment(
            variables: ["SECRETTY_PASSPHRASE_COMMAND": "pass show vault"],
            commands: ["pass show vault": Data("two\n\n".utf8)])
        let (value, origin) = try PassphraseResolver(environment: env).passphrase(file: nil)
        #expect(value == "two\n")
        #expect(origin == .command)
    }

    @Test func promptIsLastAndAskedTwiceWhenCreating() throws {
        let streams = Streams()
        let env = environment(variables: [:], answers: ["hunter2", "hunter2"], streams: streams)
        let (value, origin) = try PassphraseResolver(environment: env).passphrase(file: nil, creating: true)
        #expect(value == "hunter2")
        #expect(origin == .prompt)
        #expect(streams.prompts == ["Vault passphrase: ", "Repeat vault passphrase: "])
    }

    @Test func promptMismatchIsAConfigurationError() {
        let env = environment(variables: [:], answers: ["a", "b"])
        #expect(throws: LocalError.configuration("the two passphrases differ")) {
            try PassphraseResolver(environment: env).passphrase(file: nil, creating: true)
        }
    }

    @Test func noTerminalNoSourceIsAConfigurationError() {
        let env = environment(variables: [:], answers: nil)
        #expect(throws: LocalError.self) { try PassphraseResolver(environment: env).passphrase(file: nil) }
    }

    @Test func unreadablePassphraseFileIsAConfigurationError() {
        let env = environment(variables: ["SECRETTY_PASSPHRASE": "env"])
        #expect(throws: LocalError.configuration("--passphrase-file: cannot read /missing")) {
            try PassphraseResolver(environment: env).passphrase(file: "/missing")
        }
    }

    @Test func newPassphraseOrder() throws {
        let withFile = environment(
            variables: ["SECRETTY_NEW_PASSPHRASE": "newenv"], files: ["/np": Data("newfile\r\n".utf8)])
        #expect(try PassphraseResolver(environment: withFile).newPassphrase(file: "/np").0 == "newfile")
        #expect(try PassphraseResolver(environment: withFile).newPassphrase(file: nil).0 == "newenv")
        let streams = Streams()
        let prompted = environment(variables: ["SECRETTY_PASSPHRASE": "old"], answers: ["n", "n"], streams: streams)
        #expect(try PassphraseResolver(environment: prompted).newPassphrase(file: nil).0 == "n")
        #expect(streams.prompts == ["New vault passphrase: ", "Repeat new vault passphrase: "])
    }

    @Test func childCommandsNeverSeeThePassphraseVariables() throws {
        let output = try ShellCommand.run(
            "env",
            environment: [
                "PATH": "/usr/bin:/bin", "SECRETTY_PASSPHRASE": "leak", "SECRETTY_NEW_PASSPHRASE": "leak2", "KEEP": "1",
            ])
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains("KEEP=1"))
        #expect(!text.contains("leak"))
    }

    @Test func commandFailureIsAConfigurationError() {
        #expect(throws: LocalError.self) { try ShellCommand.run("exit 3", environment: ["PATH": "/usr/bin:/bin"]) }
    }
}

/// `secretty vault init|passwd|check|history` against a stand-in vault.
@Suite struct VaultHousekeepingTests {
    @Test func initCreatesWithRegionAccountAndCost() async {
        let backend = RecordingBackend()
        let vault = FakeVaultAccess(backend: backend)
        var harness = Harness()
        harness.variables["XDG_DATA_HOME"] = "/xdg"
        let result = await harness.runBare(
            ["vault", "init", "--kdf-log-n", "10", "--vault-region", "eu-west-3", "--vault-account", "123456789012"],
            vault: vault)
        #expect(result.code == 0, "\(result.err)")
        #expect(vault.events == ["create /xdg/secretty/vault.db pw eu-west-3 123456789012 10"])
        #expect(
            result.out
                == "Created vault /xdg/secretty/vault.db (partition aws, region eu-west-3, account 123456789012)\n")
    }

    @Test func initRefusesAnExistingVault() async {
        var harness = Harness()
        harness.files["/v.db"] = Data()
        let vault = FakeVaultAccess(backend: RecordingBackend())
        let result = await harness.runBare(["--vault", "/v.db", "vault", "init"], vault: vault)
        #expect(result.code == 253)
        #expect(vault.events.isEmpty)
    }

    @Test func passwdTakesOldThenNew() async {
        var harness = Harness()
        harness.files["/v.db"] = Data()
        harness.files["/new"] = Data("fresh\n".utf8)
        let vault = FakeVaultAccess(backend: RecordingBackend())
        let result = await harness.runBare(
            ["vault", "passwd", "--vault", "/v.db", "--new-passphrase-file", "/new"], vault: vault)
        #expect(result.code == 0, "\(result.err)")
        #expect(vault.events == ["passwd /v.db pw fresh"])
    }

    @Test func checkPrintsHeaderAndDamage() async {
        var harness = Harness()
        harness.files["/v.db"] = Data()
        let vault = FakeVaultAccess(backend: RecordingBackend())
        let result = await harness.runBare(["--vault", "/v.db", "vault", "check"], vault: vault)
        #expect(result.code == 0)
        #expect(result.out == "Vault\t/v.db\nPartition\taws\nRegion\teu-west-3\nAccount\t123456789012\nDamaged\t0\n")
        vault.report.damagedRows = ["secret app/db version v1: authentication failed"]
        let damaged = await harness.runBare(["--vault", "/v.db", "vault", "check"], vault: vault)
        #expect(damaged.code == 254)
        #expect(damaged.out.hasSuffix("Damaged\t1\nDAMAGED\tsecret app/db version v1: authentication failed\n"))
    }

    @Test func historyPrintsTheJournal() async {
        var harness = Harness()
        harness.files["/v.db"] = Data()
        let vault = FakeVaultAccess(backend: RecordingBackend())
        vault.history = [
            LabelMove(
                date: Date(timeIntervalSince1970: 1_795_946_336), secretARN: "arn", label: "AWSCURRENT",
                fromVersion: "v1",
                toVersion: "v2", operation: "PutSecretValue")
        ]
        let result = await harness.runBare(
            ["--vault", "/v.db", "vault", "history", "--secret-id", "app/db", "--output", "text"], vault: vault)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out == "LABELMOVES\t2026-11-29T10:58:56+01:00\tv1\tAWSCURRENT\tPutSecretValue\tv2\n")
    }
}
