import Foundation
import SecretsCore
import TestSupport
import Testing

@testable import Vault

/// Every operation through `VaultBackend`, side by side with the in-memory `EngineBackend` given the same
/// clock and the same random sequence: the answers must be identical, and survive closing and reopening.
@Suite("Vault: every operation round-trips")
struct VaultOperationsTests {
    /// A clock that advances by a fixed, odd step on every reading, so stored dates must round-trip exactly.
    final class SteppingClock: @unchecked Sendable {
        private let lock = NSLock()
        private var current = Date(timeIntervalSince1970: 1_795_000_000.000_123)

        func now() -> Date {
            lock.lock()
            defer { lock.unlock() }
            current += 0.001_001
            return current
        }
    }

    let directory: TemporaryDirectory
    let path: String
    let vault: VaultBackend
    let memory: EngineBackend

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.file("vault.db")
        let vaultClock = SteppingClock()
        let memoryClock = SteppingClock()
        vault = try VaultBackend.create(
            path: path, passphrase: VaultFixture.passphrase, context: VaultFixture.context, kdfLogN: VaultFixture.logN,
            clock: { vaultClock.now() }, random: SeededRandomSource(seed: 42))
        memory = EngineBackend(
            context: VaultFixture.context, clock: { memoryClock.now() }, random: SeededRandomSource(seed: 42))
    }

    /// Runs one call on both backends; both must succeed with equal responses or fail with equal errors.
    @discardableResult
    func both<R: Equatable & Sendable>(
        _ label: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ call: (any SecretsBackend) async throws -> R
    ) async -> Result<R, ServiceError> {
        let fromVault = await result(call, on: vault)
        let fromMemory = await result(call, on: memory)
        #expect(fromVault == fromMemory, "\(label)", sourceLocation: sourceLocation)
        return fromVault
    }

    private func result<R>(_ call: (any SecretsBackend) async throws -> R, on backend: any SecretsBackend) async
        -> Result<R, ServiceError>
    {
        do {
            return .success(try await call(backend))
        } catch let error as ServiceError {
            return .failure(error)
        } catch {
            Issue.record("\(backend.displayName): not a service error: \(error)")
            return .failure(ServiceError(code: "unexpected", message: "\(error)"))
        }
    }

    @Test("the same calls give the same answers as the in-memory engine, before and after reopening")
    func differential() async throws {
        let bytes = Data([0, 1, 2, 0xFE, 0xFF])
        await both("create app/db") {
            try await $0.createSecret(
                CreateSecretRequest(
                    name: "app/db", clientRequestToken: "00000000-0000-4000-8000-000000000001", description: "database",
                    secretString: "{\"user\":\"admin\",\"password\":\"first\"}", tags: [Tag(key: "env", value: "prod")])
            )
        }
        await both("create bin") {
            try await $0.createSecret(
                CreateSecretRequest(
                    name: "bin/ключ", clientRequestToken: "00000000-0000-4000-8000-000000000002", secretBinary: bytes))
        }
        await both("create duplicate") {
            try await $0.createSecret(
                CreateSecretRequest(
                    name: "app/db", clientRequestToken: "00000000-0000-4000-8000-000000000003", secretString: "x"))
        }
        await both("put v2") {
            try await $0.putSecretValue(
                PutSecretValueRequest(
                    secretId: "app/db", clientRequestToken: "00000000-0000-4000-8000-000000000010",
                    secretString: "{\"user\":\"admin\",\"password\":\"second\"}"))
        }
        await both("put v2 again, same token and value") {
            try await $0.putSecretValue(
                PutSecretValueRequest(
                    secretId: "app/db", clientRequestToken: "00000000-0000-4000-8000-000000000010",
                    secretString: "{\"user\":\"admin\",\"password\":\"second\"}"))
        }
        await both("put v2 again, same token, other value") {
            try await $0.putSecretValue(
                PutSecretValueRequest(
                    secretId: "app/db", clientRequestToken: "00000000-0000-4000-8000-000000000010",
                    secretString: "other"))
        }
        await both("put pending") {
            try await $0.putSecretValue(
                PutSecretValueRequest(
                    secretId: "app/db", clientRequestToken: "00000000-0000-4000-8000-000000000011",
                    secretString: "next",
                    versionStages: ["AWSPENDING"]))
        }
        await both("put both values") {
            try await $0.putSecretValue(
                PutSecretValueRequest(
                    secretId: "app/db", clientRequestToken: "00000000-0000-4000-8000-000000000012", secretBinary: bytes,
                    secretString: "x"))
        }
        await both("get current") { try await $0.getSecretValue(GetSecretValueRequest(secretId: "app/db")) }
        await both("get previous") {
            try await $0.getSecretValue(GetSecretValueRequest(secretId: "app/db", versionStage: "AWSPREVIOUS"))
        }
        await both("get by version id") {
            try await $0.getSecretValue(
                GetSecretValueRequest(
                    secretId: "app/db", versionId: "00000000-0000-4000-8000-000000000011"))
        }
        await both("get binary") { try await $0.getSecretValue(GetSecretValueRequest(secretId: "bin/ключ")) }
        await both("get missing") { try await $0.getSecretValue(GetSecretValueRequest(secretId: "nope")) }
        await both("rollback AWSCURRENT to v1") {
            try await $0.updateSecretVersionStage(
                UpdateSecretVersionStageRequest(
                    secretId: "app/db", versionStage: "AWSCURRENT",
                    removeFromVersionId: "00000000-0000-4000-8000-000000000010",
                    moveToVersionId: "00000000-0000-4000-8000-000000000001"))
        }
        await both("custom label") {
            try await $0.updateSecretVersionStage(
                UpdateSecretVersionStageRequest(
                    secretId: "app/db", versionStage: "blue", moveToVersionId: "00000000-0000-4000-8000-000000000010"))
        }
        await both("describe") { try await $0.describeSecret(DescribeSecretRequest(secretId: "app/db")) }
        await both("versions") {
            try await $0.listSecretVersionIds(ListSecretVersionIdsRequest(secretId: "app/db", includeDeprecated: true))
        }
        await both("update description and value") {
            try await $0.updateSecret(
                UpdateSecretRequest(
                    secretId: "app/db", clientRequestToken: "00000000-0000-4000-8000-000000000020",
                    description: "primary database", secretString: "{\"password\":\"third\"}"))
        }
        await both("tag") {
            try await $0.tagResource(
                TagResourceRequest(
                    secretId: "bin/ключ", tags: [Tag(key: "team", value: "ops"), Tag(key: "tier", value: "1")]))
        }
        await both("untag") {
            try await $0.untagResource(UntagResourceRequest(secretId: "bin/ключ", tagKeys: ["team"]))
        }
        await both("list") { try await $0.listSecrets(ListSecretsRequest()) }
        await both("batch") {
            try await $0.batchGetSecretValue(BatchGetSecretValueRequest(secretIdList: ["app/db", "bin/ключ", "nope"]))
        }
        await both("password") {
            try await $0.getRandomPassword(GetRandomPasswordRequest(passwordLength: 24, excludePunctuation: true))
        }
        await both("delete with recovery") {
            try await $0.deleteSecret(DeleteSecretRequest(secretId: "bin/ключ", recoveryWindowInDays: 7))
        }
        await both("get deleted") { try await $0.getSecretValue(GetSecretValueRequest(secretId: "bin/ключ")) }
        await both("list with planned deletion") {
            try await $0.listSecrets(ListSecretsRequest(includePlannedDeletion: true))
        }
        await both("restore") { try await $0.restoreSecret(RestoreSecretRequest(secretId: "bin/ключ")) }
        await both("force delete") {
            try await $0.deleteSecret(DeleteSecretRequest(secretId: "bin/ключ", forceDeleteWithoutRecovery: true))
        }
        await both("describe force-deleted") {
            try await $0.describeSecret(DescribeSecretRequest(secretId: "bin/ключ"))
        }
        await both("recreate after force delete") {
            try await $0.createSecret(
                CreateSecretRequest(
                    name: "bin/ключ", clientRequestToken: "00000000-0000-4000-8000-000000000030", secretString: "again")
            )
        }
        #expect(try await vault.labelHistory(secretId: "app/db") == (try await memory.labelHistory(secretId: "app/db")))
        #expect(try await vault.labelHistory(secretId: "app/db").count >= 5)

        // Everything survives closing and reopening.
        let reopened = try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        #expect(
            try await reopened.describeSecret(DescribeSecretRequest(secretId: "app/db"))
                == (try await memory.describeSecret(DescribeSecretRequest(secretId: "app/db"))))
        #expect(
            try await reopened.listSecrets(ListSecretsRequest()) == (try await memory.listSecrets(ListSecretsRequest()))
        )
        #expect(
            try await reopened.getSecretValue(GetSecretValueRequest(secretId: "app/db")).secretString
                == "{\"password\":\"third\"}")
        #expect(try reopened.check().isIntact)
    }

    @Test("GetSecretValue's LastAccessedDate is written to the file")
    func lastAccessedPersists() async throws {
        _ = try await vault.createSecret(
            CreateSecretRequest(
                name: "touched", clientRequestToken: "00000000-0000-4000-8000-000000000001", secretString: "v"))
        #expect(try await vault.describeSecret(DescribeSecretRequest(secretId: "touched")).lastAccessedDate == nil)
        _ = try await vault.getSecretValue(GetSecretValueRequest(secretId: "touched"))
        let reopened = try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        let described = try await reopened.describeSecret(DescribeSecretRequest(secretId: "touched"))
        #expect(described.lastAccessedDate != nil)
        let versions = try await reopened.listSecretVersionIds(ListSecretVersionIdsRequest(secretId: "touched"))
        #expect(versions.versions.first?.lastAccessedDate == described.lastAccessedDate)
    }

    @Test("a refused call changes nothing in the file")
    func refusedCallWritesNothing() async throws {
        _ = try await vault.createSecret(
            CreateSecretRequest(
                name: "s", clientRequestToken: "00000000-0000-4000-8000-000000000001", secretString: "v"))
        let before = try vault.readSync { try $0.allRecords() }
        let fileBefore = VaultFixture.contents(path)
        let walBefore = VaultFixture.contents(path + "-wal")
        await #expect(throws: ServiceError.self) {
            try await vault.putSecretValue(
                PutSecretValueRequest(
                    secretId: "s", clientRequestToken: "00000000-0000-4000-8000-000000000001", secretString: "different"
                ))
        }
        #expect(VaultFixture.contents(path) == fileBefore)
        #expect(VaultFixture.contents(path + "-wal") == walBefore)
        #expect(try vault.readSync { try $0.allRecords() } == before)
    }

    @Test("one backend shared by many concurrent tasks serializes their writes and loses none")
    func concurrentTasks() async throws {
        _ = try await vault.createSecret(
            CreateSecretRequest(
                name: "shared", clientRequestToken: "00000000-0000-4000-8000-000000000001", secretString: "v0"))
        let vault = vault
        let versionIds = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<40 {
                group.addTask {
                    try await vault.putSecretValue(
                        PutSecretValueRequest(
                            secretId: "shared", clientRequestToken: UUID().uuidString.lowercased(),
                            secretString: "v\(index + 1)")
                    ).versionId
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(versionIds.count == 40)
        let listed = try await vault.listSecretVersionIds(
            ListSecretVersionIdsRequest(secretId: "shared", includeDeprecated: true))
        #expect(versionIds.isSubset(of: Set(listed.versions.map(\.versionId))))
        #expect(listed.versions.count == 41)
        #expect(try vault.check().isIntact)
    }

    @Test("the largest values the service takes round-trip: 65,536 bytes of text and of binary")
    func largestValues() async throws {
        let text = String(repeating: "é", count: 32_768)
        let binary = Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        _ = try await vault.createSecret(
            CreateSecretRequest(name: "big-text", clientRequestToken: UUID().uuidString, secretString: text))
        _ = try await vault.createSecret(
            CreateSecretRequest(name: "big-binary", clientRequestToken: UUID().uuidString, secretBinary: binary))
        let reopened = try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        #expect(try await reopened.getSecretValue(GetSecretValueRequest(secretId: "big-text")).secretString == text)
        #expect(try await reopened.getSecretValue(GetSecretValueRequest(secretId: "big-binary")).secretBinary == binary)
        #expect(try reopened.check().isIntact)
    }
}
