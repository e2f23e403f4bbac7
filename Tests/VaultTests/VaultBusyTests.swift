import Foundation
import GRDB
import SecretsCore
import Testing

@testable import Vault

@Suite("Vault: busy timeout")
struct VaultBusyTests {
    @Test("a write that waits past the busy timeout fails with the clear busy message, then works")
    func busyTimeout() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        let vault = try VaultFixture.makeVault(in: directory, busyTimeout: 0.2)
        let record = VaultFixture.record("held", versions: [("v1", ["AWSCURRENT"])])
        let holder = try DatabaseQueue(path: path)
        try holder.inTransaction(.immediate) { _ throws in
            let error = #expect(throws: LocalError.self) { try VaultFixture.seed(vault, [record]) }
            #expect(
                error
                    == LocalError.failure("The vault is busy (held by another process): \(path); gave up after 0.2 s."))
            #expect(error?.category == .failure)
            // Reads still see the last committed state while another process writes.
            #expect(try vault.readSync { try $0.allRecords() }.isEmpty)
            return .rollback
        }
        try VaultFixture.seed(vault, [record])
        #expect(try vault.readSync { try $0.record(named: "held") } == record)
    }

    @Test("opening waits for nothing: a held write lock does not stop an unlock")
    func openWhileHeld() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        _ = try VaultFixture.makeVault(in: directory)
        let holder = try DatabaseQueue(path: path)
        try holder.inTransaction(.immediate) { _ throws in
            let vault = try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase, busyTimeout: 0.2)
            #expect(vault.context == VaultFixture.context)
            return .rollback
        }
    }
}
