/// TagResource's request.
public struct TagResourceRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public var tags: [Tag]

    public init(secretId: String, tags: [Tag]) {
        self.secretId = secretId
        self.tags = tags
    }

    enum CodingKeys: String, CodingKey {
        case secretId = "SecretId"
        case tags = "Tags"
    }
}

/// UntagResource's request.
public struct UntagResourceRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public var tagKeys: [String]

    public init(secretId: String, tagKeys: [String]) {
        self.secretId = secretId
        self.tagKeys = tagKeys
    }

    enum CodingKeys: String, CodingKey {
        case secretId = "SecretId"
        case tagKeys = "TagKeys"
    }
}
