import Foundation

/// UpdateSecret's request.
public struct UpdateSecretRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public var clientRequestToken: String?
    public var description: String?
    public var kmsKeyId: String?
    public var secretBinary: Data?
    public var secretString: String?

    public init(
        secretId: String, clientRequestToken: String? = nil, description: String? = nil, kmsKeyId: String? = nil,
        secretBinary: Data? = nil, secretString: String? = nil
    ) {
        self.secretId = secretId
        self.clientRequestToken = clientRequestToken
        self.description = description
        self.kmsKeyId = kmsKeyId
        self.secretBinary = secretBinary
        self.secretString = secretString
    }

    enum CodingKeys: String, CodingKey {
        case secretId = "SecretId"
        case clientRequestToken = "ClientRequestToken"
        case description = "Description"
        case kmsKeyId = "KmsKeyId"
        case secretBinary = "SecretBinary"
        case secretString = "SecretString"
    }
}

/// UpdateSecret's response; `VersionId` only when a version was created.
public typealias UpdateSecretResponse = CreateSecretResponse
