import Foundation
import GRDB
import SecretsCore
import Testing

@testable import Vault

@Suite("Vault: the label journal")
struct VaultJournalTests {
    @Test("moves come back in the order appended, by name, full ARN and partial ARN")
    func order() throws {
        let directory = try TemporaryDirectory()
        let vault = try VaultFixture.makeVault(in: directory)
        let record = VaultFixture.record("app/db", versions: [("v1", []), ("v2", ["AWSCURRENT"])])
        let other = VaultFixture.record("other", versions: [("o1", ["AWSCURRENT"])])
        try VaultFixture.seed(vault, [record, other])
        let moves = [
            LabelMove(
                date: VaultFixture.now, secretARN: record.arn, label: "AWSCURRENT", fromVersion: nil, toVersion: "v1",
                operation: "CreateSecret"),
            LabelMove(
                date: VaultFixture.now.addingTimeInterval(1), secretARN: record.arn, label: "AWSPREVIOUS",
                fromVersion: nil, toVersion: "v1", operation: "PutSecretValue"),
            LabelMove(
                date: VaultFixture.now.addingTimeInterval(1), secretARN: record.arn, label: "AWSCURRENT",
                fromVersion: "v1", toVersion: "v2", operation: "PutSecretValue"),
        ]
        let foreign = LabelMove(
            date: VaultFixture.now, secretARN: other.arn, label: "AWSCURRENT", fromVersion: nil, toVersion: "o1",
            operation: "CreateSecret")
        try vault.writeSync { store in
            try store.appendJournal([moves[0]])
            try store.appendJournal([foreign])
            try store.appendJournal(Array(moves[1...]))
        }
        #expect(try vault.labelHistorySync(secretId: "app/db") == moves)
        #expect(try vault.labelHistorySync(secretId: record.arn) == moves)
        #expect(try vault.labelHistorySync(secretId: VaultFixture.context.secretARNPrefix + "app/db") == moves)
        #expect(try vault.labelHistorySync(secretId: "other") == [foreign])
        #expect(
            throws: ServiceError(
                code: "ResourceNotFoundException", message: "Secrets Manager can't find the specified secret.")
        ) {
            try vault.labelHistorySync(secretId: "nope")
        }
        let foreignARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app/db-AbCdEf"
        #expect(throws: ServiceError.secretNotFound) { try vault.labelHistorySync(secretId: foreignARN) }
        #expect(throws: ServiceError.secretNotFound) { try vault.labelHistorySync(secretId: record.arn + "x") }
    }

    @Test(
        "the journal rejects UPDATE and DELETE, from any connection",
        arguments: [
            "UPDATE journal SET label = 'AWSPREVIOUS'", "DELETE FROM journal",
            "UPDATE journal SET toVersion = NULL WHERE id = 1",
        ])
    func appendOnly(sql: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        let vault = try VaultFixture.makeVault(in: directory)
        try vault.writeSync { store in
            try store.appendJournal([
                LabelMove(
                    date: VaultFixture.now, secretARN: "arn", label: "AWSCURRENT", fromVersion: nil, toVersion: "v1",
                    operation: "CreateSecret")
            ])
        }
        let error = #expect(throws: DatabaseError.self) { try VaultFixture.tamper(path, sql) }
        #expect(error?.message == "the vault journal is append-only")
        #expect(
            try VaultFixture.peek(
                path, "SELECT COUNT(*) FROM journal WHERE label = 'AWSCURRENT' AND toVersion = 'v1'", as: Int.self) == 1
        )
    }

    @Test(
        "with the guards dropped, an edited, removed or reordered entry breaks the secret's MAC chain",
        arguments: [
            "UPDATE journal SET toVersion = 'v2' WHERE id = 2",
            "DELETE FROM journal WHERE id = 2",
            "UPDATE journal SET id = 100 WHERE id = 2; UPDATE journal SET id = 2 WHERE id = 3; "
                + "UPDATE journal SET id = 3 WHERE id = 100",
            "UPDATE journal SET date = date + 1 WHERE id = 1",
        ])
    func chain(sql: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        let vault = try VaultFixture.makeVault(in: directory)
        let record = VaultFixture.record("chained", versions: [("v1", ["AWSPREVIOUS"]), ("v2", ["AWSCURRENT"])])
        try VaultFixture.seed(vault, [record])
        try vault.writeSync { store in
            try store.appendJournal([
                LabelMove(
                    date: VaultFixture.now, secretARN: record.arn, label: "AWSCURRENT", fromVersion: nil,
                    toVersion: "v1", operation: "CreateSecret"),
                LabelMove(
                    date: VaultFixture.now, secretARN: record.arn, label: "AWSPREVIOUS", fromVersion: nil,
                    toVersion: "v1", operation: "PutSecretValue"),
                LabelMove(
                    date: VaultFixture.now, secretARN: record.arn, label: "AWSCURRENT", fromVersion: "v1",
                    toVersion: "v2", operation: "PutSecretValue"),
            ])
        }
        #expect(try vault.labelHistorySync(secretId: "chained").count == 3)
        try VaultFixture.tamper(path, "DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; " + sql)
        #expect(
            throws: ServiceError(
                code: "DecryptionFailure",
                message: "The vault's label journal of secret chained fails its integrity check: entries were altered, "
                    + "removed or reordered outside secretty.")
        ) {
            try vault.labelHistorySync(secretId: "chained")
        }
        let report = try vault.check()
        #expect(
            report.damaged == [
                VaultDamage(secretName: "chained", versionId: nil, problem: VaultBackend.CheckProblem.journal)
            ])
        #expect(report.vaultProblems.count == 2)
    }
}

