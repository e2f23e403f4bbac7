import SecretsCore

/// The last write or label move of this session: which labels it moved, so `z` can move them back.
public struct ChangeRecord: Equatable, Sendable {
    /// The secret.
    public var secretARN: String
    /// Its name.
    public var name: String
    /// What the change was.
    public var kind: ChangeKind
    /// The version map before the change (DescribeSecret before).
    public var before: [String: [String]]
    /// The version map after the change (DescribeSecret after), nil until it arrived.
    public var after: [String: [String]]?

    /// A record of a change of `secretARN`.
    public init(secretARN: String, name: String, kind: ChangeKind, before: [String: [String]], after: [String: [String]]? = nil) {
        self.secretARN = secretARN
        self.name = name
        self.kind = kind
        self.before = before
        self.after = after
    }

    /// The labels whose holder differs between before and after, sorted with AWSCURRENT first.
    public var changedLabels: [String] {
        guard let after else { return [] }
        let labels = Set(before.values.joined()).union(after.values.joined())
        let changed = labels.filter { LabelMap.holder(of: $0, in: before) != LabelMap.holder(of: $0, in: after) }
        return changed.sorted { a, b in
            if a == StagingLabels.current { return b != StagingLabels.current }
            if b == StagingLabels.current { return false }
            return a < b
        }
    }
}

/// Helpers over version maps (`versionId → labels`).
public enum LabelMap {
    /// The version holding `label` in `map`.
    public static func holder(of label: String, in map: [String: [String]]) -> String? {
        map.first { $0.value.contains(label) }?.key
    }

    /// The moves that turn `before` into `after`, one per label whose holder changed, AWSCURRENT first.
    public static func moves(
        from before: [String: [String]], to after: [String: [String]], secretARN: String, operation: String
    ) -> [LabelMove] {
        ChangeRecord(secretARN: secretARN, name: "", kind: .put, before: before, after: after).changedLabels.map {
            LabelMove(
                date: .distantPast, secretARN: secretARN, label: $0, fromVersion: holder(of: $0, in: before),
                toVersion: holder(of: $0, in: after), operation: operation)
        }
    }

    /// The map as `StagingLabels` takes it, in a stable order (version id order).
    public static func entries(_ map: [String: [String]], adding extra: [String] = []) -> [VersionLabels] {
        var ids = map.keys.sorted()
        for id in extra where !ids.contains(id) { ids.append(id) }
        return ids.map { VersionLabels(versionId: $0, stages: map[$0] ?? []) }
    }

    /// The map a `LabelOutcome` describes (versions without labels left out).
    public static func map(_ versions: [VersionLabels]) -> [String: [String]] {
        var map: [String: [String]] = [:]
        for entry in versions where !entry.stages.isEmpty { map[entry.versionId] = entry.stages }
        return map
    }
}
