import Foundation

// MARK: - CreateSecret, PutSecretValue, UpdateSecret

extension SecretsEngine {
    /// CreateSecret: a new secret, with a first version (AWSCURRENT) when a value is given.
    public func createSecret(_ request: CreateSecretRequest, in store: inout some SecretStore) throws
        -> CreateSecretResponse
    {
        var validator = RequestValidator()
        validator.length(request.name, "name", min: 1, max: 512)
        validator.versionId(request.clientRequestToken, "clientRequestToken")
        validator.length(request.description, "description", max: 2048)
        validator.length(request.kmsKeyId, "kmsKeyId", max: 2048)
        validator.secretValue(string: request.secretString, binary: request.secretBinary)
        validator.tags(request.tags)
        try validator.check()
        guard let token = request.clientRequestToken else { throw ServiceError.missingClientRequestToken }
        guard SecretName.isValid(request.name) else { throw ServiceError.invalidName }
        let value = try Self.requestValue(string: request.secretString, binary: request.secretBinary)
        let tags = try Self.checkedTags(merging: request.tags ?? [], into: [])

        if let existing = try store.record(named: request.name), !(try purgeIfExpired(existing, in: &store)) {
            if existing.deletedDate != nil { throw ServiceError.nameScheduledForDeletion }
            guard existing.versions.contains(where: { $0.versionId == token }) else {
                throw ServiceError.secretExists(name: request.name)
            }
            let stored = try store.value(secretARN: existing.arn, versionId: token)
            guard stored == value else { throw ServiceError.tokenInUse(token: token, secretARN: existing.arn) }
            return CreateSecretResponse(arn: existing.arn, name: existing.name, versionId: token)
        }

        let now = clock()
        var record = SecretRecord(
            arn: try newARN(name: request.name, in: store), name: request.name, description: request.description,
            kmsKeyId: Self.storedKmsKeyId(request.kmsKeyId), tags: tags.isEmpty ? nil : tags,
            createdDate: now, lastChangedDate: now)
        var moves: [LabelMove] = []
        if let value {
            moves = try addVersion(
                to: &record, versionId: token, value: value, stages: nil, operation: .createSecret, in: &store)
        }
        try store.save(record)
        try store.appendJournal(moves)
        return CreateSecretResponse(arn: record.arn, name: record.name, versionId: value == nil ? nil : token)
    }

    /// PutSecretValue: a new version; `VersionStages` omitted means `["AWSCURRENT"]`.
    public func putSecretValue(_ request: PutSecretValueRequest, in store: inout some SecretStore) throws
        -> PutSecretValueResponse
    {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        validator.versionId(request.clientRequestToken, "clientRequestToken")
        validator.secretValue(string: request.secretString, binary: request.secretBinary)
        validator.versionStages(request.versionStages)
        validator.length(request.rotationToken, "rotationToken", min: 36, max: 256)
        try validator.check()
        guard let token = request.clientRequestToken else { throw ServiceError.missingClientRequestToken }
        var record = try resolveActive(request.secretId, in: &store)
        guard let value = try Self.requestValue(string: request.secretString, binary: request.secretBinary) else {
            throw ServiceError.missingSecretValue
        }
        if let index = record.versions.firstIndex(where: { $0.versionId == token }) {
            let version = record.versions[index]
            if version.hasValue {
                guard try store.value(secretARN: record.arn, versionId: token) == value else {
                    throw ServiceError.tokenInUse(token: token, secretARN: record.arn)
                }
                return PutSecretValueResponse(
                    arn: record.arn, name: record.name, versionId: token, versionStages: version.stages)
            }
            try store.saveValue(value, secretARN: record.arn, versionId: token)
            record.versions[index].hasValue = true
            record.lastChangedDate = clock()
            try store.save(record)
            return PutSecretValueResponse(
                arn: record.arn, name: record.name, versionId: token, versionStages: version.stages)
        }
        let moves = try addVersion(
            to: &record, versionId: token, value: value, stages: request.versionStages, operation: .putSecretValue,
            in: &store)
        record.lastChangedDate = clock()
        try store.save(record)
        try store.appendJournal(moves)
        let stages = record.versions.last?.stages ?? []
        return PutSecretValueResponse(arn: record.arn, name: record.name, versionId: token, versionStages: stages)
    }

