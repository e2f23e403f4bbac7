import Foundation
import SecretsCore

/// What the versions, timeline and value panes show for one secret.
public struct Details: Equatable, Sendable {
    /// The secret's ARN.
    public var arn: String
    /// Its name.
    public var name: String
    /// DescribeSecret's answer, once it arrived.
    public var description: SecretDescription?
    /// The versions, newest first, once they arrived.
    public var versions: [SecretVersionsListEntry]?
    /// The vault's journal of label moves, oldest first; nil when the backend keeps none or it has not arrived.
    public var journal: [LabelMove]?
    /// Whether the backend keeps no journal (AWS).
    public var journalUnavailable = false
    /// The value shown (AWSCURRENT's unless a version was opened), once it arrived.
    public var value: GetSecretValueResponse?
    /// Why the value could not be read (for example a secret scheduled for deletion).
    public var valueError: String?
    /// Whether deprecated versions are listed.
    public var showDeprecated = false
    /// The selected version row.
    public var versionSelection = 0
    /// The selected value row.
    public var valueSelection = 0

    /// Details of the secret `arn` named `name`, nothing loaded yet.
    public init(arn: String, name: String, showDeprecated: Bool = false) {
        self.arn = arn
        self.name = name
        self.showDeprecated = showDeprecated
    }

    /// The version map: DescribeSecret's when present, else the versions' labels.
    public var stageMap: [String: [String]] {
        if let map = description?.versionIdsToStages { return map }
        var map: [String: [String]] = [:]
        for version in versions ?? [] {
            if let stages = version.versionStages, !stages.isEmpty { map[version.versionId] = stages }
        }
        return map
    }

    /// The version holding `label`.
    public func holder(of label: String) -> String? {
        stageMap.first { $0.value.contains(label) }?.key
    }

    /// The selected version.
    public var selectedVersion: SecretVersionsListEntry? {
        guard let versions, versionSelection >= 0, versionSelection < versions.count else { return nil }
        return versions[versionSelection]
    }

    /// The rows of the value pane.
    public var valueRows: [ValueRow] { value.map { ValueRow.rows(of: $0) } ?? [] }
}
