import Foundation
import GRDB
import SecretsCore

extension VaultBackend: LabelJournalProviding {
    /// Every recorded label move of one secret, oldest first.
    ///
    /// `secretId` is a name, a full ARN or a partial ARN (without the six-character suffix); a secret that was
    /// purged is still found by its full ARN.
    public func labelHistory(secretId: String) async throws -> [LabelMove] {
        try labelHistorySync(secretId: secretId)
    }

    /// `labelHistory(secretId:)`, synchronously.
    public func labelHistorySync(secretId: String) throws -> [LabelMove] {
        try run {
            try database.read { db in
                guard let arn = try Self.journalARN(of: secretId, context: context, db) else {
                    throw ServiceError.secretNotFound
                }
                return try VaultStore(db: db, keys: keys).journal(secretARN: arn)
            }
        }
    }

    /// The ARN whose journal a secret id names, resolved as the engine resolves ids; a full ARN also finds the
    /// journal of a secret that no longer exists.
    private static func journalARN(of secretId: String, context: StoreContext, _ db: Database) throws -> String? {
        switch try SecretIdentifier.parse(secretId, context: context) {
        case .name(let name), .partialARN(let name):
            return try String.fetchOne(db, sql: "SELECT arn FROM secret WHERE name = ?", arguments: [name])
        case .fullARN(let arn):
            let known = try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM secret WHERE arn = ?1)
                        OR EXISTS (SELECT 1 FROM journal WHERE secretArn = ?1)
                    """,
                arguments: [arn])
            return known == true ? arn : nil
        case .foreign:
            return nil
        }
    }
}
