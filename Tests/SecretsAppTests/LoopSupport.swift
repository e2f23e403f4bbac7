import Foundation
import SecretsApp
import SecretsCore
import TerminalUI

/// A terminal that plays scripted events and records frames and raw writes.
final class ScriptedTerminal: TerminalDevice, @unchecked Sendable {
    let lock = NSLock()
    var size: Size
    private var events: [KeyEvent] = []
    private(set) var frames: [CellBuffer] = []
    private(set) var raw: [String] = []

    init(size: Size = Size(width: 80, height: 24)) { self.size = size }

    func push(_ event: KeyEvent) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }

    func render(_ frame: CellBuffer) {
        lock.lock()
        frames.append(frame)
        lock.unlock()
    }

    func readEvent(timeoutMilliseconds: Int32?) -> KeyEvent? {
        lock.lock()
        defer { lock.unlock() }
        return events.isEmpty ? nil : events.removeFirst()
    }

    func writeRaw(_ text: String) {
        lock.lock()
        raw.append(text)
        lock.unlock()
    }

    func setTheme(_ theme: Theme) {}

    var lastFrame: CellBuffer? {
        lock.lock()
        defer { lock.unlock() }
        return frames.last
    }
}

/// Timers that fire only when the test says so.
final class ManualTimers: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [(Int, CheckedContinuation<Void, any Error>)] = []

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return waiting.count
    }

    func sleep(_ milliseconds: Int) async throws {
        try await withCheckedThrowingContinuation { continuation in
            lock.lock()
            waiting.append((milliseconds, continuation))
            lock.unlock()
        }
    }

    func fireAll() {
        lock.lock()
        let all = waiting
        waiting.removeAll()
        lock.unlock()
        for (_, continuation) in all { continuation.resume() }
    }
}

/// A backend that counts calls, and can make ListSecrets hang until its task is cancelled.
final class CountingBackend: SecretsBackend, @unchecked Sendable {
    let inner: EngineBackend
    private let lock = NSLock()
    private var calls: [String: Int] = [:]
    var hangListing = false

    init(_ inner: EngineBackend) { self.inner = inner }

    var displayName: String { "counting" }

    func count(_ name: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return calls[name] ?? 0
    }

    private func note(_ name: String) {
        lock.lock()
        calls[name, default: 0] += 1
        lock.unlock()
    }

    func createSecret(_ r: CreateSecretRequest) async throws -> CreateSecretResponse { try await inner.createSecret(r) }
    func putSecretValue(_ r: PutSecretValueRequest) async throws -> PutSecretValueResponse {
        note("put")
        return try await inner.putSecretValue(r)
    }
    func getSecretValue(_ r: GetSecretValueRequest) async throws -> GetSecretValueResponse {
        note("get")
        return try await inner.getSecretValue(r)
    }
    func describeSecret(_ r: DescribeSecretRequest) async throws -> DescribeSecretResponse {
        note("describe")
        return try await inner.describeSecret(r)
    }
    func listSecrets(_ r: ListSecretsRequest) async throws -> ListSecretsResponse {
        note("list")
        if hangListing {
            while true { try await Task.sleep(nanoseconds: 1_000_000_000) }
        }
        return try await inner.listSecrets(r)
    }
    func listSecretVersionIds(_ r: ListSecretVersionIdsRequest) async throws -> ListSecretVersionIdsResponse {
        note("versions")
        return try await inner.listSecretVersionIds(r)
    }
    func updateSecretVersionStage(_ r: UpdateSecretVersionStageRequest) async throws -> UpdateSecretVersionStageResponse {
        try await inner.updateSecretVersionStage(r)
    }
    func updateSecret(_ r: UpdateSecretRequest) async throws -> UpdateSecretResponse { try await inner.updateSecret(r) }
    func deleteSecret(_ r: DeleteSecretRequest) async throws -> DeleteSecretResponse { try await inner.deleteSecret(r) }
    func restoreSecret(_ r: RestoreSecretRequest) async throws -> RestoreSecretResponse { try await inner.restoreSecret(r) }
    func tagResource(_ r: TagResourceRequest) async throws -> EmptyResponse { try await inner.tagResource(r) }
    func untagResource(_ r: UntagResourceRequest) async throws -> EmptyResponse { try await inner.untagResource(r) }
    func getRandomPassword(_ r: GetRandomPasswordRequest) async throws -> GetRandomPasswordResponse {
        try await inner.getRandomPassword(r)
    }
    func batchGetSecretValue(_ r: BatchGetSecretValueRequest) async throws -> BatchGetSecretValueResponse {
        try await inner.batchGetSecretValue(r)
    }
}
