import Foundation
import SecretsCore
import TestSupport
import Testing

@testable import Vault

/// The shared behavioural case table, run against `VaultBackend` on a real SQLite file (a fresh vault per case).
@Suite("Semantics case table on VaultBackend")
struct VaultSemanticsTableTests {
    @Test("case holds", arguments: SemanticsCases.all)
    func caseHolds(_ testCase: SemanticsCase) async throws {
        let directory = try TemporaryDirectory()
        let clock = TestClock()
        let vault = try VaultBackend.create(
            path: directory.file("vault.db"), passphrase: VaultFixture.passphrase, context: StoreContext(),
            kdfLogN: VaultFixture.logN, clock: clock.closure, random: SeededRandomSource(seed: 42))
        let failures = await SemanticsRunner().run(testCase, on: vault, prefix: "20260115-")
        #expect(failures.isEmpty, "\(testCase.id) [\(testCase.spec)]:\n\(failures.joined(separator: "\n"))")
        #expect(try vault.check().isIntact)
    }
}
