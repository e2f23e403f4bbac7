import Foundation
import SecretsCore
import TerminalUI

// MARK: - Label moves: promote, custom labels, undo

extension AppReducer {
    /// The label map and moves that a list of UpdateSecretVersionStage requests would give, by the shared rules.
    static func predict(
        _ requests: [UpdateSecretVersionStageRequest], on map: [String: [String]], secretARN: String,
        versionIds: [String]
    ) throws -> (map: [String: [String]], moves: [LabelMove]) {
        var current = map
        var moves: [LabelMove] = []
        for request in requests {
            let outcome = try StagingLabels.apply(
                .moveStage(label: request.versionStage, removeFrom: request.removeFromVersionId,
                           moveTo: request.moveToVersionId),
                to: LabelMap.entries(current, adding: versionIds), secretARN: secretARN, date: .distantPast,
                operation: .updateSecretVersionStage)
            current = LabelMap.map(outcome.versions)
            moves += outcome.moves
        }
        return (current, moves)
    }

    /// The lines a preview shows for moves: `AWSCURRENT  1a2b3c4d → 5e6f7a8b`.
    static func describe(_ moves: [LabelMove]) -> [String] {
        moves.map { move in
            let from = move.fromVersion.map(shortVersion) ?? "(none)"
            let to = move.toVersion.map(shortVersion) ?? "(removed)"
            return "\(move.label)  \(from) → \(to)"
        }
    }

    /// The first eight characters of a version id.
    public static func shortVersion(_ id: String) -> String { String(id.prefix(8)) }

    /// Opens a confirmation of `requests`, showing their predicted moves; refuses when the rules refuse.
    static func preview(
        _ state: inout AppState, title: String, lead: String, requests: [UpdateSecretVersionStageRequest],
        kind: ChangeKind, knownVersions: [String] = []
    ) -> [Effect] {
        guard let details = state.details else { return [] }
        var ids = (details.versions ?? []).map(\.versionId)
        for id in knownVersions where !ids.contains(id) { ids.append(id) }
        do {
            let outcome = try predict(requests, on: details.stageMap, secretARN: details.arn, versionIds: ids)
            let moves = LabelMap.moves(
                from: details.stageMap, to: outcome.map, secretARN: details.arn,
                operation: SecretsOperation.updateSecretVersionStage.rawValue)
            guard !moves.isEmpty else {
                state.message = StatusMessage("nothing to move")
                return []
            }
            state.predictedMoves = moves
            let dialog = Dialog.confirm(title: title, message: [lead, ""] + describe(moves) + ["", "Send? (y/n)"])
            state.modal = .confirm(dialog, .stageUpdates(secretARN: details.arn, requests: requests, kind: kind))
        } catch {
            state.message = StatusMessage("refused: \(error)", role: .error)
        }
        return []
    }

    /// `p`: makes the selected version AWSCURRENT after a preview.
    static func promote(_ state: inout AppState) -> [Effect] {
        guard let details = state.details, let version = details.selectedVersion else {
            state.message = StatusMessage("select a version first", role: .warning)
            return []
        }
        if details.holder(of: StagingLabels.current) == version.versionId {
            state.message = StatusMessage("\(shortVersion(version.versionId)) is already AWSCURRENT")
            return []
        }
        let request = UpdateSecretVersionStageRequest(
            secretId: details.arn, versionStage: StagingLabels.current,
            removeFromVersionId: details.holder(of: StagingLabels.current), moveToVersionId: version.versionId)
        return preview(
            &state, title: "Promote", lead: "Make \(shortVersion(version.versionId)) AWSCURRENT of \(details.name):",
            requests: [request], kind: .promote)
    }

    /// `L`: asks which custom label to add to or remove from the selected version.
    static func askCustomLabel(_ state: inout AppState) -> [Effect] {
        guard let details = state.details, let version = details.selectedVersion else {
            state.message = StatusMessage("select a version first", role: .warning)
            return []
        }
        let dialog = Dialog(
            title: "Label", message: [
                "Label for \(shortVersion(version.versionId)):",
                "a label it has is removed; another is moved here",
            ], buttons: ["OK", "Cancel"], field: TextField(viewportWidth: 30, maxLength: 256))
        state.modal = .prompt(dialog, .customLabel(secretARN: details.arn, versionId: version.versionId))
        return []
    }

    /// Adds `label` to `versionId` (moving it from its holder) or removes it when the version has it.
    static func customLabel(_ state: inout AppState, arn: String, versionId: String, label: String) -> [Effect] {
        guard let details = state.details, details.arn == arn, !label.isEmpty else { return [] }
        if label == StagingLabels.current {
            state.message = StatusMessage("AWSCURRENT is moved with p (promote), never removed", role: .warning)
            return []
        }
        let holder = details.holder(of: label)
        let request: UpdateSecretVersionStageRequest
        let lead: String
        if holder == versionId {
            request = UpdateSecretVersionStageRequest(secretId: arn, versionStage: label, removeFromVersionId: versionId)
            lead = "Remove \(label) from \(shortVersion(versionId)):"
        } else {
            request = UpdateSecretVersionStageRequest(
                secretId: arn, versionStage: label, removeFromVersionId: holder, moveToVersionId: versionId)
            lead = "Put \(label) on \(shortVersion(versionId)):"
        }
        return preview(&state, title: "Label", lead: lead, requests: [request], kind: .label)
    }

