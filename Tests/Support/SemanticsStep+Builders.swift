import Foundation
import SecretsCore

/// Fixed ClientRequestTokens (UUID v4 shaped, 36 characters) for the case table.
public enum Tok {
    /// The first token.
    public static let t1 = "11111111-1111-4111-8111-111111111111"
    /// The second token.
    public static let t2 = "22222222-2222-4222-8222-222222222222"
    /// The third token.
    public static let t3 = "33333333-3333-4333-8333-333333333333"
    /// The fourth token.
    public static let t4 = "44444444-4444-4444-8444-444444444444"
    /// The fifth token.
    public static let t5 = "55555555-5555-4555-8555-555555555555"
    /// A well-formed token that no case uses for a version.
    public static let unknown = "99999999-9999-4999-8999-999999999999"
    /// The n-th generated token (n < 10^12), for cases that need many.
    public static func n(_ n: Int) -> String {
        let digits = String(n)
        return "aaaaaaaa-aaaa-4aaa-8aaa-" + String(repeating: "0", count: 12 - digits.count) + digits
    }
}

// MARK: - Step builders

extension SemanticsStep {
    /// CreateSecret.
    public static func create(
        _ name: String, token: String? = Tok.t1, string: String? = nil, binary: Data? = nil,
        description: String? = nil, kmsKeyId: String? = nil, tags: [Tag]? = nil, _ expect: StepExpectation = .ok([])
    ) -> SemanticsStep {
        SemanticsStep(
            .createSecret(
                CreateSecretRequest(
                    name: name, clientRequestToken: token, description: description, kmsKeyId: kmsKeyId,
                    secretBinary: binary, secretString: string, tags: tags)), expect)
    }

    /// PutSecretValue.
    public static func put(
        _ id: String, token: String?, string: String? = nil, binary: Data? = nil, stages: [String]? = nil,
        _ expect: StepExpectation = .ok([])
    ) -> SemanticsStep {
        SemanticsStep(
            .putSecretValue(
                PutSecretValueRequest(
                    secretId: id, clientRequestToken: token, secretBinary: binary, secretString: string,
                    versionStages: stages)), expect)
    }

    /// GetSecretValue.
    public static func get(
        _ id: String, versionId: String? = nil, stage: String? = nil, _ expect: StepExpectation = .ok([])
    ) -> SemanticsStep {
        SemanticsStep(.getSecretValue(GetSecretValueRequest(secretId: id, versionId: versionId, versionStage: stage)), expect)
    }

    /// DescribeSecret.
    public static func describe(_ id: String, _ expect: StepExpectation = .ok([])) -> SemanticsStep {
        SemanticsStep(.describeSecret(DescribeSecretRequest(secretId: id)), expect)
    }

    /// ListSecrets.
    public static func list(_ request: ListSecretsRequest = ListSecretsRequest(), _ expect: StepExpectation) -> SemanticsStep {
        SemanticsStep(.listSecrets(request), expect)
    }

    /// ListSecretVersionIds.
    public static func versions(
        _ id: String, maxResults: Int? = nil, nextToken: String? = nil, includeDeprecated: Bool? = nil,
        _ expect: StepExpectation
    ) -> SemanticsStep {
        SemanticsStep(
            .listSecretVersionIds(
                ListSecretVersionIdsRequest(
                    secretId: id, maxResults: maxResults, nextToken: nextToken, includeDeprecated: includeDeprecated)),
            expect)
    }

    /// UpdateSecretVersionStage.
    public static func stage(
        _ id: String, _ label: String, remove: String? = nil, move: String? = nil, _ expect: StepExpectation = .ok([])
    ) -> SemanticsStep {
        SemanticsStep(
            .updateSecretVersionStage(
                UpdateSecretVersionStageRequest(
                    secretId: id, versionStage: label, removeFromVersionId: remove, moveToVersionId: move)), expect)
    }

    /// UpdateSecret.
    public static func update(
        _ id: String, token: String? = nil, description: String? = nil, kmsKeyId: String? = nil,
        string: String? = nil, binary: Data? = nil, _ expect: StepExpectation = .ok([])
    ) -> SemanticsStep {
        SemanticsStep(
            .updateSecret(
                UpdateSecretRequest(
                    secretId: id, clientRequestToken: token, description: description, kmsKeyId: kmsKeyId,
                    secretBinary: binary, secretString: string)), expect)
    }

    /// DeleteSecret.
    public static func delete(
        _ id: String, window: Int? = nil, force: Bool? = nil, _ expect: StepExpectation = .ok([])
    ) -> SemanticsStep {
        SemanticsStep(
            .deleteSecret(DeleteSecretRequest(secretId: id, recoveryWindowInDays: window, forceDeleteWithoutRecovery: force)),
            expect)
    }

    /// RestoreSecret.
    public static func restore(_ id: String, _ expect: StepExpectation = .ok([])) -> SemanticsStep {
        SemanticsStep(.restoreSecret(RestoreSecretRequest(secretId: id)), expect)
    }

    /// TagResource.
    public static func tag(_ id: String, _ tags: [Tag], _ expect: StepExpectation = .ok([])) -> SemanticsStep {
        SemanticsStep(.tagResource(TagResourceRequest(secretId: id, tags: tags)), expect)
    }

    /// UntagResource.
    public static func untag(_ id: String, _ keys: [String], _ expect: StepExpectation = .ok([])) -> SemanticsStep {
        SemanticsStep(.untagResource(UntagResourceRequest(secretId: id, tagKeys: keys)), expect)
    }

    /// GetRandomPassword.
    public static func password(_ request: GetRandomPasswordRequest, _ expect: StepExpectation) -> SemanticsStep {
        SemanticsStep(.getRandomPassword(request), expect)
    }

    /// BatchGetSecretValue.
    public static func batch(_ request: BatchGetSecretValueRequest, _ expect: StepExpectation) -> SemanticsStep {
        SemanticsStep(.batchGetSecretValue(request), expect)
    }
}

// MARK: - Expectation shorthands

extension StepExpectation {
    /// Success with checks.
    public static func ok(_ checks: ResultCheck...) -> StepExpectation { .ok(checks) }
    /// `ResourceNotFoundException` "Secrets Manager can't find the specified secret."
    public static let notFound = StepExpectation.fails(
        code: "ResourceNotFoundException", message: "Secrets Manager can't find the specified secret.")
    /// `ValidationException` for the name syntax.
    public static let invalidName = StepExpectation.fails(
        code: "ValidationException",
        message: "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!")
    /// `InvalidRequestException` for a secret scheduled for deletion.
    public static let markedForDeletion = StepExpectation.fails(
        code: "InvalidRequestException",
        message: "You can't perform this operation on the secret because it was marked for deletion.")
    /// A single-constraint `ValidationException`.
    public static func constraint(_ member: String, _ constraint: String, value: String? = nil) -> StepExpectation {
        let subject = value.map { "Value '\($0)' at '\(member)'" } ?? "Value at '\(member)'"
        return .fails(
            code: "ValidationException",
            message: "1 validation error detected: \(subject) failed to satisfy constraint: \(constraint)")
    }
    /// `ResourceExistsException` for a token already used with another value.
    public static func tokenInUse(_ token: String, _ arn: String) -> StepExpectation {
        .fails(
            code: "ResourceExistsException",
            message: "You can't use ClientRequestToken \(token) because that value is already in use for a version of secret \(arn).")
    }
}
