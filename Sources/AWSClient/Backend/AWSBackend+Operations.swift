import SecretsCore

// MARK: - Operations

extension AWSBackend {
    /// CreateSecret, with a ClientRequestToken filled once for all attempts.
    public func createSecret(_ request: CreateSecretRequest) async throws -> CreateSecretResponse {
        try await perform(.createSecret, IdempotencyToken.fill(request, random: random), as: CreateSecretResponse.self)
    }

    /// PutSecretValue, with a ClientRequestToken filled once for all attempts.
    public func putSecretValue(_ request: PutSecretValueRequest) async throws -> PutSecretValueResponse {
        try await perform(
            .putSecretValue, IdempotencyToken.fill(request, random: random), as: PutSecretValueResponse.self)
    }

    /// GetSecretValue.
    public func getSecretValue(_ request: GetSecretValueRequest) async throws -> GetSecretValueResponse {
        try await perform(.getSecretValue, request, as: GetSecretValueResponse.self)
    }

    /// DescribeSecret.
    public func describeSecret(_ request: DescribeSecretRequest) async throws -> DescribeSecretResponse {
        try await perform(.describeSecret, request, as: DescribeSecretResponse.self)
    }

    /// ListSecrets (one page).
    public func listSecrets(_ request: ListSecretsRequest) async throws -> ListSecretsResponse {
        try await perform(.listSecrets, request, as: ListSecretsResponse.self)
    }

    /// ListSecretVersionIds (one page).
    public func listSecretVersionIds(_ request: ListSecretVersionIdsRequest) async throws
        -> ListSecretVersionIdsResponse
    {
        try await perform(.listSecretVersionIds, request, as: ListSecretVersionIdsResponse.self)
    }

    /// UpdateSecretVersionStage.
    public func updateSecretVersionStage(_ request: UpdateSecretVersionStageRequest) async throws
        -> UpdateSecretVersionStageResponse
    {
        try await perform(.updateSecretVersionStage, request, as: UpdateSecretVersionStageResponse.self)
    }

    /// UpdateSecret, with a ClientRequestToken filled once for all attempts.
    ///
    /// Like the SDKs (the member is an idempotency token in the service model), the token is filled even when the
    /// update carries no value (moto refuses a token-less UpdateSecret of an existing secret).
    public func updateSecret(_ request: UpdateSecretRequest) async throws -> UpdateSecretResponse {
        let filled = IdempotencyToken.fill(request, random: random)
        return try await perform(.updateSecret, filled, as: UpdateSecretResponse.self)
    }

    /// DeleteSecret.
    public func deleteSecret(_ request: DeleteSecretRequest) async throws -> DeleteSecretResponse {
        try await perform(.deleteSecret, request, as: DeleteSecretResponse.self)
    }

    /// RestoreSecret.
    public func restoreSecret(_ request: RestoreSecretRequest) async throws -> RestoreSecretResponse {
        try await perform(.restoreSecret, request, as: RestoreSecretResponse.self)
    }

    /// TagResource.
    public func tagResource(_ request: TagResourceRequest) async throws -> EmptyResponse {
        try await perform(.tagResource, request, as: EmptyResponse.self)
    }

    /// UntagResource.
    public func untagResource(_ request: UntagResourceRequest) async throws -> EmptyResponse {
        try await perform(.untagResource, request, as: EmptyResponse.self)
    }

    /// GetRandomPassword.
    public func getRandomPassword(_ request: GetRandomPasswordRequest) async throws -> GetRandomPasswordResponse {
        try await perform(.getRandomPassword, request, as: GetRandomPasswordResponse.self)
    }

    /// BatchGetSecretValue (one page).
    public func batchGetSecretValue(_ request: BatchGetSecretValueRequest) async throws
        -> BatchGetSecretValueResponse
    {
        try await perform(.batchGetSecretValue, request, as: BatchGetSecretValueResponse.self)
    }
}
