import Foundation

/// PutSecretValue's request.
public struct PutSecretValueRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public var clientRequestToken: String?
    public var secretBinary: Data?
    public var secretString: String?
    /// Omitted means `["AWSCURRENT"]`; a given list is taken literally.
    public var versionStages: [String]?
    public var rotationToken: String?

    public init(
        secretId: String, clientRequestToken: String? = nil, secretBinary: Data? = nil, secretString: String? = nil,
        versionStages: [String]? = nil, rotationToken: String? = nil
    ) {
        self.secretId = secretId
        self.clientRequestToken = clientRequestToken
        self.secretBinary = secretBinary
        self.secretString = secretString
        self.versionStages = versionStages
        self.rotationToken = rotationToken
    }

    enum CodingKeys: String, CodingKey {
        case secretId = "SecretId"
        case clientRequestToken = "ClientRequestToken"
        case secretBinary = "SecretBinary"
        case secretString = "SecretString"
        case versionStages = "VersionStages"
        case rotationToken = "RotationToken"
    }
}

/// PutSecretValue's response.
public struct PutSecretValueResponse: Codable, Sendable, Hashable {
    public var arn: String
    public var name: String
    public var versionId: String
    public var versionStages: [String]

    public init(arn: String, name: String, versionId: String, versionStages: [String]) {
        self.arn = arn
        self.name = name
        self.versionId = versionId
        self.versionStages = versionStages
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case versionId = "VersionId"
        case versionStages = "VersionStages"
    }
}
