import Foundation

/// A `SecretsBackend` that keeps its secrets in memory: the semantics engine over an `InMemorySecretStore`.
///
/// The `memory` backend of the CLI and the backend of the TUI and CLI unit tests. Calls are serialized by
/// the actor and applied to the store in place; a refused call changes nothing.
public actor EngineBackend: SecretsBackend, LabelJournalProviding {
    /// The engine that answers every call.
    public nonisolated let engine: SecretsEngine
    /// The secrets.
    public private(set) var store: InMemorySecretStore

    /// Creates a backend over an (initially empty) store.
    public init(
        context: StoreContext = StoreContext(), clock: @escaping @Sendable () -> Date = { Date() },
        random: any RandomSource, store: InMemorySecretStore = InMemorySecretStore()
    ) {
        self.engine = SecretsEngine(context: context, clock: clock, random: random)
        self.store = store
    }

    /// `memory`.
    public nonisolated var displayName: String { "memory" }

    /// Runs one operation on the store. The engine refuses before it changes anything, so a failed call
    /// leaves the store as it was (apart from purging secrets whose deletion date has passed).
    private func apply<R>(_ body: (inout InMemorySecretStore) throws -> R) rethrows -> R {
        try body(&store)
    }

    // MARK: - SecretsBackend

    /// CreateSecret, answered by the engine.
    public func createSecret(_ request: CreateSecretRequest) throws -> CreateSecretResponse {
        try apply { try engine.createSecret(request, in: &$0) }
    }

    /// PutSecretValue, answered by the engine.
    public func putSecretValue(_ request: PutSecretValueRequest) throws -> PutSecretValueResponse {
        try apply { try engine.putSecretValue(request, in: &$0) }
    }

    /// GetSecretValue, answered by the engine.
    public func getSecretValue(_ request: GetSecretValueRequest) throws -> GetSecretValueResponse {
        try apply { try engine.getSecretValue(request, in: &$0) }
    }

    /// DescribeSecret, answered by the engine.
    public func describeSecret(_ request: DescribeSecretRequest) throws -> DescribeSecretResponse {
        try apply { try engine.describeSecret(request, in: &$0) }
    }

    /// ListSecrets, answered by the engine.
    public func listSecrets(_ request: ListSecretsRequest) throws -> ListSecretsResponse {
        try apply { try engine.listSecrets(request, in: &$0) }
    }

    /// ListSecretVersionIds, answered by the engine.
    public func listSecretVersionIds(_ request: ListSecretVersionIdsRequest) throws -> ListSecretVersionIdsResponse {
        try apply { try engine.listSecretVersionIds(request, in: &$0) }
    }

    /// UpdateSecretVersionStage, answered by the engine.
    public func updateSecretVersionStage(_ request: UpdateSecretVersionStageRequest) throws
        -> UpdateSecretVersionStageResponse
    {
        try apply { try engine.updateSecretVersionStage(request, in: &$0) }
    }

    /// UpdateSecret, answered by the engine.
    public func updateSecret(_ request: UpdateSecretRequest) throws -> UpdateSecretResponse {
        try apply { try engine.updateSecret(request, in: &$0) }
    }

    /// DeleteSecret, answered by the engine.
    public func deleteSecret(_ request: DeleteSecretRequest) throws -> DeleteSecretResponse {
        try apply { try engine.deleteSecret(request, in: &$0) }
    }

    /// RestoreSecret, answered by the engine.
    public func restoreSecret(_ request: RestoreSecretRequest) throws -> RestoreSecretResponse {
        try apply { try engine.restoreSecret(request, in: &$0) }
    }

    /// TagResource, answered by the engine.
    public func tagResource(_ request: TagResourceRequest) throws -> EmptyResponse {
        try apply { try engine.tagResource(request, in: &$0) }
    }

    /// UntagResource, answered by the engine.
    public func untagResource(_ request: UntagResourceRequest) throws -> EmptyResponse {
        try apply { try engine.untagResource(request, in: &$0) }
    }

    /// GetRandomPassword, answered by the engine.
    public func getRandomPassword(_ request: GetRandomPasswordRequest) throws -> GetRandomPasswordResponse {
        try engine.getRandomPassword(request)
    }

    /// BatchGetSecretValue, answered by the engine.
    public func batchGetSecretValue(_ request: BatchGetSecretValueRequest) throws -> BatchGetSecretValueResponse {
        try apply { try engine.batchGetSecretValue(request, in: &$0) }
    }

    // MARK: - LabelJournalProviding

    /// The journal entries of one secret (resolved like any SecretId), oldest first.
    public func labelHistory(secretId: String) throws -> [LabelMove] {
        let identifier = try SecretIdentifier.parse(secretId, context: engine.context)
        guard let record = try identifier.lookUp(in: store) else { throw ServiceError.secretNotFound }
        return store.journal.filter { $0.secretARN == record.arn }
    }
}
