import Foundation

/// Every error text the engine answers with, defined once. Texts marked unverified in the README's "Unverified behaviour" are
/// the engine's own choice where no AWS recording exists.
extension ServiceError {
    // MARK: - Lookup

    /// The secret does not exist (or is addressed by an ARN of another account or region).
    public static let secretNotFound = ServiceError(
        code: Code.resourceNotFound, message: "Secrets Manager can't find the specified secret.")

    /// No version carries the staging label.
    public static func stageNotFound(_ stage: String) -> ServiceError {
        ServiceError(
            code: Code.resourceNotFound,
            message: "Secrets Manager can't find the specified secret value for staging label: \(stage)")
    }

    /// No version has the VersionId.
    public static func versionNotFound(_ versionId: String) -> ServiceError {
        ServiceError(
            code: Code.resourceNotFound,
            message: "Secrets Manager can't find the specified secret value for VersionId: \(versionId)")
    }

    /// GetSecretValue named a VersionId and a VersionStage that the version does not carry.
    public static let versionStageMismatch = ServiceError(
        code: Code.invalidRequest,
        message: "You provided a VersionStage that is not associated to the provided VersionId.")

    /// A name (or a non-ARN SecretId) outside the name syntax.
    public static let invalidName = ServiceError(
        code: Code.validation,
        message: "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!")

    // MARK: - Deletion

    /// The secret is scheduled for deletion.
    public static let markedForDeletion = ServiceError(
        code: Code.invalidRequest,
        message: "You can't perform this operation on the secret because it was marked for deletion.")

    /// CreateSecret with the name of a secret scheduled for deletion.
    public static let nameScheduledForDeletion = ServiceError(
        code: Code.invalidRequest,
        message: "You can't create this secret because a secret with this name is already scheduled for deletion.")

    /// DeleteSecret with a recovery window outside 7–30 days.
    public static let recoveryWindowOutOfRange = ServiceError(
        code: Code.invalidParameter,
        message: "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).")

    /// DeleteSecret with both ForceDeleteWithoutRecovery and RecoveryWindowInDays.
    public static let forceDeleteWithRecoveryWindow = ServiceError(
        code: Code.invalidParameter,
        message: "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.")

    // MARK: - Idempotency and values

    /// CreateSecret of a name that exists, with a token that is not one of its versions.
    public static func secretExists(name: String) -> ServiceError {
        ServiceError(
            code: Code.resourceExists, message: "The operation failed because the secret \(name) already exists.")
    }

    /// A token that names an existing version with a different value.
    public static func tokenInUse(token: String, secretARN: String) -> ServiceError {
        ServiceError(
            code: Code.resourceExists,
            message: "You can't use ClientRequestToken \(token) because that value is already in use for a version of secret \(secretARN).")
    }

    /// A write that needs a ClientRequestToken arrived without one.
    public static let missingClientRequestToken = ServiceError(
        code: Code.invalidRequest,
        message: "You must provide a ClientRequestToken value. We recommend a UUID-type value.")

    /// PutSecretValue without a value.
    public static let missingSecretValue = ServiceError(
        code: Code.invalidRequest, message: "You must provide either SecretString or SecretBinary.")

    /// Both SecretString and SecretBinary (unverified text).
    public static let bothSecretValues = ServiceError(
        code: Code.invalidParameter,
        message: "You can't specify both a binary secret value and a string secret value in the same secret.")

    // MARK: - Staging labels

    /// A label attached to another version was moved without naming that version in RemoveFromVersionId.
    public static func removeFromVersionRequired(label: String, attachedTo versionId: String) -> ServiceError {
        ServiceError(
            code: Code.invalidParameter,
            message: "The parameter RemoveFromVersionId can't be empty. Staging label \(label) is currently attached to version \(versionId), so you must explicitly reference that version in RemoveFromVersionId.")
    }

    /// RemoveFromVersionId names a version that does not carry the label (moto's text).
    public static func stageNotOnVersion(label: String, versionId: String) -> ServiceError {
        ServiceError(code: Code.invalidParameter, message: "Version stage \(label) not found in version \(versionId)")
    }

    /// A version id that the secret does not have (moto's text).
    public static func invalidVersion(_ versionId: String) -> ServiceError {
        ServiceError(code: Code.invalidParameter, message: "Not a valid version: \(versionId)")
    }

    /// Removing AWSCURRENT without moving it (unverified text).
    public static let cannotRemoveCurrent = ServiceError(
        code: Code.invalidParameter,
        message: "You can't remove the staging label AWSCURRENT from a version without moving it to another version. Use MoveToVersionId.")

    /// UpdateSecretVersionStage with neither MoveToVersionId nor RemoveFromVersionId (unverified text).
    public static let stageUpdateWithoutVersion = ServiceError(
        code: Code.invalidParameter,
        message: "You must specify MoveToVersionId, RemoveFromVersionId or both.")

    /// More than 20 staging labels across the versions of one secret (unverified text).
    public static let stagingLabelQuota = ServiceError(
        code: Code.limitExceeded,
        message: "You can't attach more than 20 staging labels to the versions of a secret.")

    /// More than 100 versions, none of them old and unlabelled enough to remove (unverified text).
    public static let versionQuota = ServiceError(
        code: Code.limitExceeded,
        message: "You have exceeded the maximum number of versions (100) for this secret. Wait 24 hours before you create more versions.")

    // MARK: - Tags

    /// A tag key with the reserved `aws:` prefix (unverified text).
    public static let reservedTagKey = ServiceError(
        code: Code.invalidParameter, message: "You can't use tag keys that start with the reserved prefix aws:.")

    /// More than 50 tags on one secret (unverified text).
    public static let tagQuota = ServiceError(
        code: Code.invalidParameter, message: "You can't attach more than 50 tags to a secret.")

    // MARK: - Listing

    /// A NextToken that this store did not issue for this request (unverified text).
    public static let invalidNextToken = ServiceError(
        code: Code.invalidNextToken, message: "The NextToken value is invalid.")

    /// A filter without a key (moto's text).
    public static let invalidFilterKey = ServiceError(code: Code.invalidParameter, message: "Invalid filter key")

    /// A filter without values (moto's text).
    public static func invalidFilterValues(key: String) -> ServiceError {
        ServiceError(code: Code.invalidParameter, message: "Invalid filter values for key: \(key)")
    }

    // MARK: - BatchGetSecretValue

    /// Both or neither of SecretIdList and Filters (moto's text).
    public static let batchSelector = ServiceError(
        code: Code.invalidParameter, message: "Either 'SecretIdList' or 'Filters' must be provided, but not both.")

    /// MaxResults without Filters (moto's text).
    public static let batchMaxResultsWithoutFilters = ServiceError(
        code: Code.invalidParameter,
        message: "'Filters' not specified. 'Filters' must also be specified when 'MaxResults' is provided.")

    // MARK: - GetRandomPassword

    /// A length smaller than the number of required character types.
    public static let passwordTooShort = ServiceError(
        code: Code.invalidParameter, message: "Password length is too short based on the required types.")

    /// Every character was excluded (unverified text).
    public static let passwordNoCharacters = ServiceError(
        code: Code.invalidParameter,
        message: "The password can't be generated because every character is excluded.")
}
