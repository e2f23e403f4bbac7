import Foundation

// MARK: - GetSecretValue, DescribeSecret, ListSecretVersionIds

extension SecretsEngine {
    /// GetSecretValue: the value of the AWSCURRENT version, or of the version named by id and/or stage.
    /// Sets the secret's and the version's `LastAccessedDate` to today (UTC).
    public func getSecretValue(_ request: GetSecretValueRequest, in store: inout some SecretStore) throws
        -> GetSecretValueResponse
    {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        validator.versionId(request.versionId, "versionId")
        validator.length(request.versionStage, "versionStage", min: 1, max: 256)
        try validator.check()
        let record = try resolveActive(request.secretId, in: &store)
        return try readValue(of: record, versionId: request.versionId, versionStage: request.versionStage, in: &store)
    }

    /// Reads one version's value of a live record and records the access.
    func readValue(
        of record: SecretRecord, versionId: String?, versionStage: String?, in store: inout some SecretStore
    ) throws -> GetSecretValueResponse {
        let index: Int
        if let versionId {
            guard let found = record.versions.firstIndex(where: { $0.versionId == versionId }) else {
                throw ServiceError.versionNotFound(versionId)
            }
            if let versionStage, !record.versions[found].stages.contains(versionStage) {
                throw ServiceError.versionStageMismatch
            }
            index = found
        } else {
            let stage = versionStage ?? StagingLabels.current
            guard let found = record.versions.firstIndex(where: { $0.stages.contains(stage) }) else {
                throw ServiceError.stageNotFound(stage)
            }
            index = found
        }
        let version = record.versions[index]
        let value = try store.value(secretARN: record.arn, versionId: version.versionId)
        let today = Self.utcDay(clock())
        if record.lastAccessedDate != today || version.lastAccessedDate != today {
            var touched = record
            touched.lastAccessedDate = today
            touched.versions[index].lastAccessedDate = today
            try store.save(touched)
        }
        return GetSecretValueResponse(
            arn: record.arn, name: record.name, versionId: version.versionId, secretBinary: value?.secretBinary,
            secretString: value?.secretString, versionStages: version.stages, createdDate: version.createdDate)
    }

    /// DescribeSecret: the metadata, also of a secret scheduled for deletion.
    public func describeSecret(_ request: DescribeSecretRequest, in store: inout some SecretStore) throws
        -> DescribeSecretResponse
    {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        try validator.check()
        return Self.describe(try resolve(request.secretId, in: &store))
    }

    /// ListSecretVersionIds: versions newest first; deprecated ones only with `IncludeDeprecated`.
    public func listSecretVersionIds(_ request: ListSecretVersionIdsRequest, in store: inout some SecretStore)
        throws -> ListSecretVersionIdsResponse
    {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        validator.range(request.maxResults, "maxResults", min: 1, max: 100)
        validator.nextToken(request.nextToken)
        try validator.check()
        let record = try resolve(request.secretId, in: &store)
        let includeDeprecated = request.includeDeprecated ?? false
        let scope = "\(record.arn)|\(includeDeprecated)"
        let offset = try PageToken.decode(request.nextToken, op: .listSecretVersionIds, scope: scope)
        let kmsKeyIds = Self.kmsKeyIds(record)
        let entries = record.versions.reversed()
            .filter { includeDeprecated || !$0.stages.isEmpty }
            .map {
                SecretVersionsListEntry(
                    versionId: $0.versionId, versionStages: $0.stages.isEmpty ? nil : $0.stages,
                    lastAccessedDate: $0.lastAccessedDate, createdDate: $0.createdDate, kmsKeyIds: kmsKeyIds)
            }
        let (page, next) = PageToken.page(
            entries, offset: offset, size: request.maxResults ?? 100, op: .listSecretVersionIds, scope: scope)
        return ListSecretVersionIdsResponse(versions: page, nextToken: next, arn: record.arn, name: record.name)
    }
}