    /// UpdateSecret: replaces the metadata given; with a value, a new AWSCURRENT version.
    public func updateSecret(_ request: UpdateSecretRequest, in store: inout some SecretStore) throws
        -> UpdateSecretResponse
    {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        validator.versionId(request.clientRequestToken, "clientRequestToken")
        validator.length(request.description, "description", max: 2048)
        validator.length(request.kmsKeyId, "kmsKeyId", max: 2048)
        validator.secretValue(string: request.secretString, binary: request.secretBinary)
        try validator.check()
        let hasValue = request.secretString != nil || request.secretBinary != nil
        if hasValue, request.clientRequestToken == nil { throw ServiceError.missingClientRequestToken }
        var record = try resolveActive(request.secretId, in: &store)
        let value = try Self.requestValue(string: request.secretString, binary: request.secretBinary)

        var moves: [LabelMove] = []
        var versionId: String?
        if let value, let token = request.clientRequestToken {
            if record.versions.contains(where: { $0.versionId == token }) {
                guard try store.value(secretARN: record.arn, versionId: token) == value else {
                    throw ServiceError.tokenInUse(token: token, secretARN: record.arn)
                }
                return UpdateSecretResponse(arn: record.arn, name: record.name, versionId: token)
            }
            moves = try addVersion(
                to: &record, versionId: token, value: value, stages: nil, operation: .updateSecret, in: &store)
            versionId = token
        }
        if let description = request.description { record.description = description }
        if let kmsKeyId = request.kmsKeyId { record.kmsKeyId = Self.storedKmsKeyId(kmsKeyId) }
        record.lastChangedDate = clock()
        try store.save(record)
        try store.appendJournal(moves)
        return UpdateSecretResponse(arn: record.arn, name: record.name, versionId: versionId)
    }

    // MARK: - Versions

    /// Adds a version with its value, applies the label rules and version retention to `record` (not yet
    /// saved) and returns the label moves. Throws before storing anything when refused.
    func addVersion(
        to record: inout SecretRecord, versionId: String, value: SecretValue, stages: [String]?,
        operation: SecretsOperation, in store: inout some SecretStore
    ) throws -> [LabelMove] {
        let now = clock()
        let outcome = try StagingLabels.apply(
            .addVersion(versionId: versionId, stages: stages), to: Self.labelMap(record), secretARN: record.arn,
            date: now, operation: operation)
        var updated = record
        updated.versions.append(VersionRecord(versionId: versionId, createdDate: now, stages: []))
        Self.applyLabels(outcome, to: &updated)
        try retainVersions(&updated, now: now)
        try store.saveValue(value, secretARN: record.arn, versionId: versionId)
        record = updated
        return outcome.moves
    }

    /// Keeps at most 100 versions: removes the oldest unlabelled versions older than 24 hours; when that is
    /// not enough, the write is refused with `LimitExceededException`.
    func retainVersions(_ record: inout SecretRecord, now: Date) throws {
        var excess = record.versions.count - SecretsLimits.maxVersions
        guard excess > 0 else { return }
        let cutoff = now.addingTimeInterval(-SecretsLimits.versionRetentionAge)
        var removable = Set<String>()
        for version in record.versions where excess > 0 && version.stages.isEmpty && version.createdDate <= cutoff {
            removable.insert(version.versionId)
            excess -= 1
        }
        guard excess == 0 else { throw ServiceError.versionQuota }
        record.versions.removeAll { removable.contains($0.versionId) }
    }

    /// Merges tags (new keys appended, existing keys take the new value) and checks the tag rules.
    static func checkedTags(merging new: [Tag], into existing: [Tag]) throws -> [Tag] {
        var tags = existing
        for tag in new {
            if tag.key.hasPrefix("aws:") { throw ServiceError.reservedTagKey }
            if let index = tags.firstIndex(where: { $0.key == tag.key }) {
                tags[index].value = tag.value
            } else {
                tags.append(tag)
            }
        }
        if tags.count > SecretsLimits.maxTags { throw ServiceError.tagQuota }
        return tags
    }
}
