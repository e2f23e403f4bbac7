import Foundation
import SecretsCore

// MARK: - Calls and results

/// One call of the `SecretsBackend` protocol, with its request. Strings in the request may hold
/// placeholders (see `SemanticsEnv`), replaced before the call is made.
public enum SemanticsCall: Sendable {
    case createSecret(CreateSecretRequest)
    case putSecretValue(PutSecretValueRequest)
    case getSecretValue(GetSecretValueRequest)
    case describeSecret(DescribeSecretRequest)
    case listSecrets(ListSecretsRequest)
    case listSecretVersionIds(ListSecretVersionIdsRequest)
    case updateSecretVersionStage(UpdateSecretVersionStageRequest)
    case updateSecret(UpdateSecretRequest)
    case deleteSecret(DeleteSecretRequest)
    case restoreSecret(RestoreSecretRequest)
    case tagResource(TagResourceRequest)
    case untagResource(UntagResourceRequest)
    case getRandomPassword(GetRandomPasswordRequest)
    case batchGetSecretValue(BatchGetSecretValueRequest)
}

/// What a call returned.
public enum SemanticsResult: Sendable {
    case createSecret(CreateSecretResponse)
    case putSecretValue(PutSecretValueResponse)
    case getSecretValue(GetSecretValueResponse)
    case describeSecret(DescribeSecretResponse)
    case listSecrets(ListSecretsResponse)
    case listSecretVersionIds(ListSecretVersionIdsResponse)
    case updateSecretVersionStage(UpdateSecretVersionStageResponse)
    case updateSecret(UpdateSecretResponse)
    case deleteSecret(DeleteSecretResponse)
    case restoreSecret(RestoreSecretResponse)
    case tagResource(EmptyResponse)
    case untagResource(EmptyResponse)
    case getRandomPassword(GetRandomPasswordResponse)
    case batchGetSecretValue(BatchGetSecretValueResponse)
}

// MARK: - Expectations

/// How moto 5.2.1 is expected to answer a case, so a moto runner can skip or invert it.
public enum MotoExpectation: Sendable, Hashable {
    /// moto answers as AWS does.
    case same
    /// moto answers differently; the reason cites the spec (§8 item or §6 row).
    case differs(String)
    /// Nobody has observed what moto does here yet; run it and report, but do not fail on it.
    case unverified(String)
}

/// What one step expects.
public enum StepExpectation: Sendable {
    /// The call succeeds and every check holds.
    case ok([ResultCheck])
    /// The call fails with this code and, when given, exactly this message (placeholders allowed).
    case fails(code: String, message: String?)
}

/// One version as ListSecretVersionIds should list it.
public struct ExpectedVersion: Sendable, Hashable {
    /// The version id (placeholders allowed).
    public var versionId: String
    /// Its labels as a set; `nil` for a deprecated version listed without `VersionStages`.
    public var stages: [String]?

    /// Creates an expected entry.
    public init(_ versionId: String, _ stages: [String]?) {
        self.versionId = versionId
        self.stages = stages
    }
}

/// A check on a successful result. Strings may hold placeholders.
public enum ResultCheck: Sendable {
    /// `VersionId` of Create/Put/Get/Update (`nil`: absent).
    case versionId(String?)
    /// `VersionStages` of Put/Get, compared as a set.
    case stages([String])
    /// `SecretString` of Get.
    case string(String)
    /// `SecretBinary` of Get.
    case binary(Data)
    /// `ARN` of any response that has one.
    case arn(String)
    /// `Name` of any response that has one.
    case name(String)
    /// DescribeSecret's `VersionIdsToStages` (label lists compared as sets; `nil`: absent).
    case versionMap([String: [String]]?)
    /// DescribeSecret's `Description`.
    case description(String?)
    /// DescribeSecret's `KmsKeyId`.
    case kmsKeyId(String?)
    /// DescribeSecret's `Tags` (`nil`: absent).
    case tags([Tag]?)
    /// Whether DescribeSecret shows a `DeletedDate`.
    case scheduledForDeletion(Bool)
    /// DescribeSecret's `LastAccessedDate` is present and at midnight UTC.
    case lastAccessedAtMidnight
    /// ListSecrets' names, in order, among the secrets of this run (names starting with the run prefix).
    case names([String])
    /// ListSecrets' `SecretVersionsToStages` of one secret (by name).
    case listedVersionMap(name: String, [String: [String]]?)
    /// Whether a `NextToken` is present (ListSecrets, ListSecretVersionIds, BatchGetSecretValue).
    case hasNextToken(Bool)
    /// ListSecretVersionIds' versions, in order.
    case versions([ExpectedVersion])
    /// BatchGetSecretValue's values (by secret name, in order) and errors (SecretId and ErrorCode).
    case batch(values: [String], errors: [BatchError])
    /// Any other property; the closure returns a description of what is wrong, or `nil`.
    case custom(String, @Sendable (SemanticsResult, SemanticsEnv) -> String?)
}

/// One expected entry of BatchGetSecretValue's `Errors`.
public struct BatchError: Sendable, Hashable {
    /// The SecretId reported (placeholders allowed).
    public var secretId: String
    /// The error code.
    public var code: String

    /// Creates an expected error entry.
    public init(_ secretId: String, _ code: String) {
        self.secretId = secretId
        self.code = code
    }
}

// MARK: - Cases

/// One step: a call and what it should answer.
public struct SemanticsStep: Sendable {
    /// The call.
    public var call: SemanticsCall
    /// The expectation.
    public var expect: StepExpectation

    /// Creates a step.
    public init(_ call: SemanticsCall, _ expect: StepExpectation = .ok([])) {
        self.call = call
        self.expect = expect
    }
}

/// One behaviour of the service, as a sequence of calls with expected answers.
public struct SemanticsCase: Sendable, CustomStringConvertible {
    /// A stable identifier, `area.behaviour`.
    public var id: String
    /// The spec section(s) that state the rule.
    public var spec: String
    /// How moto 5.2.1 answers it.
    public var moto: MotoExpectation
    /// The steps, run in order on a fresh run prefix.
    public var steps: [SemanticsStep]

    /// Creates a case.
    public init(_ id: String, spec: String, moto: MotoExpectation = .same, _ steps: [SemanticsStep]) {
        self.id = id
        self.spec = spec
        self.moto = moto
        self.steps = steps
    }

    /// The case id.
    public var description: String { id }
}
