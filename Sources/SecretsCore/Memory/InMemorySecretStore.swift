import Foundation

/// A `SecretStore` kept in memory: for tests, the `memory` backend and the TUI's predictions.
///
/// A value type, so a copy is a snapshot: apply an operation to a copy to see what it would do.
public struct InMemorySecretStore: SecretStore, Sendable, Hashable {
    /// Records in creation order (returned as is by `allRecords()`, without copying).
    private var list: [SecretRecord] = []
    /// Position in `list` by ARN.
    private var indexByARN: [String: Int] = [:]
    /// ARN by name.
    private var arnByName: [String: String] = [:]
    /// Values by ARN, then version id.
    private var values: [String: [String: SecretValue]] = [:]
    /// Every label move appended, oldest first.
    public private(set) var journal: [LabelMove] = []

    /// Creates an empty store.
    public init() {}

    // MARK: - SecretStore

    /// The record with this exact name, if any.
    public func record(named name: String) throws -> SecretRecord? {
        arnByName[name].flatMap { indexByARN[$0] }.map { list[$0] }
    }

    /// The record with this exact ARN, if any.
    public func record(arn: String) throws -> SecretRecord? {
        indexByARN[arn].map { list[$0] }
    }

    /// Every record, in creation order.
    public func allRecords() throws -> [SecretRecord] {
        list
    }

    /// The value of one version, if stored.
    public func value(secretARN: String, versionId: String) throws -> SecretValue? {
        values[secretARN]?[versionId]
    }

    /// Inserts or replaces a record; values of versions it no longer lists are dropped.
    public mutating func save(_ record: SecretRecord) throws {
        if let index = indexByARN[record.arn] {
            let old = list[index]
            if old.name != record.name, arnByName[old.name] == record.arn { arnByName[old.name] = nil }
            if old.versions.count != record.versions.count || old.versions.map(\.versionId) != record.versions.map(\.versionId) {
                let kept = Set(record.versions.map(\.versionId))
                values[record.arn] = values[record.arn]?.filter { kept.contains($0.key) }
            }
            list[index] = record
        } else {
            if let other = arnByName[record.name], other != record.arn { try remove(secretARN: other) }
            indexByARN[record.arn] = list.count
            list.append(record)
        }
        arnByName[record.name] = record.arn
    }

    /// Stores the value of one version.
    public mutating func saveValue(_ value: SecretValue, secretARN: String, versionId: String) throws {
        values[secretARN, default: [:]][versionId] = value
    }

    /// Removes a record and its values (the journal keeps its entries).
    public mutating func remove(secretARN: String) throws {
        values[secretARN] = nil
        guard let index = indexByARN.removeValue(forKey: secretARN) else { return }
        let record = list.remove(at: index)
        if arnByName[record.name] == secretARN { arnByName[record.name] = nil }
        for later in index..<list.count { indexByARN[list[later].arn] = later }
    }

    /// Appends label moves to the journal.
    public mutating func appendJournal(_ moves: [LabelMove]) throws {
        journal.append(contentsOf: moves)
    }

    // MARK: - Inspection

    /// The number of stored values of a secret (versions that have one), for retention checks.
    public func valueCount(secretARN: String) -> Int {
        values[secretARN]?.count ?? 0
    }
}
