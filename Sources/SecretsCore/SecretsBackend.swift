import Foundation

/// The service's operations, one method each, with service-shaped requests and responses.
///
/// The AWS client and the vault both implement it, so the CLI and the TUI never know which one they talk to.
/// Failures are `ServiceError` (the service refused) or `LocalError` (configuration, I/O, network).
/// Callers fill `ClientRequestToken` of CreateSecret, PutSecretValue and UpdateSecret (see
/// `IdempotencyToken`); a backend that receives none answers as the service does.
public protocol SecretsBackend: Sendable {
    /// A short description of where requests go, for the status bar and notices (a vault path, a region).
    var displayName: String { get }

    func createSecret(_ request: CreateSecretRequest) async throws -> CreateSecretResponse
    func putSecretValue(_ request: PutSecretValueRequest) async throws -> PutSecretValueResponse
    func getSecretValue(_ request: GetSecretValueRequest) async throws -> GetSecretValueResponse
    func describeSecret(_ request: DescribeSecretRequest) async throws -> DescribeSecretResponse
    func listSecrets(_ request: ListSecretsRequest) async throws -> ListSecretsResponse
    func listSecretVersionIds(_ request: ListSecretVersionIdsRequest) async throws -> ListSecretVersionIdsResponse
    func updateSecretVersionStage(_ request: UpdateSecretVersionStageRequest) async throws
        -> UpdateSecretVersionStageResponse
    func updateSecret(_ request: UpdateSecretRequest) async throws -> UpdateSecretResponse
    func deleteSecret(_ request: DeleteSecretRequest) async throws -> DeleteSecretResponse
    func restoreSecret(_ request: RestoreSecretRequest) async throws -> RestoreSecretResponse
    func tagResource(_ request: TagResourceRequest) async throws -> EmptyResponse
    func untagResource(_ request: UntagResourceRequest) async throws -> EmptyResponse
    func getRandomPassword(_ request: GetRandomPasswordRequest) async throws -> GetRandomPasswordResponse
    func batchGetSecretValue(_ request: BatchGetSecretValueRequest) async throws -> BatchGetSecretValueResponse
}

/// A backend that keeps the journal of staging-label moves (the vault); the timeline pane shows it.
public protocol LabelJournalProviding: Sendable {
    /// Every recorded label move of one secret, oldest first.
    func labelHistory(secretId: String) async throws -> [LabelMove]
}

/// Fills missing idempotency tokens the way the SDKs do: a fresh UUID v4 per call, kept across retries.
public enum IdempotencyToken {
    /// Returns the request with `ClientRequestToken` set, generating one when absent.
    public static func fill(_ request: CreateSecretRequest, random: any RandomSource) -> CreateSecretRequest {
        var copy = request
        if copy.clientRequestToken == nil { copy.clientRequestToken = random.uuidString() }
        return copy
    }

    /// Returns the request with `ClientRequestToken` set, generating one when absent.
    public static func fill(_ request: PutSecretValueRequest, random: any RandomSource) -> PutSecretValueRequest {
        var copy = request
        if copy.clientRequestToken == nil { copy.clientRequestToken = random.uuidString() }
        return copy
    }

    /// Returns the request with `ClientRequestToken` set, generating one when absent. Like the SDKs, every
    /// UpdateSecret carries one, with or without a value (the token only names a version when a value is given).
    public static func fill(_ request: UpdateSecretRequest, random: any RandomSource) -> UpdateSecretRequest {
        var copy = request
        if copy.clientRequestToken == nil { copy.clientRequestToken = random.uuidString() }
        return copy
    }
}
