import Foundation
import SecretsCore

extension VaultBackend: SecretsBackend {
    /// The semantics engine over this vault's context, clock and randomness.
    var engine: SecretsEngine { SecretsEngine(context: context, clock: clock, random: random) }

    // MARK: - SecretsBackend

    public func createSecret(_ request: CreateSecretRequest) async throws -> CreateSecretResponse {
        let engine = engine
        return try await write { try engine.createSecret(request, in: &$0) }
    }

    public func putSecretValue(_ request: PutSecretValueRequest) async throws -> PutSecretValueResponse {
        let engine = engine
        return try await write { try engine.putSecretValue(request, in: &$0) }
    }

    /// Reads a value; writes the secret's and the version's LastAccessedDate in the same transaction.
    public func getSecretValue(_ request: GetSecretValueRequest) async throws -> GetSecretValueResponse {
        let engine = engine
        return try await write { try engine.getSecretValue(request, in: &$0) }
    }

    public func describeSecret(_ request: DescribeSecretRequest) async throws -> DescribeSecretResponse {
        let engine = engine
        return try await write { try engine.describeSecret(request, in: &$0) }
    }

    public func listSecrets(_ request: ListSecretsRequest) async throws -> ListSecretsResponse {
        let engine = engine
        return try await write { try engine.listSecrets(request, in: &$0) }
    }

    public func listSecretVersionIds(_ request: ListSecretVersionIdsRequest) async throws
        -> ListSecretVersionIdsResponse
    {
        let engine = engine
        return try await write { try engine.listSecretVersionIds(request, in: &$0) }
    }

    public func updateSecretVersionStage(_ request: UpdateSecretVersionStageRequest) async throws
        -> UpdateSecretVersionStageResponse
    {
        let engine = engine
        return try await write { try engine.updateSecretVersionStage(request, in: &$0) }
    }

    public func updateSecret(_ request: UpdateSecretRequest) async throws -> UpdateSecretResponse {
        let engine = engine
        return try await write { try engine.updateSecret(request, in: &$0) }
    }

    public func deleteSecret(_ request: DeleteSecretRequest) async throws -> DeleteSecretResponse {
        let engine = engine
        return try await write { try engine.deleteSecret(request, in: &$0) }
    }

    public func restoreSecret(_ request: RestoreSecretRequest) async throws -> RestoreSecretResponse {
        let engine = engine
        return try await write { try engine.restoreSecret(request, in: &$0) }
    }

    public func tagResource(_ request: TagResourceRequest) async throws -> EmptyResponse {
        let engine = engine
        return try await write { try engine.tagResource(request, in: &$0) }
    }

    public func untagResource(_ request: UntagResourceRequest) async throws -> EmptyResponse {
        let engine = engine
        return try await write { try engine.untagResource(request, in: &$0) }
    }

    /// Makes a password; touches no storage.
    public func getRandomPassword(_ request: GetRandomPasswordRequest) async throws -> GetRandomPasswordResponse {
        try engine.getRandomPassword(request)
    }

    public func batchGetSecretValue(_ request: BatchGetSecretValueRequest) async throws -> BatchGetSecretValueResponse {
        let engine = engine
        return try await write { try engine.batchGetSecretValue(request, in: &$0) }
    }
}
