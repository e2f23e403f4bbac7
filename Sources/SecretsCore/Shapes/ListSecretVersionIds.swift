import Foundation

/// ListSecretVersionIds' request.
public struct ListSecretVersionIdsRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public var maxResults: Int?
    public var nextToken: String?
    public var includeDeprecated: Bool?

    public init(secretId: String, maxResults: Int? = nil, nextToken: String? = nil, includeDeprecated: Bool? = nil) {
        self.secretId = secretId
        self.maxResults = maxResults
        self.nextToken = nextToken
        self.includeDeprecated = includeDeprecated
    }

    enum CodingKeys: String, CodingKey {
        case secretId = "SecretId"
        case maxResults = "MaxResults"
        case nextToken = "NextToken"
        case includeDeprecated = "IncludeDeprecated"
    }
}

/// One version in ListSecretVersionIds' response.
public struct SecretVersionsListEntry: Codable, Sendable, Hashable {
    public var versionId: String
    /// Omitted when the version is deprecated (has no labels).
    public var versionStages: [String]?
    public var lastAccessedDate: Date?
    public var createdDate: Date?
    public var kmsKeyIds: [String]?

    public init(
        versionId: String, versionStages: [String]?, lastAccessedDate: Date?, createdDate: Date?,
        kmsKeyIds: [String]?
    ) {
        self.versionId = versionId
        self.versionStages = versionStages
        self.lastAccessedDate = lastAccessedDate
        self.createdDate = createdDate
        self.kmsKeyIds = kmsKeyIds
    }

    enum CodingKeys: String, CodingKey {
        case versionId = "VersionId"
        case versionStages = "VersionStages"
        case lastAccessedDate = "LastAccessedDate"
        case createdDate = "CreatedDate"
        case kmsKeyIds = "KmsKeyIds"
    }
}

/// ListSecretVersionIds' response.
public struct ListSecretVersionIdsResponse: Codable, Sendable, Hashable {
    public var versions: [SecretVersionsListEntry]
    public var nextToken: String?
    public var arn: String
    public var name: String

    public init(versions: [SecretVersionsListEntry], nextToken: String?, arn: String, name: String) {
        self.versions = versions
        self.nextToken = nextToken
        self.arn = arn
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case versions = "Versions"
        case nextToken = "NextToken"
        case arn = "ARN"
        case name = "Name"
    }
}
