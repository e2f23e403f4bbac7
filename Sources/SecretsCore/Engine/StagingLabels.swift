import Foundation

/// The staging labels of one version, in the order they were attached.
public struct VersionLabels: Sendable, Hashable {
    /// The version id.
    public var versionId: String
    /// Its labels; empty means the version is deprecated.
    public var stages: [String]

    /// Creates an entry.
    public init(versionId: String, stages: [String]) {
        self.versionId = versionId
        self.stages = stages
    }
}

// MARK: - Building a label map

extension VersionLabels {
    /// The label map of a stored record, oldest version first.
    public static func map(of record: SecretRecord) -> [VersionLabels] {
        record.versions.map { VersionLabels(versionId: $0.versionId, stages: $0.stages) }
    }

    /// The label map from ListSecretVersionIds entries (any order), oldest version first: by `CreatedDate`,
    /// entries without one taken as listed newest first. Use the listing with `IncludeDeprecated` for an
    /// exact prediction.
    public static func map(fromListing entries: [SecretVersionsListEntry]) -> [VersionLabels] {
        let oldestFirst = entries.enumerated().sorted { lhs, rhs in
            switch (lhs.element.createdDate, rhs.element.createdDate) {
            case let (l?, r?) where l != r: return l < r
            default: return lhs.offset > rhs.offset
            }
        }
        return oldestFirst.map { VersionLabels(versionId: $0.element.versionId, stages: $0.element.versionStages ?? []) }
    }
}

/// A write that moves staging labels.
public enum LabelChange: Sendable, Hashable {
    /// A new version (CreateSecret, PutSecretValue, UpdateSecret) receives `stages`; `nil` means the
    /// default `["AWSCURRENT"]`. A given list is taken literally, except that the first version of a secret
    /// always receives AWSCURRENT.
    case addVersion(versionId: String, stages: [String]?)
    /// UpdateSecretVersionStage: move `label` to `moveTo` and/or remove it from `removeFrom`.
    case moveStage(label: String, removeFrom: String?, moveTo: String?)
}

/// The result of applying a `LabelChange`: the new label map and every move, in the order made.
public struct LabelOutcome: Sendable, Hashable {
    /// All versions with their labels after the change, in the input order (a new version last).
    public var versions: [VersionLabels]
    /// One entry per label attached, detached or moved; empty when nothing changed.
    public var moves: [LabelMove]

    /// Creates an outcome.
    public init(versions: [VersionLabels], moves: [LabelMove]) {
        self.versions = versions
        self.moves = moves
    }

    /// The labels of one version after the change (empty when unknown or deprecated).
    public func stages(of versionId: String) -> [String] {
        versions.first { $0.versionId == versionId }?.stages ?? []
    }
}

/// The staging-label rules of Secrets Manager as one pure function, shared by the engine (which applies a
/// write with it) and the TUI (which predicts a write with it).
///
/// Rules:
/// - A label is on at most one version. Naming a label for a version detaches it from whichever had it.
/// - When AWSCURRENT moves from X to Y, AWSPREVIOUS is removed from its holder and attached to X (unless
///   the same request names AWSPREVIOUS itself).
/// - On a new version (PutSecretValue, UpdateSecret) that takes AWSCURRENT, AWSPENDING is also removed from
///   X (unless named); custom labels on X stay. UpdateSecretVersionStage moves nothing else.
/// - The first version of a secret (no version holds AWSCURRENT yet) always receives AWSCURRENT.
/// - UpdateSecretVersionStage: moving a label that sits on another version requires `removeFrom` to name
///   that version; `removeFrom` must carry the label; both ids must exist; AWSCURRENT can only be moved,
///   never removed; moving a label onto the version that has it changes nothing.
/// - At most 20 distinct labels across a secret's versions.
///
/// A refused change throws a `ServiceError` and changes nothing.
public enum StagingLabels {
    /// The label of the version GetSecretValue returns by default.
    public static let current = "AWSCURRENT"
    /// The label that follows the version AWSCURRENT left.
    public static let previous = "AWSPREVIOUS"
    /// The label of a version being rotated in.
    public static let pending = "AWSPENDING"

