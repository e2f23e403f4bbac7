import Foundation
import SecretsCore

/// An `InMemorySecretStore` wrapper that counts value reads and record saves, to test what operations touch.
struct CountingStore: SecretStore {
    /// A counter shared by copies of the store (value reads happen in non-mutating calls).
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() {
            lock.lock()
            value += 1
            lock.unlock()
        }
        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
    }

    var inner = InMemorySecretStore()
    let valueReads = Counter()
    var saves = 0

    func record(named name: String) throws -> SecretRecord? { try inner.record(named: name) }
    func record(arn: String) throws -> SecretRecord? { try inner.record(arn: arn) }
    func allRecords() throws -> [SecretRecord] { try inner.allRecords() }

    func value(secretARN: String, versionId: String) throws -> SecretValue? {
        valueReads.increment()
        return try inner.value(secretARN: secretARN, versionId: versionId)
    }

    mutating func save(_ record: SecretRecord) throws {
        saves += 1
        try inner.save(record)
    }

    mutating func saveValue(_ value: SecretValue, secretARN: String, versionId: String) throws {
        try inner.saveValue(value, secretARN: secretARN, versionId: versionId)
    }

    mutating func remove(secretARN: String) throws { try inner.remove(secretARN: secretARN) }
    mutating func appendJournal(_ moves: [LabelMove]) throws { try inner.appendJournal(moves) }
}
