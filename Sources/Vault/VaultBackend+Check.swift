import Foundation
import GRDB
import SecretsCore
import SecrettyCrypto

extension VaultBackend {
    /// Opens every sealed value and checks every record's MAC, listing each damaged row; writes nothing.
    public func check() throws -> VaultCheckReport {
        try run {
            try database.read { db in try Self.inspect(db, keys: keys, path: path, context: context) }
        }
    }

    /// Problems reported for a secret's record.
    enum CheckProblem {
        static let record = "its metadata or staging labels fail their MAC (altered outside secretty)"
        static let value = "its sealed value fails authentication (altered, or moved from another row)"
        static let journal = "its label journal fails its MAC chain (entries altered, removed or reordered)"
        static let missingValue = "the version should have a value but none is stored"
    }

    // MARK: - Inspection

    /// Walks the whole vault inside one read transaction.
    private static func inspect(_ db: Database, keys: VaultKeys, path: String, context: StoreContext) throws
        -> VaultCheckReport
    {
        guard let header = try VaultHeader.fetch(db) else { throw VaultErrors.notAVault(path, "the header is empty") }
        var damaged: [VaultDamage] = []
        var versionRowsBySecret: [String: [Row]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT \(VaultStore.versionColumns), sealedValue FROM version ORDER BY secretArn, ordinal")
        {
            versionRowsBySecret[row["secretArn"], default: []].append(row)
        }
        var labelRowsBySecret: [String: [Row]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM label ORDER BY secretArn, position") {
            labelRowsBySecret[row["secretArn"], default: []].append(row)
        }
        let secretRows = try Row.fetchAll(db, sql: "SELECT * FROM secret ORDER BY ordinal")
        for row in secretRows {
            let arn: String = row["arn"]
            let name: String = (try? row.decode(String.self, forColumn: "name")) ?? arn
            let versionRows = versionRowsBySecret.removeValue(forKey: arn) ?? []
            do {
                let stored = try StoredSecret(
                    row: row, versionRows: versionRows, labelRows: labelRowsBySecret.removeValue(forKey: arn) ?? [])
                _ = try stored.verified(keys: keys)
            } catch {
                damaged.append(VaultDamage(secretName: name, versionId: nil, problem: CheckProblem.record))
            }
            for versionRow in versionRows {
                let versionId: String = versionRow["versionId"]
                let hasValue: Bool = (try? versionRow.decode(Bool.self, forColumn: "hasValue")) ?? false
                guard let sealed = versionRow["sealedValue"] as Data? else {
                    if hasValue {
                        damaged.append(
                            VaultDamage(secretName: name, versionId: versionId, problem: CheckProblem.missingValue))
                    }
                    continue
                }
                if keys.open([UInt8](sealed), secretARN: arn, versionId: versionId) == nil {
                    damaged.append(VaultDamage(secretName: name, versionId: versionId, problem: CheckProblem.value))
                }
            }
        }
        for (arn, rows) in versionRowsBySecret.sorted(by: { $0.key < $1.key }) {
            for row in rows {
                damaged.append(
                    VaultDamage(
                        secretName: arn, versionId: row["versionId"],
                        problem: "the version belongs to no secret of the vault"))
            }
        }
        let store = VaultStore(db: db, keys: keys)
        for arn in try String.fetchAll(db, sql: "SELECT DISTINCT secretArn FROM journal ORDER BY secretArn") {
            do {
                _ = try store.journal(secretARN: arn)
            } catch {
                damaged.append(
                    VaultDamage(
                        secretName: try store.secretName(arn: arn), versionId: nil, problem: CheckProblem.journal))
            }
        }
        var vaultProblems: [String] = []
        if !header.isAuthentic(keys: keys) || header.context != context {
            vaultProblems.append("the header fails its MAC: its context or key parameters were altered")
        }
        let triggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        for trigger in ["journal_no_update", "journal_no_delete"] where !triggers.contains(trigger) {
            vaultProblems.append("the journal guard \(trigger) is missing: the journal is no longer append-only")
        }
        let versionCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM version") ?? 0
        let journalCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal") ?? 0
        return VaultCheckReport(
            path: path, context: header.context, formatVersion: header.formatVersion, kdf: header.kdf,
            secretCount: secretRows.count, versionCount: versionCount, journalCount: journalCount, damaged: damaged,
            vaultProblems: vaultProblems)
    }
}
