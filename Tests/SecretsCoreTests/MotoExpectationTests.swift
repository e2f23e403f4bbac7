import Foundation
import SecretsCore
import TestSupport
import Testing

/// Confirms the case table's moto flags against a real `moto_server` 5.2.1 on loopback: cases marked
/// `.same` must hold there, cases marked `.differs` must not. Skipped when moto_server is not installed.
@Suite("Semantics case table on moto_server", .serialized, .enabled(if: MotoServer.isAvailable))
struct MotoExpectationTests {
    @Test("moto flags match moto 5.2.1")
    func flagsMatch() async throws {
        let server = try await MotoServer.start()
        defer { server.stop() }
        let backend = MotoWireBackend(endpoint: try #require(URL(string: server.endpoint + "/")))
        let run = String(Int(Date().timeIntervalSince1970) % 100_000)
        var report: [String] = []
        for (index, testCase) in SemanticsCases.all.enumerated() {
            let failures = await SemanticsRunner().run(testCase, on: backend, prefix: "\(run)\(index)-")
            switch testCase.moto {
            case .same:
                #expect(failures.isEmpty, "\(testCase.id) is marked same on moto:\n\(failures.joined(separator: "\n"))")
            case .differs(let reason):
                #expect(!failures.isEmpty, "\(testCase.id) is marked as differing on moto (\(reason)) but holds")
            case .unverified(let reason):
                report.append("\(testCase.id) (\(reason)): \(failures.isEmpty ? "holds" : failures.joined(separator: " | "))")
            }
        }
        print("moto unverified cases:\n" + report.joined(separator: "\n"))
    }
}
