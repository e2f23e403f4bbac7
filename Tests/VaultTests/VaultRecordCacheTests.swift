import Foundation
import SecretsCore
import Testing

@testable import Vault

/// Listing page by page reuses the records verified by the first page only while the vault is unchanged: an
/// edit by another connection, a write by another backend on the same file, a write of this backend and a
/// rolled-back transaction each make the next page read and verify the rows again.
@Suite("Vault: records reused across list pages")
struct VaultRecordCacheTests {
    let seeded: SeededVault
    var path: String { seeded.path }
    var vault: VaultBackend { seeded.vault }

    init() throws { seeded = try SeededVault() }

    private func firstPage() async throws -> ListSecretsResponse {
        try await vault.listSecrets(ListSecretsRequest(maxResults: 1, sortBy: "name"))
    }

    private func rest(after page: ListSecretsResponse) async throws -> [String] {
        let next = try await vault.listSecrets(ListSecretsRequest(maxResults: 10, nextToken: page.nextToken, sortBy: "name"))
        return next.secretList.map(\.name)
    }

    @Test("a record edited by another connection between two pages is caught on the second")
    func tamperBetweenPages() async throws {
        let page = try await firstPage()
        #expect(page.secretList.map(\.name) == ["alpha"])
        try VaultFixture.tamper(path, "UPDATE secret SET description = 'edited' WHERE name = 'gamma'")
        let error = await #expect(throws: ServiceError.self) { try await rest(after: page) }
        #expect(error?.code == "DecryptionFailure")
        #expect(error?.message.contains("gamma") == true)
    }

    @Test("a secret another backend creates on the same file between two pages shows on the second")
    func otherProcessWrites() async throws {
        let page = try await firstPage()
        let other = try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        _ = try await other.createSecret(CreateSecretRequest(
            name: "beta2", clientRequestToken: "00000000-0000-4000-8000-000000000001", secretString: "x"))
        #expect(try await rest(after: page) == ["beta", "beta2", "gamma"])
    }

    @Test("this backend's own write between two pages shows on the second")
    func ownWrite() async throws {
        let page = try await firstPage()
        _ = try await vault.deleteSecret(DeleteSecretRequest(secretId: "beta", forceDeleteWithoutRecovery: true))
        #expect(try await rest(after: page) == ["gamma"])
    }

    @Test("a transaction that removed a record and then failed leaves the next page with the record")
    func rolledBack() async throws {
        let page = try await firstPage()
        struct Abandon: Error {}
        #expect(throws: (any Error).self) {
            try vault.writeSync { store in
                try store.remove(secretARN: seeded.beta.arn)
                #expect(try store.allRecords().map(\.name) == ["alpha", "gamma"])
                throw Abandon()
            }
        }
        #expect(try await rest(after: page) == ["beta", "gamma"])
    }
}