@Suite("Vault: the label journal through the engine")
struct VaultEngineJournalTests {
    @Test("a put, a rollback and a custom label move are journaled in order, with their operations")
    func putRollbackCustom() async throws {
        let directory = try TemporaryDirectory()
        let vault = try VaultFixture.makeVault(in: directory)
        let v1 = "00000000-0000-4000-8000-000000000001"
        let v2 = "00000000-0000-4000-8000-000000000002"
        let created = try await vault.createSecret(
            CreateSecretRequest(name: "journaled", clientRequestToken: v1, secretString: "one"))
        _ = try await vault.putSecretValue(
            PutSecretValueRequest(secretId: "journaled", clientRequestToken: v2, secretString: "two"))
        _ = try await vault.updateSecretVersionStage(
            UpdateSecretVersionStageRequest(
                secretId: "journaled", versionStage: "AWSCURRENT", removeFromVersionId: v2, moveToVersionId: v1))
        _ = try await vault.updateSecretVersionStage(
            UpdateSecretVersionStageRequest(secretId: "journaled", versionStage: "blue", moveToVersionId: v2))
        let history = try await vault.labelHistory(secretId: "journaled")
        let summary = history.map { "\($0.operation) \($0.label) \($0.fromVersion ?? "-") -> \($0.toVersion ?? "-")" }
        #expect(
            summary == [
                "CreateSecret AWSCURRENT - -> \(v1)",
                "PutSecretValue AWSCURRENT \(v1) -> \(v2)",
                "PutSecretValue AWSPREVIOUS - -> \(v1)",
                "UpdateSecretVersionStage AWSCURRENT \(v2) -> \(v1)",
                "UpdateSecretVersionStage AWSPREVIOUS \(v1) -> \(v2)",
                "UpdateSecretVersionStage blue - -> \(v2)",
            ])
        #expect(history.allSatisfy { $0.secretARN == created.arn && $0.date == VaultFixture.now })
        // The journal outlives the secret: still readable by ARN after a force delete.
        _ = try await vault.deleteSecret(DeleteSecretRequest(secretId: "journaled", forceDeleteWithoutRecovery: true))
        #expect(try await vault.labelHistory(secretId: created.arn) == history)
    }
}
