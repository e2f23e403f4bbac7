import Foundation
import SecretsCore

extension VaultBackend: SecretsBackend {
    /// The semantics engine over this vault's context, clock and randomness.
    var engine: SecretsEngine { SecretsEngine(context: context, clock: clock, random: random) }

    // MARK: - SecretsBackend

    /// Creates a secret (and its first version when a value is given).
    public func createSecret(_ request: CreateSecretRequest) async throws -> CreateSecretResponse {
        let engine = engine
        return try await write { try engine.createSecret(request, in: &$0) }
    }

    /// Stores a new version and moves its staging labels.
    public func putSecretValue(_ request: PutSecretValueRequest) async throws -> PutSecretValueResponse {
        let engine = engine
        return try await write { try engine.putSecretValue(request, in: &$0) }
    }

    /// Reads a value; writes the secret's and the version's LastAccessedDate in the same transaction.
    public func getSecretValue(_ request: GetSecretValueRequest) async throws -> GetSecretValueResponse {
        let engine = engine
        return try await write { try engine.getSecretValue(request, in: &$0) }
    }

    /// Describes a secret (may purge it when its deletion date has passed).
    public func describeSecret(_ request: DescribeSecretRequest) async throws -> DescribeSecretResponse {
        let engine = engine
        return try await write { try engine.describeSecret(request, in: &$0) }
    }

    /// Lists secrets, a page at a time.
    public func listSecrets(_ request: ListSecretsRequest) async throws -> ListSecretsResponse {
        let engine = engine
        return try await write { try engine.listSecrets(request, in: &$0) }
    }

    /// Lists a secret's versions, a page at a time.
    public func listSecretVersionIds(_ request: ListSecretVersionIdsRequest) async throws
        -> ListSecretVersionIdsResponse
    {
        let engine = engine
        return try await write { try engine.listSecretVersionIds(request, in: &$0) }
    }

    /// Moves, attaches or removes one staging label.
    public func updateSecretVersionStage(_ request: UpdateSecretVersionStageRequest) async throws
        -> UpdateSecretVersionStageResponse
    {
        let engine = engine
        return try await write { try engine.updateSecretVersionStage(request, in: &$0) }
    }

    /// Changes a secret's metadata and, with a value, stores a new version.
    public func updateSecret(_ request: UpdateSecretRequest) async throws -> UpdateSecretResponse {
        let engine = engine
        return try await write { try engine.updateSecret(request, in: &$0) }
    }

    /// Schedules a secret for deletion, or removes it at once when forced.
    public func deleteSecret(_ request: DeleteSecretRequest) async throws -> DeleteSecretResponse {
        let engine = engine
        return try await write { try engine.deleteSecret(request, in: &$0) }
    }

    /// Cancels a scheduled deletion.
    public func restoreSecret(_ request: RestoreSecretRequest) async throws -> RestoreSecretResponse {
        let engine = engine
        return try await write { try engine.restoreSecret(request, in: &$0) }
    }

    /// Adds or replaces tags.
    public func tagResource(_ request: TagResourceRequest) async throws -> EmptyResponse {
        let engine = engine
        return try await write { try engine.tagResource(request, in: &$0) }
    }

    /// Removes tags by key.
    public func untagResource(_ request: UntagResourceRequest) async throws -> EmptyResponse {
        let engine = engine
        return try await write { try engine.untagResource(request, in: &$0) }
    }

    /// Makes a password; touches no storage.
    public func getRandomPassword(_ request: GetRandomPasswordRequest) async throws -> GetRandomPasswordResponse {
        try engine.getRandomPassword(request)
    }

    /// Reads several values in one transaction.
    public func batchGetSecretValue(_ request: BatchGetSecretValueRequest) async throws -> BatchGetSecretValueResponse {
        let engine = engine
        return try await write { try engine.batchGetSecretValue(request, in: &$0) }
    }
}
