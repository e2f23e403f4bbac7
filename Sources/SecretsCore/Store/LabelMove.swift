import Foundation

/// One staging-label move, as the vault's append-only journal records it and the timeline pane shows it.
public struct LabelMove: Sendable, Hashable, Codable {
    public var date: Date
    public var secretARN: String
    public var label: String
    /// The version that lost the label; `nil` when it was attached fresh.
    public var fromVersion: String?
    /// The version that got the label; `nil` when it was removed.
    public var toVersion: String?
    /// The operation that moved it, for example `PutSecretValue`.
    public var operation: String

    public init(date: Date, secretARN: String, label: String, fromVersion: String?, toVersion: String?, operation: String) {
        self.date = date
        self.secretARN = secretARN
        self.label = label
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.operation = operation
    }
}
