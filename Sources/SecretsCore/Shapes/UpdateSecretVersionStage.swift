/// UpdateSecretVersionStage's request.
public struct UpdateSecretVersionStageRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public var versionStage: String
    public var removeFromVersionId: String?
    public var moveToVersionId: String?

    public init(secretId: String, versionStage: String, removeFromVersionId: String? = nil, moveToVersionId: String? = nil) {
        self.secretId = secretId
        self.versionStage = versionStage
        self.removeFromVersionId = removeFromVersionId
        self.moveToVersionId = moveToVersionId
    }

    enum CodingKeys: String, CodingKey {
        case secretId = "SecretId"
        case versionStage = "VersionStage"
        case removeFromVersionId = "RemoveFromVersionId"
        case moveToVersionId = "MoveToVersionId"
    }
}

/// The `{ARN, Name}` response of UpdateSecretVersionStage and RestoreSecret.
public struct SecretReference: Codable, Sendable, Hashable {
    public var arn: String
    public var name: String

    public init(arn: String, name: String) {
        self.arn = arn
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
    }
}

/// UpdateSecretVersionStage's response.
public typealias UpdateSecretVersionStageResponse = SecretReference
