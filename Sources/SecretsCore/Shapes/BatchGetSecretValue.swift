/// BatchGetSecretValue's request: exactly one of `SecretIdList` or `Filters`.
public struct BatchGetSecretValueRequest: Codable, Sendable, Hashable {
    public var secretIdList: [String]?
    public var filters: [Filter]?
    public var maxResults: Int?
    public var nextToken: String?

    public init(secretIdList: [String]? = nil, filters: [Filter]? = nil, maxResults: Int? = nil, nextToken: String? = nil) {
        self.secretIdList = secretIdList
        self.filters = filters
        self.maxResults = maxResults
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey {
        case secretIdList = "SecretIdList"
        case filters = "Filters"
        case maxResults = "MaxResults"
        case nextToken = "NextToken"
    }
}

/// One per-secret failure in BatchGetSecretValue's response.
public struct APIErrorType: Codable, Sendable, Hashable {
    public var secretId: String?
    public var errorCode: String?
    public var message: String?

    public init(secretId: String?, errorCode: String?, message: String?) {
        self.secretId = secretId
        self.errorCode = errorCode
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case secretId = "SecretId"
        case errorCode = "ErrorCode"
        case message = "Message"
    }
}

/// BatchGetSecretValue's response.
public struct BatchGetSecretValueResponse: Codable, Sendable, Hashable {
    public var secretValues: [GetSecretValueResponse]
    public var nextToken: String?
    public var errors: [APIErrorType]

    public init(secretValues: [GetSecretValueResponse], nextToken: String?, errors: [APIErrorType]) {
        self.secretValues = secretValues
        self.nextToken = nextToken
        self.errors = errors
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        secretValues = try c.decodeIfPresent([GetSecretValueResponse].self, forKey: .secretValues) ?? []
        nextToken = try c.decodeIfPresent(String.self, forKey: .nextToken)
        errors = try c.decodeIfPresent([APIErrorType].self, forKey: .errors) ?? []
    }

    enum CodingKeys: String, CodingKey {
        case secretValues = "SecretValues"
        case nextToken = "NextToken"
        case errors = "Errors"
    }
}
