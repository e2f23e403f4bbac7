import Foundation

/// GetSecretValue's request.
public struct GetSecretValueRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public var versionId: String?
    public var versionStage: String?

    public init(secretId: String, versionId: String? = nil, versionStage: String? = nil) {
        self.secretId = secretId
        self.versionId = versionId
        self.versionStage = versionStage
    }

    enum CodingKeys: String, CodingKey {
        case secretId = "SecretId"
        case versionId = "VersionId"
        case versionStage = "VersionStage"
    }
}

/// GetSecretValue's response (also each entry of BatchGetSecretValue's `SecretValues`).
public struct GetSecretValueResponse: Codable, Sendable, Hashable {
    public var arn: String
    public var name: String
    public var versionId: String
    public var secretBinary: Data?
    public var secretString: String?
    public var versionStages: [String]
    public var createdDate: Date

    public init(
        arn: String, name: String, versionId: String, secretBinary: Data?, secretString: String?,
        versionStages: [String], createdDate: Date
    ) {
        self.arn = arn
        self.name = name
        self.versionId = versionId
        self.secretBinary = secretBinary
        self.secretString = secretString
        self.versionStages = versionStages
        self.createdDate = createdDate
    }

    /// The value, whichever member carries it.
    public var value: SecretValue? { SecretValue(string: secretString, binary: secretBinary) }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case versionId = "VersionId"
        case secretBinary = "SecretBinary"
        case secretString = "SecretString"
        case versionStages = "VersionStages"
        case createdDate = "CreatedDate"
    }
}
