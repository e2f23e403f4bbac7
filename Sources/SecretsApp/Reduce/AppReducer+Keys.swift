import Foundation
import SecretsCore
import TerminalUI

// MARK: - Input

extension AppReducer {
    /// A key, paste or resize: the modal first, then the mode, then the browse bindings.
    static func handleInput(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        if case .resize(let size) = event {
            state.size = size
            return []
        }
        if case .key(let key) = event, state.keymap.binding(id: AppKeymap.interrupt)?.keys.contains(key) == true {
            state.hasQuit = true
            return [.quit]
        }
        if state.modal != nil { return handleModal(&state, event) }
        if let effects = handleModeInput(&state, event) { return effects }
        return handleBrowse(&state, event)
    }

    /// The sections whose bindings apply while browsing with `focus`, in priority order.
    static func browseSections(_ focus: PaneID) -> [String] {
        switch focus {
        case .secrets: [AppKeymap.global, ListBindings.section, AppKeymap.secret, AppKeymap.versions]
        case .versions: [AppKeymap.global, AppKeymap.versions, ListBindings.section, AppKeymap.secret]
        case .value: [AppKeymap.global, AppKeymap.secret, ListBindings.section, AppKeymap.versions]
        }
    }

    /// The binding an event presses, or a message when it is disabled.
    static func enabledBinding(_ state: inout AppState, _ event: KeyEvent, sections: [String]) -> Binding? {
        guard let binding = state.keymap.binding(for: event, in: sections) else { return nil }
        if let reason = binding.disabledReason {
            state.message = StatusMessage("\(binding.help): disabled (\(reason))", role: .warning)
            return nil
        }
        return binding
    }

    static func handleBrowse(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard let binding = enabledBinding(&state, event, sections: browseSections(state.focus)) else { return [] }
        switch binding.id {
        case ListBindings.down, ListBindings.up, ListBindings.top, ListBindings.bottom, ListBindings.pageDown,
            ListBindings.pageUp:
            return moveSelection(&state, binding.id)
        case AppKeymap.open:
            return openSelected(&state)
        case AppKeymap.help:
            let height = max(3, state.size.height - 4)
            state.modal = .help(HelpOverlay(keymap: state.keymap, viewportHeight: height))
        case AppKeymap.command:
            state.modal = .command(TextField(viewportWidth: max(1, state.size.width - 2)))
        case AppKeymap.filter:
            state.focus = .secrets
            state.modal = .filter(TextField(text: state.secrets.filter, viewportWidth: max(1, state.size.width / 2)))
        case AppKeymap.nextPane, AppKeymap.previousPane:
            let panes = PaneID.allCases
            let index = panes.firstIndex(of: state.focus) ?? 0
            let step = binding.id == AppKeymap.nextPane ? 1 : panes.count - 1
            state.focus = panes[(index + step) % panes.count]
        case AppKeymap.back:
            return back(&state)
        case AppKeymap.refresh:
            state.message = StatusMessage("refreshing")
            return startListing(&state) + refreshDetails(&state)
        case AppKeymap.quit:
            return quit(&state)
        case AppKeymap.reveal:
            return toggleReveal(&state)
        case AppKeymap.copy:
            return copySelected(&state)
        case AppKeymap.deprecated:
            guard state.details != nil else { return [] }
            state.details?.showDeprecated.toggle()
            state.details?.versionSelection = 0
            return reloadVersions(&state)
        case AppKeymap.promote:
            return promote(&state)
        case AppKeymap.label:
            return askCustomLabel(&state)
        case AppKeymap.undo:
            return beginUndo(&state)
        case AppKeymap.delete:
            return askDelete(&state)
        case AppKeymap.restore:
            return askRestore(&state)
        case AppKeymap.edit, AppKeymap.new:
            return handleEditBinding(&state, binding.id)
        default:
            break
        }
        return []
    }

    // MARK: - Selection

    /// Moves the selection of the focused pane's list.
    static func moveSelection(_ state: inout AppState, _ id: String) -> [Effect] {
        let layout = Layout(size: state.size)
        switch state.focus {
        case .secrets:
            let count = state.secrets.visible.count
            guard count > 0 else { return [] }
            let current = state.secrets.selection ?? 0
            let rows = Layout.listRows(layout.secrets)
            state.secrets.select(target(id, current: current, count: count, page: rows))
            state.secrets.offset = Scrolling.offset(
                keeping: state.secrets.selection ?? 0, visible: rows, count: count, from: state.secrets.offset)
            return selectionMoved(&state)
        case .versions:
            guard let count = state.details?.versions?.count, count > 0 else { return [] }
            let current = state.details?.versionSelection ?? 0
            state.details?.versionSelection = target(
                id, current: current, count: count, page: Layout.listRows(layout.versions, header: true))
        case .value:
            guard let count = state.details?.valueRows.count, count > 0 else { return [] }
            let current = state.details?.valueSelection ?? 0
            state.details?.valueSelection = target(
                id, current: current, count: count, page: Layout.listRows(layout.value, header: true))
        }
        return []
    }

