import Foundation

/// DeleteSecret's request.
public struct DeleteSecretRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public var recoveryWindowInDays: Int?
    public var forceDeleteWithoutRecovery: Bool?

    public init(secretId: String, recoveryWindowInDays: Int? = nil, forceDeleteWithoutRecovery: Bool? = nil) {
        self.secretId = secretId
        self.recoveryWindowInDays = recoveryWindowInDays
        self.forceDeleteWithoutRecovery = forceDeleteWithoutRecovery
    }

    enum CodingKeys: String, CodingKey {
        case secretId = "SecretId"
        case recoveryWindowInDays = "RecoveryWindowInDays"
        case forceDeleteWithoutRecovery = "ForceDeleteWithoutRecovery"
    }
}

/// DeleteSecret's response.
public struct DeleteSecretResponse: Codable, Sendable, Hashable {
    public var arn: String
    public var name: String
    public var deletionDate: Date

    public init(arn: String, name: String, deletionDate: Date) {
        self.arn = arn
        self.name = name
        self.deletionDate = deletionDate
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case deletionDate = "DeletionDate"
    }
}

/// RestoreSecret's request.
public struct RestoreSecretRequest: Codable, Sendable, Hashable {
    public var secretId: String
    public init(secretId: String) { self.secretId = secretId }
    enum CodingKeys: String, CodingKey { case secretId = "SecretId" }
}

/// RestoreSecret's response.
public typealias RestoreSecretResponse = SecretReference
