import Foundation

/// CreateSecret's request.
public struct CreateSecretRequest: Codable, Sendable, Hashable {
    public var name: String
    public var clientRequestToken: String?
    public var description: String?
    public var kmsKeyId: String?
    public var secretBinary: Data?
    public var secretString: String?
    public var tags: [Tag]?
    public var forceOverwriteReplicaSecret: Bool?

    public init(
        name: String, clientRequestToken: String? = nil, description: String? = nil, kmsKeyId: String? = nil,
        secretBinary: Data? = nil, secretString: String? = nil, tags: [Tag]? = nil,
        forceOverwriteReplicaSecret: Bool? = nil
    ) {
        self.name = name
        self.clientRequestToken = clientRequestToken
        self.description = description
        self.kmsKeyId = kmsKeyId
        self.secretBinary = secretBinary
        self.secretString = secretString
        self.tags = tags
        self.forceOverwriteReplicaSecret = forceOverwriteReplicaSecret
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case clientRequestToken = "ClientRequestToken"
        case description = "Description"
        case kmsKeyId = "KmsKeyId"
        case secretBinary = "SecretBinary"
        case secretString = "SecretString"
        case tags = "Tags"
        case forceOverwriteReplicaSecret = "ForceOverwriteReplicaSecret"
    }
}

/// CreateSecret's response.
public struct CreateSecretResponse: Codable, Sendable, Hashable {
    public var arn: String
    public var name: String
    public var versionId: String?

    public init(arn: String, name: String, versionId: String?) {
        self.arn = arn
        self.name = name
        self.versionId = versionId
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case versionId = "VersionId"
    }
}