    /// The row a list binding moves to.
    static func target(_ id: String, current: Int, count: Int, page: Int) -> Int {
        let step = max(1, page - 1)
        let next: Int
        switch id {
        case ListBindings.down: next = current + 1
        case ListBindings.up: next = current - 1
        case ListBindings.top: next = 0
        case ListBindings.bottom: next = count - 1
        case ListBindings.pageDown: next = current + step
        case ListBindings.pageUp: next = current - step
        default: next = current
        }
        return min(max(0, next), count - 1)
    }

    /// After the secrets selection moved: the list redraws at once; the details follow once it rests.
    static func selectionMoved(_ state: inout AppState) -> [Effect] {
        guard let secret = state.selectedSecret, secret.arn != state.details?.arn else { return [] }
        state.selectionGeneration += 1
        return [.startTimer(.selectionRest(state.selectionGeneration), milliseconds: state.selectionRestMilliseconds)]
    }

    /// Enter: load the selected secret's details now and move the focus to its versions.
    static func openSelected(_ state: inout AppState) -> [Effect] {
        if state.focus == .versions, let details = state.details, let version = details.selectedVersion {
            state.revealed = []
            state.details?.valueSelection = 0
            state.focus = .value
            let id = state.begin(.value(arn: details.arn))
            return [.getValue(id, GetSecretValueRequest(secretId: details.arn, versionId: version.versionId))]
        }
        guard state.focus == .secrets, let secret = state.selectedSecret else { return [] }
        state.focus = .versions
        guard secret.arn != state.details?.arn else { return [] }
        state.selectionGeneration += 1
        return loadDetails(&state, arn: secret.arn, name: secret.name)
    }

    // MARK: - Back and quit

    /// Esc: cancel running reads, else clear the filter, else go back to the list.
    static func back(_ state: inout AppState) -> [Effect] {
        let cancellable = state.pending.filter { !$0.value.writes }.map(\.key).sorted()
        if !cancellable.isEmpty {
            for id in cancellable {
                if state.pending[id] == .listPage { state.secrets.isLoading = false }
                state.pending[id] = nil
            }
            state.message = StatusMessage("cancelled", role: .warning)
            return [.cancel(cancellable)]
        }
        if !state.secrets.filter.isEmpty {
            let arn = state.selectedSecret?.arn
            state.secrets.filter = ""
            state.secrets.select(arn: arn)
            return []
        }
        state.focus = .secrets
        return []
    }

    /// `q` or `:q`: quit, asking first when edits are unsaved.
    static func quit(_ state: inout AppState) -> [Effect] {
        if state.hasUnsavedEdits {
            state.modal = .confirm(
                Dialog.confirm(title: "Quit", message: ["The edit is not submitted.", "Quit and lose it?"]), .quit)
            return []
        }
        state.hasQuit = true
        return [.quit]
    }

    // MARK: - Values

    /// `v`: reveals or masks the selected value row; a reveal masks itself again after the timeout.
    static func toggleReveal(_ state: inout AppState) -> [Effect] {
        guard let details = state.details else { return [] }
        let rows = details.valueRows
        guard details.valueSelection < rows.count else { return [] }
        let id = rows[details.valueSelection].id
        if state.revealed.contains(id) {
            state.revealed.remove(id)
            return []
        }
        state.revealed.insert(id)
        state.revealGeneration += 1
        return [.startTimer(.remask(state.revealGeneration), milliseconds: state.revealTimeoutMilliseconds)]
    }

    /// `y`: copies the selected value row with OSC 52 and clears the clipboard after the timeout.
    static func copySelected(_ state: inout AppState) -> [Effect] {
        guard let details = state.details else { return [] }
        let rows = details.valueRows
        guard details.valueSelection < rows.count else {
            state.message = StatusMessage("no value to copy", role: .warning)
            return []
        }
        let row = rows[details.valueSelection]
        guard row.text.utf8.count <= state.clipboardLimitBytes else {
            state.message = StatusMessage(
                "\(row.label) is too large to copy (\(row.text.utf8.count) bytes; limit \(state.clipboardLimitBytes))",
                role: .warning)
            return []
        }
        state.clipboardGeneration += 1
        let seconds = state.clipboardTimeoutMilliseconds / 1000
        state.message = StatusMessage("copied \(row.label) (clipboard clears in \(seconds) s)", role: .success)
        return [
            .copyToClipboard(row.text),
            .startTimer(.clipboardClear(state.clipboardGeneration), milliseconds: state.clipboardTimeoutMilliseconds),
        ]
    }
}
