import Foundation
import SecretsCore

/// Runs `SemanticsCase`s against any `SecretsBackend` and reports every mismatch.
public struct SemanticsRunner: Sendable {
    /// Creates a runner.
    public init() {}

    /// Runs one case on a backend with a name prefix; returns the mismatches (empty when the case holds).
    /// Give each case its own prefix of digits followed by `-` (for example `"<run><index>-"`) on a shared
    /// backend: listings only look at names with the prefix, and the word-filter cases rely on it holding
    /// no letters. A moto runner reads `SemanticsCase.moto` to skip or invert a case.
    /// A step's checks see the ARNs captured before it; its own CreateSecret result is captured after them.
    public func run(_ testCase: SemanticsCase, on backend: any SecretsBackend, prefix: String) async -> [String] {
        let env = SemanticsEnv(prefix: prefix)
        var failures: [String] = []
        for (index, step) in testCase.steps.enumerated() {
            let label = "\(testCase.id) step \(index + 1)"
            let call: SemanticsCall
            do {
                call = try step.call.expanded(env)
            } catch {
                failures.append("\(label): \(error)")
                break
            }
            let outcome: Result<SemanticsResult, any Error>
            do {
                outcome = .success(try await call.send(to: backend))
            } catch {
                outcome = .failure(error)
            }
            failures += check(outcome, of: step, original: step.call, env: env).map { "\(label) (\(call.name)): \($0)" }
        }
        return failures
    }

    /// Compares one answer with a step's expectation; captures ARNs and tokens on the way.
    private func check(
        _ outcome: Result<SemanticsResult, any Error>, of step: SemanticsStep, original: SemanticsCall,
        env: SemanticsEnv
    ) -> [String] {
        switch (outcome, step.expect) {
        case (.success(let result), .ok(let checks)):
            defer { env.capture(from: result, original: original) }
            return checks.compactMap { check in
                do { return try check.evaluate(result, env: env) } catch { return "\(error)" }
            }
        case (.success(let result), .fails(let code, _)):
            env.capture(from: result, original: original)
            return ["expected \(code), got success \(String(describing: result).prefix(300))"]
        case (.failure(let error), .ok):
            return ["expected success, got \(error)"]
        case (.failure(let error), .fails(let code, let message)):
            guard let service = error as? ServiceError else { return ["expected \(code), got \(error)"] }
            var problems: [String] = []
            if service.code != code { problems.append("expected code \(code), got \(service.code): \(service.message)") }
            if let message {
                do {
                    let expected = try env.expand(message)
                    if service.message != expected {
                        problems.append("expected message «\(expected)», got «\(service.message)»")
                    }
                } catch {
                    problems.append("\(error)")
                }
            }
            return problems
        }
    }
}

// MARK: - Capturing

extension SemanticsEnv {
    /// Captures the ARN of a created secret and the NextToken of a listing.
    func capture(from result: SemanticsResult, original: SemanticsCall) {
        switch (result, original) {
        case (.createSecret(let response), .createSecret(let request)):
            capture(logicalName: Self.logicalName(request.name), arn: response.arn)
        case (.listSecrets(let response), _): capture(nextToken: response.nextToken)
        case (.listSecretVersionIds(let response), _): capture(nextToken: response.nextToken)
        case (.batchGetSecretValue(let response), _): capture(nextToken: response.nextToken)
        default: break
        }
    }

    /// `x` for a name written `${x}`; the name itself otherwise.
    static func logicalName(_ written: String) -> String {
        if written.hasPrefix("${"), written.hasSuffix("}"), !written.dropFirst(2).contains(":") {
            return String(written.dropFirst(2).dropLast())
        }
        return written
    }
}

// MARK: - Sending

extension SemanticsCall {
    /// The operation name, for messages.
    public var name: String {
        switch self {
        case .createSecret: "CreateSecret"
        case .putSecretValue: "PutSecretValue"
        case .getSecretValue: "GetSecretValue"
        case .describeSecret: "DescribeSecret"
        case .listSecrets: "ListSecrets"
        case .listSecretVersionIds: "ListSecretVersionIds"
        case .updateSecretVersionStage: "UpdateSecretVersionStage"
        case .updateSecret: "UpdateSecret"
        case .deleteSecret: "DeleteSecret"
        case .restoreSecret: "RestoreSecret"
        case .tagResource: "TagResource"
        case .untagResource: "UntagResource"
        case .getRandomPassword: "GetRandomPassword"
        case .batchGetSecretValue: "BatchGetSecretValue"
        }
    }

    /// The call with every placeholder in its request replaced.
    func expanded(_ env: SemanticsEnv) throws -> SemanticsCall {
        func x<T: Codable>(_ request: T) throws -> T {
            let data = try ServiceCoding.wireBody(request)
            let text = try env.expand(String(decoding: data, as: UTF8.self))
            return try ServiceCoding.wireDecoder().decode(T.self, from: Data(text.utf8))
        }
        switch self {
        case .createSecret(let r): return .createSecret(try x(r))
        case .putSecretValue(let r): return .putSecretValue(try x(r))
        case .getSecretValue(let r): return .getSecretValue(try x(r))
        case .describeSecret(let r): return .describeSecret(try x(r))
        case .listSecrets(let r): return .listSecrets(try x(r))
        case .listSecretVersionIds(let r): return .listSecretVersionIds(try x(r))
        case .updateSecretVersionStage(let r): return .updateSecretVersionStage(try x(r))
        case .updateSecret(let r): return .updateSecret(try x(r))
        case .deleteSecret(let r): return .deleteSecret(try x(r))
        case .restoreSecret(let r): return .restoreSecret(try x(r))
        case .tagResource(let r): return .tagResource(try x(r))
        case .untagResource(let r): return .untagResource(try x(r))
        case .getRandomPassword(let r): return .getRandomPassword(try x(r))
        case .batchGetSecretValue(let r): return .batchGetSecretValue(try x(r))
        }
    }

    /// Sends the call to a backend.
    func send(to backend: any SecretsBackend) async throws -> SemanticsResult {
        switch self {
        case .createSecret(let r): return .createSecret(try await backend.createSecret(r))
        case .putSecretValue(let r): return .putSecretValue(try await backend.putSecretValue(r))
        case .getSecretValue(let r): return .getSecretValue(try await backend.getSecretValue(r))
        case .describeSecret(let r): return .describeSecret(try await backend.describeSecret(r))
        case .listSecrets(let r): return .listSecrets(try await backend.listSecrets(r))
        case .listSecretVersionIds(let r): return .listSecretVersionIds(try await backend.listSecretVersionIds(r))
        case .updateSecretVersionStage(let r):
            return .updateSecretVersionStage(try await backend.updateSecretVersionStage(r))
        case .updateSecret(let r): return .updateSecret(try await backend.updateSecret(r))
        case .deleteSecret(let r): return .deleteSecret(try await backend.deleteSecret(r))
        case .restoreSecret(let r): return .restoreSecret(try await backend.restoreSecret(r))
        case .tagResource(let r): return .tagResource(try await backend.tagResource(r))
        case .untagResource(let r): return .untagResource(try await backend.untagResource(r))
        case .getRandomPassword(let r): return .getRandomPassword(try await backend.getRandomPassword(r))
        case .batchGetSecretValue(let r): return .batchGetSecretValue(try await backend.batchGetSecretValue(r))
        }
    }
}
