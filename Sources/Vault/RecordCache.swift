import Foundation
import GRDB
import SecretsCore

/// The verified records of the last full read, served again while the database is provably unchanged.
///
/// A listing reads and verifies every record, and the TUI lists page by page, so without this a vault of N
/// secrets costs N verifications a page. Two SQLite counters prove nothing changed since the read:
/// `PRAGMA data_version` moves when another connection (another process) commits, and the connection's total
/// change count moves when this connection writes, committed or not. It serves only IMMEDIATE write
/// transactions, during which no other connection can commit, so `data_version` cannot move under it. A failed
/// transaction may roll back changes the count still includes, so `invalidate()` is called whenever one throws.
final class RecordCache: @unchecked Sendable {
    private struct Entry {
        var dataVersion: Int64
        var changes: Int
        var records: [SecretRecord]
    }

    private let lock = NSLock()
    private var entry: Entry?

    /// The records, from the cache when both counters are where they were at the last read, else from `load`.
    func records(_ db: Database, load: () throws -> [SecretRecord]) throws -> [SecretRecord] {
        let dataVersion = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? -1
        let changes = db.totalChangesCount
        if let cached = lock.withLock({ entry }), cached.dataVersion == dataVersion, cached.changes == changes {
            return cached.records
        }
        let records = try load()
        lock.withLock { entry = Entry(dataVersion: dataVersion, changes: changes, records: records) }
        return records
    }

    /// Forgets the records (after a transaction that may have rolled back).
    func invalidate() {
        lock.withLock { entry = nil }
    }
}
