import Foundation
import SecretsCore
import TerminalUI

/// The one function that changes the app: `reduce(state, action) -> [Effect]`.
///
/// It does no I/O and reads no clock: requests, timers, the clipboard and quitting are effects that the
/// runner performs, and time and answers come back as actions.
public enum AppReducer {
    /// Applies `action` to `state` and returns the work to do.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .start:
            return startListing(&state)
        case .input(let event):
            return handleInput(&state, event)
        case .response(let id, let response):
            guard let purpose = state.pending.removeValue(forKey: id) else { return [] }
            return handleResponse(&state, purpose, response)
        case .failed(let id, let failure):
            guard let purpose = state.pending.removeValue(forKey: id) else { return [] }
            return handleFailure(&state, purpose, failure)
        case .timerFired(let timer):
            return handleTimer(&state, timer)
        case .spinnerTick:
            if state.isBusy { state.spinnerFrame += 1 }
            return []
        case .backendChanged(let name):
            let keep = state
            state = AppState(
                backendName: name, size: keep.size, keymap: keep.baseKeymap, isReadOnly: keep.isReadOnly,
                readOnlyReason: keep.readOnlyReason, themeName: keep.themeName, timeZone: keep.timeZone,
                revealTimeoutMilliseconds: keep.revealTimeoutMilliseconds,
                clipboardTimeoutMilliseconds: keep.clipboardTimeoutMilliseconds,
                selectionRestMilliseconds: keep.selectionRestMilliseconds, pageSize: keep.pageSize)
            state.laterPageSize = keep.laterPageSize
            state.nextRequestID = keep.nextRequestID
            state.message = StatusMessage("connected to \(name)", role: .success)
            let stale = Array(keep.pending.keys).sorted()
            return (stale.isEmpty ? [] : [.cancel(stale)]) + startListing(&state)
        case .themeChanged(let name):
            state.themeName = name
            state.message = StatusMessage("theme \(name)", role: .success)
            return []
        case .runnerError(let message):
            state.message = StatusMessage(message, role: .error)
            return []
        case .passphraseRequired(let path):
            state.modal = .prompt(
                Dialog(
                    title: "Vault passphrase", message: ["Passphrase for \(path):"], buttons: ["Open", "Cancel"],
                    field: TextField(viewportWidth: 40, isMasked: true)),
                .vaultPassphrase(path: path))
            state.message = nil
            return []
        }
    }

    /// The pure form of `reduce`: the new state and the effects.
    public static func reduced(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var copy = state
        let effects = reduce(&copy, action)
        return (copy, effects)
    }

    // MARK: - Listing

    /// Forgets the list and asks for its first page.
    static func startListing(_ state: inout AppState) -> [Effect] {
        let filter = state.secrets.filter
        state.secrets = SecretsList()
        state.secrets.filter = filter
        return requestPage(&state, token: nil)
    }

    /// Asks for a page of the list: the first one small, the later ones as large as the service allows.
    static func requestPage(_ state: inout AppState, token: String?) -> [Effect] {
        state.secrets.isLoading = true
        let id = state.begin(.listPage)
        return [.listSecrets(id, ListSecretsRequest(
            includePlannedDeletion: true, maxResults: token == nil ? state.pageSize : state.laterPageSize,
            nextToken: token, sortOrder: "asc",
            sortBy: "name"))]
    }

    // MARK: - Details

    /// Loads versions, value and journal of `secret` at once, cancelling the requests of the one before.
    static func loadDetails(_ state: inout AppState, arn: String, name: String) -> [Effect] {
        let showDeprecated = state.details?.showDeprecated ?? false
        var effects: [Effect] = []
        let stale = state.pending.filter { $0.value.isDetailsRead }.map(\.key).sorted()
        if !stale.isEmpty {
            for id in stale { state.pending[id] = nil }
            effects.append(.cancel(stale))
        }
        state.details = Details(arn: arn, name: name, showDeprecated: showDeprecated)
        state.revealed = []
        state.observedMoves = state.lastChange?.secretARN == arn ? state.observedMoves : []
        state.predictedMoves = []
        effects.append(.describe(state.begin(.describe(arn: arn)), DescribeSecretRequest(secretId: arn)))
        effects.append(contentsOf: reloadVersions(&state))
        effects.append(.getValue(state.begin(.value(arn: arn)), GetSecretValueRequest(secretId: arn)))
        effects.append(.labelHistory(state.begin(.journal(arn: arn)), secretId: arn))
        return effects
    }

    /// Asks again for the versions of the secret shown.
    static func reloadVersions(_ state: inout AppState) -> [Effect] {
        guard let details = state.details else { return [] }
        let id = state.begin(.versions(arn: details.arn))
        return [.listVersions(id, ListSecretVersionIdsRequest(
            secretId: details.arn, includeDeprecated: details.showDeprecated ? true : nil))]
    }

    /// Everything about the shown secret again, keeping the selections (after a write).
    static func refreshDetails(_ state: inout AppState) -> [Effect] {
        guard let details = state.details else { return [] }
        let arn = details.arn
        return [
            .describe(state.begin(.describe(arn: arn)), DescribeSecretRequest(secretId: arn)),
            .getValue(state.begin(.value(arn: arn)), GetSecretValueRequest(secretId: arn)),
            .labelHistory(state.begin(.journal(arn: arn)), secretId: arn),
        ] + reloadVersions(&state)
    }

    // MARK: - Timers

    static func handleTimer(_ state: inout AppState, _ timer: TimerID) -> [Effect] {
        switch timer {
        case .selectionRest(let generation):
            guard generation == state.selectionGeneration, let secret = state.selectedSecret,
                secret.arn != state.details?.arn
            else { return [] }
            return loadDetails(&state, arn: secret.arn, name: secret.name)
        case .remask(let generation):
            guard generation == state.revealGeneration else { return [] }
            state.revealed = []
            if case .review(var review) = state.mode {
                review.isRevealed = false
                state.mode = .review(review)
            }
            return []
        case .clipboardClear(let generation):
            guard generation == state.clipboardGeneration else { return [] }
            state.message = StatusMessage("clipboard cleared")
            return [.clearClipboard]
        }
    }
}

// MARK: - Requests

extension AppState {
    /// Registers a request for `purpose` and returns its id.
    mutating func begin(_ purpose: Purpose) -> RequestID {
        let id = RequestID(nextRequestID)
        nextRequestID += 1
        pending[id] = purpose
        return id
    }
}

extension Purpose {
    /// Whether the request only reads the details panes' data (cancelled when the selection moves on).
    var isDetailsRead: Bool {
        switch self {
        case .describe, .versions, .value, .journal: true
        default: false
        }
    }
}
