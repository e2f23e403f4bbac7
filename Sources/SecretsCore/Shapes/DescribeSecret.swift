import Foundation

/// DescribeSecret's request.
public struct DescribeSecretRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public init(secretId: String) { self.secretId = secretId }
    enum CodingKeys: String, CodingKey { case secretId = "SecretId" }
}

/// DescribeSecret's response, and (with the version map named `SecretVersionsToStages`) a ListSecrets entry.
///
/// Members without a value are omitted, as the service omits them.
public struct SecretDescription: Codable, Sendable, Hashable {
    public var arn: String
    public var name: String
    public var description: String?
    public var kmsKeyId: String?
    public var rotationEnabled: Bool?
    public var rotationLambdaARN: String?
    public var rotationRules: RotationRules?
    public var lastRotatedDate: Date?
    public var lastChangedDate: Date?
    public var lastAccessedDate: Date?
    public var deletedDate: Date?
    public var nextRotationDate: Date?
    public var tags: [Tag]?
    /// Labelled versions only; `nil` (omitted) when there are none.
    public var versionIdsToStages: [String: [String]]?
    public var owningService: String?
    public var createdDate: Date?
    public var primaryRegion: String?
    /// Which name the version map takes when encoded: DescribeSecret's or ListSecrets'.
    public var versionMapKey: VersionMapKey = .describe

    /// The two names the service gives the version map.
    public enum VersionMapKey: String, Sendable, Hashable {
        /// DescribeSecret: `VersionIdsToStages`.
        case describe = "VersionIdsToStages"
        /// ListSecrets: `SecretVersionsToStages`.
        case list = "SecretVersionsToStages"
    }

    public init(
        arn: String, name: String, description: String? = nil, kmsKeyId: String? = nil, rotationEnabled: Bool? = nil,
        rotationLambdaARN: String? = nil, rotationRules: RotationRules? = nil, lastRotatedDate: Date? = nil,
        lastChangedDate: Date? = nil, lastAccessedDate: Date? = nil, deletedDate: Date? = nil,
        nextRotationDate: Date? = nil, tags: [Tag]? = nil, versionIdsToStages: [String: [String]]? = nil,
        owningService: String? = nil, createdDate: Date? = nil, primaryRegion: String? = nil
    ) {
        self.arn = arn
        self.name = name
        self.description = description
        self.kmsKeyId = kmsKeyId
        self.rotationEnabled = rotationEnabled
        self.rotationLambdaARN = rotationLambdaARN
        self.rotationRules = rotationRules
        self.lastRotatedDate = lastRotatedDate
        self.lastChangedDate = lastChangedDate
        self.lastAccessedDate = lastAccessedDate
        self.deletedDate = deletedDate
        self.nextRotationDate = nextRotationDate
        self.tags = tags
        self.versionIdsToStages = versionIdsToStages
        self.owningService = owningService
        self.createdDate = createdDate
        self.primaryRegion = primaryRegion
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case description = "Description"
        case kmsKeyId = "KmsKeyId"
        case rotationEnabled = "RotationEnabled"
        case rotationLambdaARN = "RotationLambdaARN"
        case rotationRules = "RotationRules"
        case lastRotatedDate = "LastRotatedDate"
        case lastChangedDate = "LastChangedDate"
        case lastAccessedDate = "LastAccessedDate"
        case deletedDate = "DeletedDate"
        case nextRotationDate = "NextRotationDate"
        case tags = "Tags"
        case versionIdsToStages = "VersionIdsToStages"
        case secretVersionsToStages = "SecretVersionsToStages"
        case owningService = "OwningService"
        case createdDate = "CreatedDate"
        case primaryRegion = "PrimaryRegion"
    }
}

// MARK: - Coding

extension SecretDescription {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        arn = try c.decode(String.self, forKey: .arn)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        kmsKeyId = try c.decodeIfPresent(String.self, forKey: .kmsKeyId)
        rotationEnabled = try c.decodeIfPresent(Bool.self, forKey: .rotationEnabled)
        rotationLambdaARN = try c.decodeIfPresent(String.self, forKey: .rotationLambdaARN)
        rotationRules = try c.decodeIfPresent(RotationRules.self, forKey: .rotationRules)
        lastRotatedDate = try c.decodeIfPresent(Date.self, forKey: .lastRotatedDate)
        lastChangedDate = try c.decodeIfPresent(Date.self, forKey: .lastChangedDate)
        lastAccessedDate = try c.decodeIfPresent(Date.self, forKey: .lastAccessedDate)
        deletedDate = try c.decodeIfPresent(Date.self, forKey: .deletedDate)
        nextRotationDate = try c.decodeIfPresent(Date.self, forKey: .nextRotationDate)
        tags = try c.decodeIfPresent([Tag].self, forKey: .tags)
        if let map = try c.decodeIfPresent([String: [String]].self, forKey: .versionIdsToStages) {
            versionIdsToStages = map
            versionMapKey = .describe
        } else {
            versionIdsToStages = try c.decodeIfPresent([String: [String]].self, forKey: .secretVersionsToStages)
            versionMapKey = versionIdsToStages == nil ? .describe : .list
        }
        owningService = try c.decodeIfPresent(String.self, forKey: .owningService)
        createdDate = try c.decodeIfPresent(Date.self, forKey: .createdDate)
        primaryRegion = try c.decodeIfPresent(String.self, forKey: .primaryRegion)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(arn, forKey: .arn)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(kmsKeyId, forKey: .kmsKeyId)
        try c.encodeIfPresent(rotationEnabled, forKey: .rotationEnabled)
        try c.encodeIfPresent(rotationLambdaARN, forKey: .rotationLambdaARN)
        try c.encodeIfPresent(rotationRules, forKey: .rotationRules)
        try c.encodeIfPresent(lastRotatedDate, forKey: .lastRotatedDate)
        try c.encodeIfPresent(lastChangedDate, forKey: .lastChangedDate)
        try c.encodeIfPresent(lastAccessedDate, forKey: .lastAccessedDate)
        try c.encodeIfPresent(deletedDate, forKey: .deletedDate)
        try c.encodeIfPresent(nextRotationDate, forKey: .nextRotationDate)
        try c.encodeIfPresent(tags, forKey: .tags)
        try c.encodeIfPresent(
            versionIdsToStages, forKey: versionMapKey == .describe ? .versionIdsToStages : .secretVersionsToStages)
        try c.encodeIfPresent(owningService, forKey: .owningService)
        try c.encodeIfPresent(createdDate, forKey: .createdDate)
        try c.encodeIfPresent(primaryRegion, forKey: .primaryRegion)
    }
}

/// DescribeSecret's response.
public typealias DescribeSecretResponse = SecretDescription
