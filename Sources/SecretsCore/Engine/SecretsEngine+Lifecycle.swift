import Foundation

// MARK: - DeleteSecret, RestoreSecret, TagResource, UntagResource

extension SecretsEngine {
    /// DeleteSecret: schedules deletion after a 7–30 day window (default 30), or deletes at once with
    /// `ForceDeleteWithoutRecovery` (also a secret that does not exist).
    public func deleteSecret(_ request: DeleteSecretRequest, in store: inout some SecretStore) throws
        -> DeleteSecretResponse
    {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        try validator.check()
        let force = request.forceDeleteWithoutRecovery ?? false
        if force, request.recoveryWindowInDays != nil { throw ServiceError.forceDeleteWithRecoveryWindow }
        if let days = request.recoveryWindowInDays, !(7...30).contains(days) {
            throw ServiceError.recoveryWindowOutOfRange
        }
        let now = clock()
        if force {
            guard let record = try find(request.secretId, in: &store) else {
                let arn = request.secretId.hasPrefix("arn:")
                    ? request.secretId : try newARN(name: request.secretId, in: store)
                return DeleteSecretResponse(arn: arn, name: request.secretId, deletionDate: now)
            }
            try store.remove(secretARN: record.arn)
            return DeleteSecretResponse(arn: record.arn, name: record.name, deletionDate: now)
        }
        var record = try resolveActive(request.secretId, in: &store)
        let days = request.recoveryWindowInDays ?? SecretsLimits.defaultRecoveryWindowDays
        let deletionDate = now.addingTimeInterval(TimeInterval(days) * 24 * 60 * 60)
        record.deletedDate = deletionDate
        try store.save(record)
        return DeleteSecretResponse(arn: record.arn, name: record.name, deletionDate: deletionDate)
    }

    /// RestoreSecret: cancels a scheduled deletion (a no-op for a secret that is not scheduled).
    public func restoreSecret(_ request: RestoreSecretRequest, in store: inout some SecretStore) throws
        -> RestoreSecretResponse
    {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        try validator.check()
        var record = try resolve(request.secretId, in: &store)
        if record.deletedDate != nil {
            record.deletedDate = nil
            try store.save(record)
        }
        return RestoreSecretResponse(arn: record.arn, name: record.name)
    }

    /// TagResource: merges tags (new keys appended, existing keys overwritten).
    public func tagResource(_ request: TagResourceRequest, in store: inout some SecretStore) throws -> EmptyResponse {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        validator.tags(request.tags)
        try validator.check()
        var record = try resolveActive(request.secretId, in: &store)
        record.tags = try Self.checkedTags(merging: request.tags, into: record.tags ?? [])
        record.lastChangedDate = clock()
        try store.save(record)
        return EmptyResponse()
    }

    /// UntagResource: removes the keys given; unknown keys are ignored.
    public func untagResource(_ request: UntagResourceRequest, in store: inout some SecretStore) throws
        -> EmptyResponse
    {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        for (index, key) in request.tagKeys.enumerated() {
            validator.length(key, "tagKeys.\(index + 1).member", min: 1, max: 128)
        }
        try validator.check()
        var record = try resolveActive(request.secretId, in: &store)
        if let tags = record.tags {
            let remaining = tags.filter { !request.tagKeys.contains($0.key) }
            if remaining != tags {
                record.tags = remaining
                record.lastChangedDate = clock()
                try store.save(record)
            }
        }
        return EmptyResponse()
    }
}
