import Foundation
import SecretsCore
import Testing

@testable import Vault

/// Edits the vault file behind the vault's back through a second SQLite connection, and checks that every
/// read of the damaged rows answers `DecryptionFailure` naming them and that `check()` lists each one.
@Suite("Vault: tamper detection")
struct VaultTamperTests {
    let seeded: SeededVault
    var path: String { seeded.path }
    var vault: VaultBackend { seeded.vault }
    var alpha: SecretRecord { seeded.alpha }
    var beta: SecretRecord { seeded.beta }
    var gamma: SecretRecord { seeded.gamma }

    init() throws {
        seeded = try SeededVault()
        #expect(try vault.check().isIntact)
    }

    private func valueError(_ name: String, _ versionId: String) -> ServiceError {
        ServiceError(
            code: "DecryptionFailure",
            message: "The vault can't decrypt version \(versionId) of secret \(name): its sealed value fails "
                + "authentication (the vault file was altered outside secretty).")
    }

    private func recordError(_ name: String) -> ServiceError {
        ServiceError(
            code: "DecryptionFailure",
            message: "The vault's record of secret \(name) fails its integrity check: its metadata or staging "
                + "labels were altered outside secretty.")
    }

    @Test("ciphertexts swapped between two secrets fail to open, and check lists both rows")
    func swapAcrossSecrets() throws {
        try VaultFixture.tamper(
            path,
            """
            CREATE TEMP TABLE saved AS SELECT versionId, sealedValue FROM version;
            UPDATE version SET sealedValue = (SELECT sealedValue FROM saved
                WHERE saved.versionId = CASE version.versionId WHEN 'a2' THEN 'b1' ELSE 'a2' END)
            WHERE versionId IN ('a2', 'b1')
            """)
        #expect(throws: valueError("alpha", "a2")) {
            try vault.readSync { try $0.value(secretARN: alpha.arn, versionId: "a2") }
        }
        #expect(throws: valueError("beta", "b1")) {
            try vault.readSync { try $0.value(secretARN: beta.arn, versionId: "b1") }
        }
        #expect(try vault.readSync { try $0.value(secretARN: alpha.arn, versionId: "a1") } == .string("value of a1"))
        let report = try vault.check()
        #expect(
            report.damaged == [
                VaultDamage(secretName: "alpha", versionId: "a2", problem: VaultBackend.CheckProblem.value),
                VaultDamage(secretName: "beta", versionId: "b1", problem: VaultBackend.CheckProblem.value),
            ])
        #expect(!report.isIntact)
    }

    @Test("through the operations: GetSecretValue answers DecryptionFailure; BatchGetSecretValue lists it per secret")
    func throughOperations() async throws {
        try VaultFixture.tamper(
            path,
            """
            CREATE TEMP TABLE saved AS SELECT versionId, sealedValue FROM version;
            UPDATE version SET sealedValue = (SELECT sealedValue FROM saved
                WHERE saved.versionId = CASE version.versionId WHEN 'a2' THEN 'b1' ELSE 'a2' END)
            WHERE versionId IN ('a2', 'b1')
            """)
        await #expect(throws: valueError("alpha", "a2")) {
            try await vault.getSecretValue(GetSecretValueRequest(secretId: "alpha"))
        }
        let batch = try await vault.batchGetSecretValue(
            BatchGetSecretValueRequest(secretIdList: ["alpha", "beta", "gamma"]))
        #expect(batch.secretValues.map(\.name) == ["gamma"])
        #expect(batch.errors.map(\.errorCode) == ["DecryptionFailure", "DecryptionFailure"])
        #expect(batch.errors.map(\.message) == [valueError("alpha", "a2").message, valueError("beta", "b1").message])
        // A put still works on a secret whose older ciphertext is damaged, and check keeps listing the damage.
        _ = try await vault.putSecretValue(
            PutSecretValueRequest(secretId: "alpha", clientRequestToken: UUID().uuidString, secretString: "fresh"))
        #expect(try await vault.getSecretValue(GetSecretValueRequest(secretId: "alpha")).secretString == "fresh")
        #expect(try vault.check().damaged.map(\.versionId) == ["a2", "b1"])
    }

    @Test("ciphertexts swapped between two versions of one secret fail to open")
    func swapWithinSecret() throws {
        try VaultFixture.tamper(
            path,
            """
            CREATE TEMP TABLE saved AS SELECT versionId, sealedValue FROM version;
            UPDATE version SET sealedValue = (SELECT sealedValue FROM saved
                WHERE saved.versionId = CASE version.versionId WHEN 'a1' THEN 'a2' ELSE 'a1' END)
            WHERE versionId IN ('a1', 'a2')
            """)
        #expect(throws: valueError("alpha", "a1")) {
            try vault.readSync { try $0.value(secretARN: alpha.arn, versionId: "a1") }
        }
        #expect(try vault.check().damaged.map(\.versionId) == ["a1", "a2"])
    }

    @Test("one flipped ciphertext byte is caught")
    func flippedByte() throws {
        try VaultFixture.tamper(
            path,
            """
            UPDATE version SET sealedValue =
                CAST(substr(sealedValue, 1, 14) || X'5A' || substr(sealedValue, 16) AS BLOB)
            WHERE versionId = 'c1'
            """)
        #expect(throws: valueError("gamma", "c1")) {
            try vault.readSync { try $0.value(secretARN: gamma.arn, versionId: "c1") }
        }
        #expect(
            try vault.check().damaged == [
                VaultDamage(secretName: "gamma", versionId: "c1", problem: VaultBackend.CheckProblem.value)
            ])
    }

    @Test("a staging label moved to another version is caught on read and by check")
    func movedLabel() throws {
        try VaultFixture.tamper(
            path, "UPDATE label SET versionId = 'a1' WHERE secretArn = ? AND label = 'AWSCURRENT'", [alpha.arn])
        #expect(throws: recordError("alpha")) { try vault.readSync { try $0.record(named: "alpha") } }
        #expect(throws: recordError("alpha")) { try vault.readSync { try $0.allRecords() } }
        #expect(try vault.readSync { try $0.record(named: "beta") } == beta)
        #expect(
            try vault.check().damaged == [
                VaultDamage(secretName: "alpha", versionId: nil, problem: VaultBackend.CheckProblem.record)
            ])
    }

    @Test("a label added, or removed, behind the vault's back is caught")
    func addedAndRemovedLabels() throws {
        try VaultFixture.tamper(
            path, "INSERT INTO label (secretArn, label, versionId, position) VALUES (?, 'AWSPENDING', 'b1', 1)",
            [beta.arn])
        try VaultFixture.tamper(path, "DELETE FROM label WHERE secretArn = ? AND label = 'AWSCURRENT'", [gamma.arn])
        #expect(throws: recordError("beta")) { try vault.readSync { try $0.record(arn: beta.arn) } }
        #expect(throws: recordError("gamma")) { try vault.readSync { try $0.record(arn: gamma.arn) } }
        #expect(try vault.check().damaged.map(\.secretName) == ["beta", "gamma"])
    }

    @Test("a label pointed at another secret's version (foreign keys off) is caught")
    func labelOnForeignVersion() throws {
        try VaultFixture.tamper(
            path, foreignKeys: false, "UPDATE label SET versionId = 'b1' WHERE secretArn = ? AND label = 'AWSCURRENT'",
            [gamma.arn])
        #expect(throws: recordError("gamma")) { try vault.readSync { try $0.record(named: "gamma") } }
        #expect(try vault.check().damaged.map(\.secretName) == ["gamma"])
    }

    @Test(
        "an edited column of a secret or a version is caught",
        arguments: [
            "UPDATE secret SET description = 'edited' WHERE name = 'beta'",
            "UPDATE secret SET deletedDate = NULL, lastChangedDate = lastChangedDate + 1 WHERE name = 'beta'",
            "UPDATE secret SET tags = '[]' WHERE name = 'beta'",
            "UPDATE version SET createdDate = createdDate - 60 WHERE versionId = 'b1'",
            "UPDATE version SET hasValue = 0 WHERE versionId = 'b1'",
            "UPDATE version SET versionId = 'b2' WHERE versionId = 'b1'",
            "DELETE FROM version WHERE versionId = 'b1'",
        ])
    func editedColumn(sql: String) throws {
        try VaultFixture.tamper(path, foreignKeys: false, sql)
        #expect(throws: recordError("beta")) { try vault.readSync { try $0.record(named: "beta") } }
        #expect(
            try vault.check().damaged.contains(
                VaultDamage(secretName: "beta", versionId: nil, problem: VaultBackend.CheckProblem.record)))
    }

    @Test("an edited header region fails the header's integrity check at open")
    func editedHeaderRegion() throws {
        try VaultFixture.tamper(path, "UPDATE header SET region = 'us-west-2'")
        #expect(
            throws: ServiceError(
                code: "DecryptionFailure",
                message: "The header of the vault \(path) fails its integrity check: its context or key parameters "
                    + "were altered outside secretty.")
        ) {
            try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        }
    }

    @Test(
        "an edited header account or partition is caught too",
        arguments: [
            "UPDATE header SET accountId = '999999999999'", "UPDATE header SET partition = 'aws-cn'",
            "UPDATE header SET kdfLogN = 30", "UPDATE header SET kdfR = 1024", "UPDATE header SET kdfName = 'argon2id'",
            "UPDATE header SET wrappedKey = zeroblob(60)",
        ])
    func editedHeaderContext(sql: String) throws {
        try VaultFixture.tamper(path, sql)
        let error = #expect(throws: ServiceError.self) {
            try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        }
        #expect(error?.code == "DecryptionFailure")
    }

    @Test("a header edited while the vault is open is reported by check; a forged header MAC fails open")
    func headerEditedWhileOpen() throws {
        try VaultFixture.tamper(path, "UPDATE header SET region = 'us-west-2'")
        let report = try vault.check()
        #expect(report.vaultProblems == ["the header fails its MAC: its context or key parameters were altered"])
        try VaultFixture.tamper(path, "UPDATE header SET region = 'eu-west-1', mac = zeroblob(32)")
        #expect(try vault.check().vaultProblems.count == 1)
        let error = #expect(throws: ServiceError.self) {
            try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        }
        #expect(error?.code == "DecryptionFailure")
    }

    @Test("dropping a journal guard is reported by check")
    func droppedJournalGuard() throws {
        try VaultFixture.tamper(path, "DROP TRIGGER journal_no_delete")
        let report = try vault.check()
        #expect(report.damaged.isEmpty)
        #expect(
            report.vaultProblems == [
                "the journal guard journal_no_delete is missing: the journal is no longer append-only"
            ])
        #expect(!report.isIntact)
    }
}
