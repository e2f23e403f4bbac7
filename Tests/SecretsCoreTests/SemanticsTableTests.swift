import Foundation
import SecretsCore
import TestSupport
import Testing

/// Runs the shared behavioural case table against the in-memory engine backend, checking on the way that
/// no refused call changed the store.
@Suite("Semantics case table on EngineBackend")
struct SemanticsTableTests {
    @Test("case holds", arguments: SemanticsCases.all)
    func caseHolds(_ testCase: SemanticsCase) async {
        let clock = TestClock()
        let backend = AtomicityCheckingBackend(EngineBackend(clock: clock.closure, random: SeededRandomSource(seed: 42)))
        let failures = await SemanticsRunner().run(testCase, on: backend, prefix: "20260115-")
        #expect(failures.isEmpty, "\(testCase.id) [\(testCase.spec)]:\n\(failures.joined(separator: "\n"))")
        let violations = await backend.violations
        #expect(violations.isEmpty, "\(testCase.id): \(violations.joined(separator: "\n"))")
    }

    @Test("case ids are unique and every case names its spec section")
    func tableIsWellFormed() {
        let ids = SemanticsCases.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(SemanticsCases.all.allSatisfy { $0.spec.contains("§") && !$0.steps.isEmpty })
        #expect(SemanticsCases.all.count >= 100)
    }
}
