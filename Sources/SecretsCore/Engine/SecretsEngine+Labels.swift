import Foundation

// MARK: - UpdateSecretVersionStage

extension SecretsEngine {
    /// UpdateSecretVersionStage: moves or removes one staging label (see `StagingLabels`).
    public func updateSecretVersionStage(
        _ request: UpdateSecretVersionStageRequest, in store: inout some SecretStore
    ) throws -> UpdateSecretVersionStageResponse {
        var validator = RequestValidator()
        validator.secretId(request.secretId)
        validator.length(request.versionStage, "versionStage", min: 1, max: 256)
        validator.versionId(request.removeFromVersionId, "removeFromVersionId")
        validator.versionId(request.moveToVersionId, "moveToVersionId")
        try validator.check()
        var record = try resolveActive(request.secretId, in: &store)
        let now = clock()
        let outcome = try StagingLabels.apply(
            .moveStage(
                label: request.versionStage, removeFrom: request.removeFromVersionId,
                moveTo: request.moveToVersionId),
            to: Self.labelMap(record), secretARN: record.arn, date: now, operation: .updateSecretVersionStage)
        if !outcome.moves.isEmpty {
            Self.applyLabels(outcome, to: &record)
            record.lastChangedDate = now
            try store.save(record)
            try store.appendJournal(outcome.moves)
        }
        return UpdateSecretVersionStageResponse(arn: record.arn, name: record.name)
    }
}
