import Foundation
import SecretsCore
import Testing

/// The binary on a real vault file: init, check, passwd, history and the passphrase sources.
@Suite struct ProcessVaultTests {
    @Test func initCheckAndPassphraseSources() throws {
        var process = try SecrettyProcess()
        defer { process.cleanUp() }
        process.environment["SECRETTY_PASSPHRASE"] = "correct horse"
        let vault = process.path("data") + "/secretty/vault.db"

        let created = try process.run([
            "vault", "init", "--kdf-log-n", "10", "--vault-region", "eu-west-3", "--vault-account", "123456789012",
        ])
        #expect(created.code == 0, "\(created.err)")
        #expect(created.outText == "Created vault \(vault) (partition aws, region eu-west-3, account 123456789012)\n")
        #expect(FileManager.default.fileExists(atPath: vault))

        let again = try process.run(["vault", "init", "--kdf-log-n", "10"])
        #expect(again.code == 253)

        let checked = try process.run(["vault", "check"])
        #expect(checked.code == 0, "\(checked.err)")
        #expect(
            checked.outText.hasPrefix("Vault\t\(vault)\nPartition\taws\nRegion\teu-west-3\nAccount\t123456789012\n"))
        #expect(checked.outText.hasSuffix("Damaged\t0\n"))

        let wrong = try process.run(["vault", "check"], extraEnvironment: ["SECRETTY_PASSPHRASE": "wrong"])
        #expect(wrong.code == 253)
        #expect(wrong.outText.isEmpty)

        // --passphrase-file wins over SECRETTY_PASSPHRASE; one trailing newline is dropped.
        try process.write("pf", Data("correct horse\n".utf8))
        let fromFile = try process.run(
            ["vault", "check", "--passphrase-file", process.path("pf")],
            extraEnvironment: ["SECRETTY_PASSPHRASE": "wrong"])
        #expect(fromFile.code == 0, "\(fromFile.err)")

        // SECRETTY_PASSPHRASE_COMMAND when nothing earlier is set; the child does not see the passphrase variables.
        var commandOnly = process
        commandOnly.environment["SECRETTY_PASSPHRASE"] = nil
        let fromCommand = try commandOnly.run(
            ["vault", "check"], extraEnvironment: ["SECRETTY_PASSPHRASE_COMMAND": "printf 'correct horse\\n'"])
        #expect(fromCommand.code == 0, "\(fromCommand.err)")
        let failingCommand = try commandOnly.run(
            ["vault", "check"], extraEnvironment: ["SECRETTY_PASSPHRASE_COMMAND": "exit 4"])
        #expect(failingCommand.code == 253)
    }

    @Test func passwdChangesThePassphrase() throws {
        var process = try SecrettyProcess()
        defer { process.cleanUp() }
        process.environment["SECRETTY_PASSPHRASE"] = "old pass"
        let vault = process.path("v.db")
        #expect(try process.run(["--vault", vault, "vault", "init", "--kdf-log-n", "10"]).code == 0)
        let changed = try process.run(
            ["--vault", vault, "vault", "passwd"], extraEnvironment: ["SECRETTY_NEW_PASSPHRASE": "new pass"])
        #expect(changed.code == 0, "\(changed.err)")
        #expect(try process.run(["--vault", vault, "vault", "check"]).code == 253)
        #expect(
            try process.run(
                ["--vault", vault, "vault", "check"], extraEnvironment: ["SECRETTY_PASSPHRASE": "new pass"]
            ).code == 0)
    }

    @Test func historyOfAnUnknownSecretIsAServiceRefusal() throws {
        var process = try SecrettyProcess()
        defer { process.cleanUp() }
        process.environment["SECRETTY_PASSPHRASE"] = "pw"
        let vault = process.path("v.db")
        #expect(try process.run(["--vault", vault, "vault", "init", "--kdf-log-n", "10"]).code == 0)
        let history = try process.run(["--vault", vault, "vault", "history", "--secret-id", "nope"])
        #expect(history.code == 254)
        #expect(history.err.hasPrefix("An error occurred (ResourceNotFoundException)"))
        #expect(history.outText.isEmpty)
    }

    @Test func missingVaultIsNeverCreatedByHousekeeping() throws {
        var process = try SecrettyProcess()
        defer { process.cleanUp() }
        process.environment["SECRETTY_PASSPHRASE"] = "pw"
        let result = try process.run(["--vault", process.path("absent.db"), "vault", "check"])
        #expect(result.code == 253)
        #expect(result.err.contains("secretty vault init"))
        #expect(!FileManager.default.fileExists(atPath: process.path("absent.db")))
    }
}
