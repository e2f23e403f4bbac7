import Foundation

/// A secret as a store keeps it: metadata and versions with their labels, without the values.
///
/// Values are loaded through `SecretStore.value(secretARN:versionId:)` only when an operation needs one,
/// so listing thousands of secrets never decrypts anything.
public struct SecretRecord: Sendable, Hashable, Codable {
    public var arn: String
    public var name: String
    public var description: String?
    /// `nil` for the default key (`aws/secretsmanager`).
    public var kmsKeyId: String?
    /// `nil` when never tagged; `[]` after every tag was removed (the service tells the two apart).
    public var tags: [Tag]?
    public var createdDate: Date
    public var lastChangedDate: Date
    /// Date only (midnight UTC), set by GetSecretValue.
    public var lastAccessedDate: Date?
    /// The scheduled purge time while the secret is scheduled for deletion.
    public var deletedDate: Date?
    /// Versions in creation order, oldest first.
    public var versions: [VersionRecord]

    public init(
        arn: String, name: String, description: String? = nil, kmsKeyId: String? = nil, tags: [Tag]? = nil,
        createdDate: Date, lastChangedDate: Date, lastAccessedDate: Date? = nil, deletedDate: Date? = nil,
        versions: [VersionRecord] = []
    ) {
        self.arn = arn
        self.name = name
        self.description = description
        self.kmsKeyId = kmsKeyId
        self.tags = tags
        self.createdDate = createdDate
        self.lastChangedDate = lastChangedDate
        self.lastAccessedDate = lastAccessedDate
        self.deletedDate = deletedDate
        self.versions = versions
    }
}

/// One version of a secret: its id, dates and staging labels (the value is kept by the store).
public struct VersionRecord: Sendable, Hashable, Codable {
    public var versionId: String
    public var createdDate: Date
    /// Date only (midnight UTC), set by GetSecretValue.
    public var lastAccessedDate: Date?
    /// Staging labels in the order they were attached; empty means deprecated.
    public var stages: [String]
    /// Whether the version has a value (false only for an empty AWSPENDING version).
    public var hasValue: Bool

    public init(versionId: String, createdDate: Date, lastAccessedDate: Date? = nil, stages: [String], hasValue: Bool = true) {
        self.versionId = versionId
        self.createdDate = createdDate
        self.lastAccessedDate = lastAccessedDate
        self.stages = stages
        self.hasValue = hasValue
    }
}
