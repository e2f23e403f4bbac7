import Foundation

/// A tag on a secret: `{Key, Value}`.
public struct Tag: Codable, Sendable, Hashable {
    public var key: String
    public var value: String
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
    enum CodingKeys: String, CodingKey {
        case key = "Key"
        case value = "Value"
    }
}

/// A ListSecrets / BatchGetSecretValue filter: `{Key, Values}`.
public struct Filter: Codable, Sendable, Hashable {
    public var key: String?
    public var values: [String]?
    public init(key: String?, values: [String]?) {
        self.key = key
        self.values = values
    }
    enum CodingKeys: String, CodingKey {
        case key = "Key"
        case values = "Values"
    }
}

/// A secret's rotation schedule, as DescribeSecret reports it.
public struct RotationRules: Codable, Sendable, Hashable {
    public var automaticallyAfterDays: Int?
    public var duration: String?
    public var scheduleExpression: String?
    public init(automaticallyAfterDays: Int? = nil, duration: String? = nil, scheduleExpression: String? = nil) {
        self.automaticallyAfterDays = automaticallyAfterDays
        self.duration = duration
        self.scheduleExpression = scheduleExpression
    }
    enum CodingKeys: String, CodingKey {
        case automaticallyAfterDays = "AutomaticallyAfterDays"
        case duration = "Duration"
        case scheduleExpression = "ScheduleExpression"
    }
}

/// An operation without response members (TagResource, UntagResource): the service answers `{}`.
public struct EmptyResponse: Codable, Sendable, Hashable {
    public init() {}
}