    /// Applies a change to a secret's label map.
    ///
    /// - Parameters:
    ///   - change: the write.
    ///   - versions: the current map, in version creation order.
    ///   - secretARN: the secret's ARN, recorded in each move.
    ///   - date: the time recorded in each move.
    ///   - operation: the operation recorded in each move.
    /// - Returns: the new map and the moves.
    /// - Throws: `ServiceError` (`InvalidParameterException`, `LimitExceededException`) when refused.
    public static func apply(
        _ change: LabelChange, to versions: [VersionLabels], secretARN: String, date: Date,
        operation: SecretsOperation
    ) throws -> LabelOutcome {
        var map = LabelMap(entries: versions, secretARN: secretARN, date: date, operation: operation)
        switch change {
        case .addVersion(let versionId, let stages):
            map.addVersion(versionId, stages: stages)
        case .moveStage(let label, let removeFrom, let moveTo):
            try map.moveStage(label, removeFrom: removeFrom, moveTo: moveTo)
        }
        let before = Set(versions.flatMap(\.stages)).count
        let after = Set(map.entries.flatMap(\.stages)).count
        if after > SecretsLimits.maxLabelsPerSecret, after > before {
            throw ServiceError.stagingLabelQuota
        }
        return LabelOutcome(versions: map.entries, moves: map.moves)
    }
}

// MARK: - Working map

/// The mutable map the rules operate on, recording every move.
private struct LabelMap {
    var entries: [VersionLabels]
    let secretARN: String
    let date: Date
    let operation: SecretsOperation
    var moves: [LabelMove] = []

    init(entries: [VersionLabels], secretARN: String, date: Date, operation: SecretsOperation) {
        self.entries = entries
        self.secretARN = secretARN
        self.date = date
        self.operation = operation
    }

    func holder(of label: String) -> String? {
        entries.first { $0.stages.contains(label) }?.versionId
    }

    func index(of versionId: String) -> Int? {
        entries.firstIndex { $0.versionId == versionId }
    }

    /// Moves `label` from its holder (if any) to `target` (or detaches it when `target` is nil).
    mutating func move(_ label: String, to target: String?) {
        let from = holder(of: label)
        guard from != target else { return }
        if let from, let i = index(of: from) { entries[i].stages.removeAll { $0 == label } }
        if let target, let i = index(of: target) { entries[i].stages.append(label) }
        moves.append(
            LabelMove(
                date: date, secretARN: secretARN, label: label, fromVersion: from, toVersion: target,
                operation: operation.rawValue))
    }

    mutating func addVersion(_ versionId: String, stages: [String]?) {
        var labels: [String] = []
        for label in stages ?? [StagingLabels.current] where !labels.contains(label) { labels.append(label) }
        let oldCurrent = holder(of: StagingLabels.current)
        if oldCurrent == nil, !labels.contains(StagingLabels.current) { labels.append(StagingLabels.current) }
        if index(of: versionId) == nil { entries.append(VersionLabels(versionId: versionId, stages: [])) }
        for label in labels { move(label, to: versionId) }
        guard labels.contains(StagingLabels.current), let oldCurrent, oldCurrent != versionId else { return }
        if !labels.contains(StagingLabels.previous) { move(StagingLabels.previous, to: oldCurrent) }
        if !labels.contains(StagingLabels.pending), holder(of: StagingLabels.pending) == oldCurrent {
            move(StagingLabels.pending, to: nil)
        }
    }

    mutating func moveStage(_ label: String, removeFrom: String?, moveTo: String?) throws {
        if let moveTo, index(of: moveTo) == nil { throw ServiceError.invalidVersion(moveTo) }
        if let removeFrom, index(of: removeFrom) == nil { throw ServiceError.invalidVersion(removeFrom) }
        let from = holder(of: label)
        if let removeFrom, removeFrom != from {
            throw ServiceError.stageNotOnVersion(label: label, versionId: removeFrom)
        }
        guard let moveTo else {
            guard removeFrom != nil else { throw ServiceError.stageUpdateWithoutVersion }
            if label == StagingLabels.current { throw ServiceError.cannotRemoveCurrent }
            move(label, to: nil)
            return
        }
        if from == moveTo { return }
        if let from, removeFrom == nil { throw ServiceError.removeFromVersionRequired(label: label, attachedTo: from) }
        move(label, to: moveTo)
        if label == StagingLabels.current, let from { move(StagingLabels.previous, to: from) }
    }
}
