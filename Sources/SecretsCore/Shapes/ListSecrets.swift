import Foundation

/// ListSecrets' request.
public struct ListSecretsRequest: Codable, Sendable, Hashable {
    public var includePlannedDeletion: Bool?
    public var maxResults: Int?
    public var nextToken: String?
    public var filters: [Filter]?
    /// `asc` or `desc`.
    public var sortOrder: String?
    /// `created-date`, `last-accessed-date`, `last-changed-date` or `name`.
    public var sortBy: String?

    public init(
        includePlannedDeletion: Bool? = nil, maxResults: Int? = nil, nextToken: String? = nil,
        filters: [Filter]? = nil, sortOrder: String? = nil, sortBy: String? = nil
    ) {
        self.includePlannedDeletion = includePlannedDeletion
        self.maxResults = maxResults
        self.nextToken = nextToken
        self.filters = filters
        self.sortOrder = sortOrder
        self.sortBy = sortBy
    }

    enum CodingKeys: String, CodingKey {
        case includePlannedDeletion = "IncludePlannedDeletion"
        case maxResults = "MaxResults"
        case nextToken = "NextToken"
        case filters = "Filters"
        case sortOrder = "SortOrder"
        case sortBy = "SortBy"
    }
}

/// ListSecrets' response. Each entry is a `SecretDescription` whose version map is `SecretVersionsToStages`.
public struct ListSecretsResponse: Codable, Sendable, Hashable {
    public var secretList: [SecretDescription]
    public var nextToken: String?

    public init(secretList: [SecretDescription], nextToken: String?) {
        self.secretList = secretList.map {
            var entry = $0
            entry.versionMapKey = .list
            return entry
        }
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey {
        case secretList = "SecretList"
        case nextToken = "NextToken"
    }
}
