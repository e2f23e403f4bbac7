import Foundation
import GRDB
import SecretsCore
import SecrettyCrypto

/// A `SecretStore` over the vault's SQLite tables, used inside one write (or read) transaction.
///
/// Values are sealed before they reach SQL and opened after they leave it; every record read is checked
/// against its MAC, so a row edited behind the vault's back answers `DecryptionFailure`.
struct VaultStore: SecretStore {
    /// The connection, inside the caller's transaction.
    let db: Database
    /// The unlocked keys.
    let keys: VaultKeys
    /// Nonces for sealing: always the CSPRNG, whatever source the engine is given.
    private let nonces = SecureRandom()
    /// Values of versions that `save` has not listed yet, sealed, by ARN then version id.
    private var pendingValues: [String: [String: [UInt8]]] = [:]
    /// The verified records of an earlier full read, when the backend keeps them.
    private let cache: RecordCache?

    /// Creates a store on a connection that is inside a transaction; `cache` serves `allRecords()` again
    /// while the database is unchanged.
    init(db: Database, keys: VaultKeys, cache: RecordCache? = nil) {
        self.db = db
        self.keys = keys
        self.cache = cache
    }

    // MARK: - Reads

    func record(named name: String) throws -> SecretRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM secret WHERE name = ?", arguments: [name]) else {
            return nil
        }
        return try verifiedRecord(row)
    }

    func record(arn: String) throws -> SecretRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM secret WHERE arn = ?", arguments: [arn]) else {
            return nil
        }
        return try verifiedRecord(row)
    }

    func allRecords() throws -> [SecretRecord] {
        guard let cache else { return try readAllRecords() }
        return try cache.records(db, load: readAllRecords)
    }

    /// Every record, read and verified.
    private func readAllRecords() throws -> [SecretRecord] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM secret ORDER BY ordinal")
        var versions: [String: [Row]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT \(Self.versionColumns) FROM version ORDER BY secretArn, ordinal") {
            versions[row["secretArn"], default: []].append(row)
        }
        var labels: [String: [Row]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM label ORDER BY secretArn, position") {
            labels[row["secretArn"], default: []].append(row)
        }
        return try rows.map { row in
            let arn: String = row["arn"]
            let stored = try StoredSecret(row: row, versionRows: versions[arn] ?? [], labelRows: labels[arn] ?? [])
            return try stored.verified(keys: keys)
        }
    }

    func value(secretARN: String, versionId: String) throws -> SecretValue? {
        let sealed: [UInt8]
        if let pending = pendingValues[secretARN]?[versionId] {
            sealed = pending
        } else {
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT sealedValue FROM version WHERE secretArn = ? AND versionId = ?",
                    arguments: [secretARN, versionId]),
                let data = row["sealedValue"] as Data?
            else { return nil }
            sealed = [UInt8](data)
        }
        guard let value = keys.open(sealed, secretARN: secretARN, versionId: versionId) else {
            throw VaultIntegrity.valueFailure(secretName: try secretName(arn: secretARN), versionId: versionId)
        }
        return value
    }

    // MARK: - Writes

    mutating func save(_ record: SecretRecord) throws {
        let existing = try Row.fetchOne(
            db, sql: "SELECT ordinal, mac FROM secret WHERE arn = ?", arguments: [record.arn])
        let mac = keys.mac(of: record)
        // The MAC covers the whole record, versions and labels included: an equal MAC means nothing changed.
        if let existing, ConstantTime.equal([UInt8](existing["mac"] as Data), mac) { return }
        if existing == nil {
            try db.execute(sql: "DELETE FROM secret WHERE name = ? AND arn <> ?", arguments: [record.name, record.arn])
        }
        let ordinal: Int64
        if let existing {
            ordinal = existing["ordinal"]
        } else {
            ordinal = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(ordinal), 0) + 1 FROM secret") ?? 1
        }
        try db.execute(
            sql: """
                INSERT INTO secret (arn, ordinal, name, description, kmsKeyId, tags, createdDate, lastChangedDate,
                                    lastAccessedDate, deletedDate, mac)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(arn) DO UPDATE SET
                    name = excluded.name, description = excluded.description, kmsKeyId = excluded.kmsKeyId,
                    tags = excluded.tags, createdDate = excluded.createdDate,
                    lastChangedDate = excluded.lastChangedDate, lastAccessedDate = excluded.lastAccessedDate,
                    deletedDate = excluded.deletedDate, mac = excluded.mac
                """,
            arguments: [
                record.arn, ordinal, record.name, record.description, record.kmsKeyId,
                try StoredSecret.encodeTags(record.tags), record.createdDate.storedValue,
                record.lastChangedDate.storedValue, record.lastAccessedDate?.storedValue,
                record.deletedDate?.storedValue, Data(mac),
            ])
        try saveVersions(of: record)
    }

    mutating func saveValue(_ value: SecretValue, secretARN: String, versionId: String) throws {
        let sealed = try keys.seal(value, secretARN: secretARN, versionId: versionId, random: nonces)
        try db.execute(
            sql: "UPDATE version SET sealedValue = ? WHERE secretArn = ? AND versionId = ?",
            arguments: [Data(sealed), secretARN, versionId])
        if db.changesCount == 0 {
            pendingValues[secretARN, default: [:]][versionId] = sealed
        }
    }

    mutating func remove(secretARN: String) throws {
        try db.execute(sql: "DELETE FROM secret WHERE arn = ?", arguments: [secretARN])
        pendingValues[secretARN] = nil
    }

    mutating func appendJournal(_ moves: [LabelMove]) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO journal (date, secretArn, label, fromVersion, toVersion, operation, mac)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        var previous: [String: [UInt8]] = [:]
        for move in moves {
            let last: [UInt8]
            if let known = previous[move.secretARN] {
                last = known
            } else {
                last =
                    try Data.fetchOne(
                        db, sql: "SELECT mac FROM journal WHERE secretArn = ? ORDER BY id DESC LIMIT 1",
                        arguments: [move.secretARN]
                    ).map { [UInt8]($0) } ?? []
            }
            let mac = keys.mac(of: move, previous: last)
            try insert.execute(arguments: [
                move.date.storedValue, move.secretARN, move.label, move.fromVersion, move.toVersion, move.operation,
                Data(mac),
            ])
            previous[move.secretARN] = mac
        }
    }

    /// The journal of one secret, oldest first, with its MAC chain verified.
    func journal(secretARN: String) throws -> [LabelMove] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM journal WHERE secretArn = ? ORDER BY id", arguments: [secretARN])
        var previous: [UInt8] = []
        return try rows.map { row in
            let move = LabelMove(
                date: Date(storedValue: row["date"]), secretARN: row["secretArn"], label: row["label"],
                fromVersion: row["fromVersion"], toVersion: row["toVersion"], operation: row["operation"])
            let mac = [UInt8](row["mac"] as Data)
            guard ConstantTime.equal(keys.mac(of: move, previous: previous), mac) else {
                throw VaultIntegrity.journalFailure(secretName: try secretName(arn: secretARN))
            }
            previous = mac
            return move
        }
    }

    // MARK: - Helpers

    /// The version columns records are built from (the sealed value stays in SQLite).
    static let versionColumns = "secretArn, versionId, ordinal, createdDate, lastAccessedDate, hasValue"

    /// Builds the record of a secret row with its versions and labels, and checks its MAC.
    private func verifiedRecord(_ row: Row) throws -> SecretRecord {
        let arn: String = row["arn"]
        let versionRows = try Row.fetchAll(
            db, sql: "SELECT \(Self.versionColumns) FROM version WHERE secretArn = ? ORDER BY ordinal",
            arguments: [arn])
        let labelRows = try Row.fetchAll(
            db, sql: "SELECT * FROM label WHERE secretArn = ? ORDER BY position", arguments: [arn])
        return try StoredSecret(row: row, versionRows: versionRows, labelRows: labelRows).verified(keys: keys)
    }

    /// The name of a secret for error messages; the ARN when the row is gone.
    func secretName(arn: String) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM secret WHERE arn = ?", arguments: [arn]) ?? arn
    }

    /// One version row as stored, for telling which rows a save must touch.
    private struct VersionRow: Equatable {
        var ordinal: Int
        var createdDate: Double
        var lastAccessedDate: Double?
        var hasValue: Bool
    }

    /// One label row as stored.
    private struct LabelRow: Hashable {
        var label: String
        var versionId: String
        var position: Int
    }

    /// Writes the versions and the label set of a record, touching only the rows that changed.
    private mutating func saveVersions(of record: SecretRecord) throws {
        var stored: [String: VersionRow] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT versionId, ordinal, createdDate, lastAccessedDate, hasValue FROM version WHERE secretArn = ?
                """,
            arguments: [record.arn])
        {
            stored[row["versionId"]] = VersionRow(
                ordinal: row["ordinal"], createdDate: row["createdDate"], lastAccessedDate: row["lastAccessedDate"],
                hasValue: row["hasValue"])
        }
        let listed = Set(record.versions.map(\.versionId))
        for gone in stored.keys where !listed.contains(gone) {
            try db.execute(
                sql: "DELETE FROM version WHERE secretArn = ? AND versionId = ?", arguments: [record.arn, gone])
        }
        let update = try db.cachedStatement(
            sql: """
                UPDATE version SET ordinal = ?, createdDate = ?, lastAccessedDate = ?, hasValue = ?
                WHERE secretArn = ? AND versionId = ?
                """)
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO version (secretArn, versionId, ordinal, createdDate, lastAccessedDate, hasValue, sealedValue)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        var labels: Set<LabelRow> = []
        for (ordinal, version) in record.versions.enumerated() {
            let row = VersionRow(
                ordinal: ordinal, createdDate: version.createdDate.storedValue,
                lastAccessedDate: version.lastAccessedDate?.storedValue, hasValue: version.hasValue)
            if let old = stored[version.versionId] {
                if old != row {
                    try update.execute(arguments: [
                        row.ordinal, row.createdDate, row.lastAccessedDate, row.hasValue, record.arn, version.versionId,
                    ])
                }
            } else {
                let sealed = pendingValues[record.arn]?.removeValue(forKey: version.versionId)
                try insert.execute(arguments: [
                    record.arn, version.versionId, row.ordinal, row.createdDate, row.lastAccessedDate, row.hasValue,
                    sealed.map { Data($0) },
                ])
            }
            for (position, stage) in version.stages.enumerated() {
                labels.insert(LabelRow(label: stage, versionId: version.versionId, position: position))
            }
        }
        try saveLabels(labels, secretARN: record.arn)
    }

    /// Replaces the label rows of a secret when they differ from `labels`.
    private func saveLabels(_ labels: Set<LabelRow>, secretARN: String) throws {
        let stored = Set(
            try Row.fetchAll(
                db, sql: "SELECT label, versionId, position FROM label WHERE secretArn = ?", arguments: [secretARN]
            ).map { LabelRow(label: $0["label"], versionId: $0["versionId"], position: $0["position"]) })
        guard stored != labels else { return }
        try db.execute(sql: "DELETE FROM label WHERE secretArn = ?", arguments: [secretARN])
        let insertLabel = try db.cachedStatement(
            sql: "INSERT INTO label (secretArn, label, versionId, position) VALUES (?, ?, ?, ?)")
        for label in labels {
            try insertLabel.execute(arguments: [secretARN, label.label, label.versionId, label.position])
        }
    }
}
