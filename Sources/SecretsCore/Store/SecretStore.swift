/// What the semantics engine needs from storage: look up, save and remove secret records, read and write
/// values, and append journal entries. The vault implements it on SQLite inside one write transaction per
/// operation; `InMemorySecretStore` implements it for tests and predictions.
///
/// Records are keyed by ARN; at most one record has a given name (a secret scheduled for deletion keeps its
/// name until it is purged).
public protocol SecretStore {
    /// The record with this exact name, if any.
    func record(named name: String) throws -> SecretRecord?
    /// The record with this exact ARN, if any.
    func record(arn: String) throws -> SecretRecord?
    /// Every record, in creation order.
    func allRecords() throws -> [SecretRecord]
    /// The value of one version; `nil` when the version has none.
    func value(secretARN: String, versionId: String) throws -> SecretValue?

    /// Inserts or replaces a record. Versions no longer listed are removed with their values.
    mutating func save(_ record: SecretRecord) throws
    /// Stores the value of a version (called for a new version before `save` lists it, or to fill one).
    mutating func saveValue(_ value: SecretValue, secretARN: String, versionId: String) throws
    /// Removes a record, its versions and values (force delete, purge).
    mutating func remove(secretARN: String) throws
    /// Appends label moves to the journal, in order.
    mutating func appendJournal(_ moves: [LabelMove]) throws
}
