import Foundation

/// The Secrets Manager semantics: every operation applied to any `SecretStore`, answering as the service
/// does (AWS's behaviour where moto differs; see the semantics spec).
///
/// The engine holds no state: the store is passed `inout` to each call, and an operation either succeeds
/// with all its changes made or throws a `ServiceError` having changed nothing (except that a secret whose
/// deletion date has passed is purged when a call comes across it). Label moves are appended to the
/// store's journal in the same call.
public struct SecretsEngine: Sendable {
    /// The partition, region and account of the store's ARNs.
    public let context: StoreContext
    /// The clock; every date the engine records comes from it.
    public let clock: @Sendable () -> Date
    /// Randomness for ARN suffixes and passwords.
    public let random: any RandomSource

    /// Creates an engine.
    public init(context: StoreContext, clock: @escaping @Sendable () -> Date, random: any RandomSource) {
        self.context = context
        self.clock = clock
        self.random = random
    }
}

// MARK: - Shared helpers

extension SecretsEngine {
    /// The alphabet of ARN suffixes.
    static let suffixAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// Midnight UTC of a date: the resolution of `LastAccessedDate`.
    static func utcDay(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }

    /// A fresh ARN for a secret name, unique in the store.
    func newARN(name: String, in store: some SecretStore) throws -> String {
        while true {
            let suffix = String((0..<6).map { _ in Self.suffixAlphabet[random.uniform(Self.suffixAlphabet.count)] })
            let arn = context.secretARNPrefix + name + "-" + suffix
            if try store.record(arn: arn) == nil { return arn }
        }
    }

    /// Removes the record when its scheduled deletion date has passed; returns whether it was removed.
    func purgeIfExpired(_ record: SecretRecord, in store: inout some SecretStore) throws -> Bool {
        guard let deletedDate = record.deletedDate, deletedDate <= clock() else { return false }
        try store.remove(secretARN: record.arn)
        return true
    }

    /// Resolves a `SecretId` to a live record (purging an expired one), or `nil`.
    func find(_ secretId: String, in store: inout some SecretStore) throws -> SecretRecord? {
        let identifier = try SecretIdentifier.parse(secretId, context: context)
        guard let record = try identifier.lookUp(in: store) else { return nil }
        return try purgeIfExpired(record, in: &store) ? nil : record
    }

    /// Resolves a `SecretId` to a live record or throws `ResourceNotFoundException`.
    func resolve(_ secretId: String, in store: inout some SecretStore) throws -> SecretRecord {
        guard let record = try find(secretId, in: &store) else { throw ServiceError.secretNotFound }
        return record
    }

    /// Resolves a `SecretId` to a record that is not scheduled for deletion.
    func resolveActive(_ secretId: String, in store: inout some SecretStore) throws -> SecretRecord {
        let record = try resolve(secretId, in: &store)
        if record.deletedDate != nil { throw ServiceError.markedForDeletion }
        return record
    }

    /// The record's label map, for `StagingLabels`.
    static func labelMap(_ record: SecretRecord) -> [VersionLabels] {
        VersionLabels.map(of: record)
    }

    /// Copies the labels of an outcome back onto the record's versions.
    static func applyLabels(_ outcome: LabelOutcome, to record: inout SecretRecord) {
        let stages = Dictionary(outcome.versions.map { ($0.versionId, $0.stages) }, uniquingKeysWith: { a, _ in a })
        for index in record.versions.indices {
            record.versions[index].stages = stages[record.versions[index].versionId] ?? []
        }
    }

    /// The `KmsKeyIds` a version lists.
    static func kmsKeyIds(_ record: SecretRecord) -> [String] {
        [record.kmsKeyId ?? "DefaultEncryptionKey"]
    }

    /// A DescribeSecret-shaped view of a record (labelled versions only in the map).
    static func describe(_ record: SecretRecord) -> SecretDescription {
        var map: [String: [String]] = [:]
        for version in record.versions where !version.stages.isEmpty { map[version.versionId] = version.stages }
        return SecretDescription(
            arn: record.arn, name: record.name,
            description: record.description.flatMap { $0.isEmpty ? nil : $0 },
            kmsKeyId: record.kmsKeyId,
            lastChangedDate: record.lastChangedDate, lastAccessedDate: record.lastAccessedDate,
            deletedDate: record.deletedDate, tags: record.tags,
            versionIdsToStages: map.isEmpty ? nil : map, createdDate: record.createdDate)
    }

    /// The value a request carries, after checking that it carries at most one.
    static func requestValue(string: String?, binary: Data?) throws -> SecretValue? {
        if string != nil, binary != nil { throw ServiceError.bothSecretValues }
        return SecretValue(string: string, binary: binary)
    }

    /// A KmsKeyId as stored: `nil` for the default key (omitted, empty, or the default alias).
    static func storedKmsKeyId(_ kmsKeyId: String?) -> String? {
        guard let kmsKeyId, !kmsKeyId.isEmpty, kmsKeyId != "alias/aws/secretsmanager" else { return nil }
        return kmsKeyId
    }
}