    // MARK: - Undo

    /// `z`: checks with DescribeSecret that no label of the last change moved since, then previews the undo.
    static func beginUndo(_ state: inout AppState) -> [Effect] {
        guard let change = state.lastChange, change.after != nil, !change.changedLabels.isEmpty else {
            state.message = StatusMessage("nothing to undo in this session", role: .warning)
            return []
        }
        state.message = StatusMessage("undo: checking \(change.name)…")
        let id = state.begin(.undoCheck(arn: change.secretARN))
        return [.describe(id, DescribeSecretRequest(secretId: change.secretARN))]
    }

    /// The answer of the undo check: refuse with the reason, or preview the moves back.
    static func undoChecked(_ state: inout AppState, _ description: SecretDescription) -> [Effect] {
        guard let change = state.lastChange, let after = change.after else { return [] }
        let now = description.versionIdsToStages ?? [:]
        for label in change.changedLabels
        where LabelMap.holder(of: label, in: now) != LabelMap.holder(of: label, in: after) {
            let holder = LabelMap.holder(of: label, in: now).map(shortVersion) ?? "no version"
            state.message = StatusMessage(
                "undo refused: \(label) moved since the \(change.kind.rawValue) (now on \(holder))", role: .error)
            return []
        }
        guard let plan = undoPlan(change, now: now) else {
            state.message = StatusMessage("undo refused: the labels cannot be moved back by the rules", role: .error)
            return []
        }
        if state.details?.arn == change.secretARN { state.details?.description = description }
        var undoState = state
        if undoState.details?.arn != change.secretARN {
            undoState.details = Details(arn: change.secretARN, name: change.name)
            undoState.details?.description = description
        }
        let effects = preview(
            &undoState, title: "Undo", lead: "Undo the last \(change.kind.rawValue) of \(change.name):",
            requests: plan, kind: .undo, knownVersions: change.before.keys.sorted())
        state.modal = undoState.modal
        state.predictedMoves = undoState.predictedMoves
        state.message = undoState.message
        return effects
    }

    /// The UpdateSecretVersionStage calls that put every changed label back where it was, AWSCURRENT first
    /// (which carries AWSPREVIOUS along), checked against the rules; nil when they cannot.
    static func undoPlan(_ change: ChangeRecord, now: [String: [String]]) -> [UpdateSecretVersionStageRequest]? {
        let ids = Array(Set(change.before.keys).union(now.keys))
        var map = now
        var requests: [UpdateSecretVersionStageRequest] = []
        for label in change.changedLabels {
            let target = LabelMap.holder(of: label, in: change.before)
            let holder = LabelMap.holder(of: label, in: map)
            guard target != holder else { continue }
            let request = UpdateSecretVersionStageRequest(
                secretId: change.secretARN, versionStage: label, removeFromVersionId: holder, moveToVersionId: target)
            guard let next = try? predict([request], on: map, secretARN: change.secretARN, versionIds: ids) else {
                return nil
            }
            map = next.map
            requests.append(request)
        }
        for label in change.changedLabels
        where LabelMap.holder(of: label, in: map) != LabelMap.holder(of: label, in: change.before) {
            return nil
        }
        return requests
    }

    // MARK: - Delete and restore

    /// `D`: asks for the secret's name to schedule its deletion (with the recovery window).
    static func askDelete(_ state: inout AppState) -> [Effect] {
        guard let secret = state.selectedSecret else { return [] }
        if secret.deletedDate != nil {
            state.message = StatusMessage("\(secret.name) is already scheduled for deletion (R restores)", role: .warning)
            return []
        }
        let dialog = Dialog(
            title: "Delete", message: [
                "Schedule \(secret.name) for deletion?",
                "It can be restored (R) during the 30-day recovery window.",
                "Type its name to confirm:",
            ], buttons: ["Delete", "Cancel"], field: TextField(viewportWidth: 40), messageRole: .warning)
        state.modal = .prompt(dialog, .deleteSecret(arn: secret.arn, name: secret.name))
        return []
    }

    /// `R`: asks to restore a secret scheduled for deletion.
    static func askRestore(_ state: inout AppState) -> [Effect] {
        guard let secret = state.selectedSecret else { return [] }
        guard secret.deletedDate != nil else {
            state.message = StatusMessage("\(secret.name) is not scheduled for deletion")
            return []
        }
        state.modal = .confirm(
            Dialog.confirm(title: "Restore", message: ["Restore \(secret.name)?"], messageRole: .dialog),
            .restore(secretARN: secret.arn, name: secret.name))
        return []
    }
}
