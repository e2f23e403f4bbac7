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
            LabelMove(date: VaultFixture.now, secretARN: record.arn, label: "AWSCURRENT", fromVersion: nil, toVersion: "v1", operation: "CreateSecret"),
            LabelMove(date: VaultFixture.now.addingTimeInterval(1), secretARN: record.arn, label: "AWSPREVIOUS", fromVersion: nil, toVersion: "v1", operation: "PutSecretValue"),
            LabelMove(date: VaultFixture.now.addingTimeInterval(1), secretARN: record.arn, label: "AWSCURRENT", fromVersion: "v1", toVersion: "v2", operation: "PutSecretValue"),
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
        #expect(throws: ServiceError(code: "ResourceNotFoundException", message: "Secrets Manager can't find the specified secret.")) {
            try vault.labelHistorySync(secretId: "nope")
        }
    }

    @Test("the journal rejects UPDATE and DELETE, from any connection", arguments: [
        "UPDATE journal SET label = 'AWSPREVIOUS'", "DELETE FROM journal", "UPDATE journal SET toVersion = NULL WHERE id = 1",
    ])
    func appendOnly(sql: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        let vault = try VaultFixture.makeVault(in: directory)
        try vault.writeSync { store in
            try store.appendJournal([
                LabelMove(date: VaultFixture.now, secretARN: "arn", label: "AWSCURRENT", fromVersion: nil, toVersion: "v1", operation: "CreateSecret")
            ])
        }
        let error = #expect(throws: DatabaseError.self) { try VaultFixture.tamper(path, sql) }
        #expect(error?.message == "the vault journal is append-only")
        #expect(try VaultFixture.peek(path, "SELECT COUNT(*) FROM journal WHERE label = 'AWSCURRENT' AND toVersion = 'v1'", as: Int.self) == 1)
    }
}
