import AWSClient
import CurlTransport
import Foundation
import SecretsCore
import TestSupport
import Testing

/// The shared semantics case table through `AWSBackend` and libcurl against a real moto_server on loopback.
///
/// Cases marked `.same` must hold exactly as against the service. Cases marked `.differs` cite a documented moto
/// defect (spec §8): they are run too, and must still fail, so a table mark that no longer matches moto (or a moto
/// that was fixed) is noticed. Cases marked `.unverified`, and differing cases whose difference lies in a request
/// without a ClientRequestToken (which `AWSBackend` never sends: it fills the token as the SDKs do, spec §1), are run
/// and must only be answered by the service (decoded service errors or results, never a transport or decoding
/// failure). Cases run one at a time: moto's in-memory backend is not safe under concurrent writes (it answers
/// HTTP 500 now and then), and the table wants exact answers, so no call is retried.
@Suite(
    "Semantics case table on AWSBackend against moto_server", .serialized,
    .enabled(if: MotoServer.isAvailable, "moto_server is not on PATH (make test-deps)"),
    .sharedMotoServer)
struct SemanticsMotoTests {
    static let same = SemanticsCases.all.filter { $0.moto == .same }
    static let differing = SemanticsCases.all.filter { isDiffering($0) && !sendsTokenlessWrite($0) }
    static let unverified = SemanticsCases.all.filter {
        if case .unverified = $0.moto { return true }
        return isDiffering($0) && sendsTokenlessWrite($0)
    }

    static func isDiffering(_ testCase: SemanticsCase) -> Bool {
        if case .differs = testCase.moto { return true }
        return false
    }

    /// Whether a step writes without a ClientRequestToken: `AWSBackend` fills one, so the wire request differs
    /// from the case's.
    static func sendsTokenlessWrite(_ testCase: SemanticsCase) -> Bool {
        testCase.steps.contains { step in
            switch step.call {
            case .createSecret(let request): request.clientRequestToken == nil
            case .putSecretValue(let request): request.clientRequestToken == nil
            case .updateSecret(let request): request.clientRequestToken == nil
            default: false
            }
        }
    }

    /// A backend on the shared moto with fixed credentials (moto does not check them here).
    static func backend(_ moto: MotoServer) -> AWSBackend {
        AWSBackend(
            endpoint: URL(string: "http://127.0.0.1:\(moto.port)")!, region: "us-east-1",
            credentials: FixedCredentialsProvider(
                value: Credentials(accessKeyId: "AKIDSEMANTICS", secretAccessKey: "semantics", source: "test")),
            transport: CurlTransport(environment: [:]), retry: .none, random: SeededRandomSource(seed: 7))
    }

    /// A short name prefix unique to the case, so cases can share one moto (`c042-`).
    static func prefix(_ testCase: SemanticsCase) -> String {
        let index = SemanticsCases.all.firstIndex { $0.id == testCase.id } ?? 999
        return "c" + String(String(index + 1000).suffix(3)) + "-"
    }

    @Test("case holds against moto", arguments: same)
    func caseHolds(_ testCase: SemanticsCase) async throws {
        let moto = try SharedMotoServer.require()
        let failures = await SemanticsRunner().run(testCase, on: Self.backend(moto), prefix: Self.prefix(testCase))
        #expect(failures.isEmpty, "\(testCase.id) [\(testCase.spec)]:\n\(failures.joined(separator: "\n"))")
    }

    @Test("moto still shows the documented difference", arguments: differing)
    func documentedDifference(_ testCase: SemanticsCase) async throws {
        let moto = try SharedMotoServer.require()
        guard case .differs(let reason) = testCase.moto else { return }
        let failures = await SemanticsRunner().run(testCase, on: Self.backend(moto), prefix: Self.prefix(testCase))
        #expect(
            !failures.isEmpty,
            "\(testCase.id) is marked as a moto difference (\(reason)) but moto answered as the service does")
    }

    @Test("moto answers unverified cases with service answers", arguments: unverified)
    func unverifiedCase(_ testCase: SemanticsCase) async throws {
        let moto = try SharedMotoServer.require()
        let failures = await SemanticsRunner().run(testCase, on: Self.backend(moto), prefix: Self.prefix(testCase))
        let broken = failures.filter { failure in
            ["TransportError", "Could not read the response", "Could not encode"].contains { failure.contains($0) }
        }
        #expect(broken.isEmpty, "\(testCase.id): \(broken.joined(separator: "\n"))")
    }

    @Test("the table has cases moto must answer like the service")
    func tableSplit() {
        #expect(Self.same.count + Self.differing.count + Self.unverified.count == SemanticsCases.all.count)
        #expect(Self.same.count >= 50)
    }
}
