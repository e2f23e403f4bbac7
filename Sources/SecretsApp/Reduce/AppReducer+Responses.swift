import Foundation
import SecretsCore
import TerminalUI

// MARK: - Answers

extension AppReducer {
    static func handleResponse(_ state: inout AppState, _ purpose: Purpose, _ response: Response) -> [Effect] {
        switch (purpose, response) {
        case (.listPage, .secretsPage(let page)):
            return pageArrived(&state, page)
        case (.describe(let arn), .described(let description)):
            updateListEntry(&state, description)
            if state.details?.arn == arn { state.details?.description = description }
        case (.versions(let arn), .versions(let versions)):
            guard state.details?.arn == arn else { return [] }
            state.details?.versions = versions.sorted(by: newestFirst)
            let count = versions.count
            if let selection = state.details?.versionSelection, selection >= count {
                state.details?.versionSelection = max(0, count - 1)
            }
        case (.value(let arn), .value(let value)):
            guard state.details?.arn == arn else { return [] }
            state.details?.value = value
            state.details?.valueError = nil
            let count = state.details?.valueRows.count ?? 0
            if let selection = state.details?.valueSelection, selection >= count {
                state.details?.valueSelection = max(0, count - 1)
            }
        case (.journal(let arn), .journal(let moves)):
            guard state.details?.arn == arn else { return [] }
            state.details?.journal = moves
            state.details?.journalUnavailable = moves == nil
        case (.stageUpdate(let arn, let kind), .stagesUpdated):
            state.predictedMoves = []
            state.message = StatusMessage("\(kind.rawValue) done; checking the labels…", role: .success)
            let id = state.begin(.describeAfterWrite(arn: arn))
            return [.describe(id, DescribeSecretRequest(secretId: arn))] + refreshIfShown(&state, arn)
        case (.describeAfterWrite(let arn), .described(let description)):
            return observed(&state, arn: arn, description)
        case (.undoCheck, .described(let description)):
            return undoChecked(&state, description)
        case (.delete(let arn), .deleted(let response)):
            state.message = StatusMessage(
                "\(response.name) scheduled for deletion on \(DateText.day(response.deletionDate, state.timeZone))",
                role: .success)
            return [.describe(state.begin(.describe(arn: arn)), DescribeSecretRequest(secretId: arn))]
                + refreshIfShown(&state, arn)
        case (.restore(let arn), .restored(let reference)):
            state.message = StatusMessage("\(reference.name) restored", role: .success)
            return [.describe(state.begin(.describe(arn: arn)), DescribeSecretRequest(secretId: arn))]
                + refreshIfShown(&state, arn)
        default:
            return handleEditorResponse(&state, purpose, response)
        }
        return []
    }

    /// Versions ordered newest first (by creation date, then id).
    static func newestFirst(_ a: SecretVersionsListEntry, _ b: SecretVersionsListEntry) -> Bool {
        let left = a.createdDate ?? .distantPast, right = b.createdDate ?? .distantPast
        return left != right ? left > right : a.versionId > b.versionId
    }

    /// A page arrived: show it, and ask for the next one while there is one.
    static func pageArrived(_ state: inout AppState, _ page: ListSecretsResponse) -> [Effect] {
        let known = Set(state.secrets.all.map(\.arn))
        state.secrets.all += page.secretList.filter { !known.contains($0.arn) }
        state.secrets.isLoading = false
        var effects: [Effect] = []
        if let token = page.nextToken, !token.isEmpty {
            state.secrets.nextToken = token
            effects += requestPage(&state, token: token)
        } else {
            state.secrets.nextToken = nil
            state.secrets.isComplete = true
        }
        if state.secrets.selection == nil, let first = state.secrets.visible.first {
            state.secrets.select(0)
            if state.details == nil { effects += loadDetails(&state, arn: first.arn, name: first.name) }
        }
        return effects
    }

    /// Replaces a list entry with fresher data from DescribeSecret.
    static func updateListEntry(_ state: inout AppState, _ description: SecretDescription) {
        guard let index = state.secrets.all.firstIndex(where: { $0.arn == description.arn }) else { return }
        var entry = description
        entry.versionMapKey = .list
        state.secrets.all[index] = entry
    }

    /// Reloads the details when `arn` is the secret shown.
    static func refreshIfShown(_ state: inout AppState, _ arn: String) -> [Effect] {
        guard state.details?.arn == arn else { return [] }
        return refreshDetails(&state)
    }

    /// DescribeSecret after a write: the observed moves, and the record `z` undoes.
    static func observed(_ state: inout AppState, arn: String, _ description: SecretDescription) -> [Effect] {
        updateListEntry(&state, description)
        if state.details?.arn == arn { state.details?.description = description }
        guard var change = state.lastChange, change.secretARN == arn else { return [] }
        let after = description.versionIdsToStages ?? [:]
        change.after = after
        state.lastChange = change
        var moves = LabelMap.moves(from: change.before, to: after, secretARN: arn, operation: change.kind.rawValue)
        for index in moves.indices { moves[index].date = description.lastChangedDate ?? .distantPast }
        state.observedMoves = moves
        let summary = moves.isEmpty ? "no label moved" : describe(moves).joined(separator: ", ")
        state.message = StatusMessage("\(change.kind.rawValue) done: \(summary)", role: .success)
        return []
    }

    // MARK: - Failures

    static func handleFailure(_ state: inout AppState, _ purpose: Purpose, _ failure: RequestFailure) -> [Effect] {
        let text = failure.code.map { "\($0): \(failure.message)" } ?? failure.message
        if failure.cancelled {
            state.message = StatusMessage("cancelled", role: .warning)
        } else {
            state.message = StatusMessage(text, role: .error)
        }
        switch purpose {
        case .listPage:
            state.secrets.isLoading = false
        case .value(let arn):
            if state.details?.arn == arn { state.details?.valueError = text }
        case .stageUpdate(let arn, _):
            state.predictedMoves = []
            if state.lastChange?.secretARN == arn, state.lastChange?.after == nil { state.lastChange = nil }
            return refreshIfShown(&state, arn)
        default:
            return handleEditorFailure(&state, purpose, failure)
        }
        return []
    }
}
