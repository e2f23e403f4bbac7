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
                    throw ServiceError(
                        code: ServiceError.Code.resourceNotFound,
                        message: "Secrets Manager can't find the specified secret.")
                }
                return try VaultStore(db: db, keys: keys).journal(secretARN: arn)
            }
        }
    }

    /// The ARN whose journal a secret id names.
    private static func journalARN(of secretId: String, context: StoreContext, _ db: Database) throws -> String? {
        if let arn = try String.fetchOne(
            db, sql: "SELECT arn FROM secret WHERE arn = ? OR name = ? ORDER BY arn = ? DESC LIMIT 1",
            arguments: [secretId, secretId, secretId])
        {
            return arn
        }
        if secretId.hasPrefix(context.secretARNPrefix) {
            let name = String(secretId.dropFirst(context.secretARNPrefix.count))
            if let arn = try String.fetchOne(db, sql: "SELECT arn FROM secret WHERE name = ?", arguments: [name]) {
                return arn
            }
        }
        if try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM journal WHERE secretArn = ?)", arguments: [secretId])
            == true
        {
            return secretId
        }
        return nil
    }
}
