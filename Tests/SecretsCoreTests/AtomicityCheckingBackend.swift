import Foundation
import SecretsCore

/// Wraps an `EngineBackend` and records every call that failed yet changed the store, to prove that
/// refused operations never make partial changes.
actor AtomicityCheckingBackend: SecretsBackend {
    let inner: EngineBackend
    private(set) var violations: [String] = []

    init(_ inner: EngineBackend) {
        self.inner = inner
    }

    nonisolated var displayName: String { inner.displayName }

    private func checked<R: Sendable>(_ name: String, _ body: () async throws -> R) async throws -> R {
        let before = await inner.store
        do {
            return try await body()
        } catch {
            if await inner.store != before { violations.append("\(name) failed with \(error) but changed the store") }
            throw error
        }
    }

    func createSecret(_ r: CreateSecretRequest) async throws -> CreateSecretResponse {
        try await checked("CreateSecret") { try await inner.createSecret(r) }
    }
    func putSecretValue(_ r: PutSecretValueRequest) async throws -> PutSecretValueResponse {
        try await checked("PutSecretValue") { try await inner.putSecretValue(r) }
    }
    func getSecretValue(_ r: GetSecretValueRequest) async throws -> GetSecretValueResponse {
        try await checked("GetSecretValue") { try await inner.getSecretValue(r) }
    }
    func describeSecret(_ r: DescribeSecretRequest) async throws -> DescribeSecretResponse {
        try await checked("DescribeSecret") { try await inner.describeSecret(r) }
    }
    func listSecrets(_ r: ListSecretsRequest) async throws -> ListSecretsResponse {
        try await checked("ListSecrets") { try await inner.listSecrets(r) }
    }
    func listSecretVersionIds(_ r: ListSecretVersionIdsRequest) async throws -> ListSecretVersionIdsResponse {
        try await checked("ListSecretVersionIds") { try await inner.listSecretVersionIds(r) }
    }
    func updateSecretVersionStage(_ r: UpdateSecretVersionStageRequest) async throws -> UpdateSecretVersionStageResponse {
        try await checked("UpdateSecretVersionStage") { try await inner.updateSecretVersionStage(r) }
    }
    func updateSecret(_ r: UpdateSecretRequest) async throws -> UpdateSecretResponse {
        try await checked("UpdateSecret") { try await inner.updateSecret(r) }
    }
    func deleteSecret(_ r: DeleteSecretRequest) async throws -> DeleteSecretResponse {
        try await checked("DeleteSecret") { try await inner.deleteSecret(r) }
    }
    func restoreSecret(_ r: RestoreSecretRequest) async throws -> RestoreSecretResponse {
        try await checked("RestoreSecret") { try await inner.restoreSecret(r) }
    }
    func tagResource(_ r: TagResourceRequest) async throws -> EmptyResponse {
        try await checked("TagResource") { try await inner.tagResource(r) }
    }
    func untagResource(_ r: UntagResourceRequest) async throws -> EmptyResponse {
        try await checked("UntagResource") { try await inner.untagResource(r) }
    }
    func getRandomPassword(_ r: GetRandomPasswordRequest) async throws -> GetRandomPasswordResponse {
        try await checked("GetRandomPassword") { try await inner.getRandomPassword(r) }
    }
    func batchGetSecretValue(_ r: BatchGetSecretValueRequest) async throws -> BatchGetSecretValueResponse {
        try await checked("BatchGetSecretValue") { try await inner.batchGetSecretValue(r) }
    }
}
