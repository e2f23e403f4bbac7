import SecretsCore
import TerminalUI

/// The whole screen as a pure function of the state: panes, status bar, note, and the modal on top.
public enum AppScreen {
    /// The spinner's frames.
    static let spinner: [Character] = ["|", "/", "-", "\\"]

    /// Draws the state into a buffer of the state's size.
    public static func render(_ state: AppState, theme: Theme) -> CellBuffer {
        var buffer = CellBuffer(size: state.size)
        guard state.size.width > 0, state.size.height > 0 else { return buffer }
        let layout = Layout(size: state.size)
        if let note = layout.note {
            let text = "terminal \(state.size) is smaller than 80x24; showing what fits"
            buffer.write(text, at: Position(row: note.y, column: note.x), style: Style(.warning), clip: note)
        }
        renderMain(state, layout: layout, into: &buffer, theme: theme)
        renderStatus(state, rect: layout.status, into: &buffer, theme: theme)
        renderModal(state, into: &buffer, theme: theme)
        return buffer
    }

    /// The panes of the current mode.
    static func renderMain(_ state: AppState, layout: Layout, into buffer: inout CellBuffer, theme: Theme) {
        switch state.mode {
        case .browse:
            SecretsPane.render(state, into: &buffer, rect: layout.secrets, theme: theme)
            VersionsPane.render(state, into: &buffer, rect: layout.versions, theme: theme)
            ValuePane.render(state, into: &buffer, rect: layout.value, theme: theme)
        case .form(let form):
            if layout.isWide { SecretsPane.render(state, into: &buffer, rect: layout.secrets, theme: theme) }
            FormPane.render(state, form, into: &buffer, rect: layout.editor, theme: theme)
        case .review(let review):
            if layout.isWide { SecretsPane.render(state, into: &buffer, rect: layout.secrets, theme: theme) }
            ReviewPane.render(state, review, into: &buffer, rect: layout.editor, theme: theme)
        }
    }

    /// The sections whose hints the status bar shows now.
    static func hintSections(_ state: AppState) -> [String] {
        switch state.mode {
        case .browse:
            switch state.focus {
            case .secrets: [AppKeymap.secret, AppKeymap.global]
            case .versions: [AppKeymap.versions, AppKeymap.global]
            case .value: [AppKeymap.secret, AppKeymap.global]
            }
        case .form: [AppKeymap.form, AppKeymap.global]
        case .review: [AppKeymap.review, AppKeymap.global]
        }
    }

    /// The status bar, or the command line while `:` is open.
    static func renderStatus(_ state: AppState, rect: Rect, into buffer: inout CellBuffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        if case .command(var field)? = state.modal {
            buffer.fill(rect, style: Style(.status))
            buffer.write(":", at: Position(row: rect.y, column: rect.x), style: Style(.statusKey), clip: rect)
            field.viewportWidth = max(1, rect.width - 1)
            field.render(into: &buffer, rect: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: 1), theme: theme)
            return
        }
        var left = [TextSegment(" " + tail(state.backendName, width: max(12, rect.width / 3)) + " ", role: .status)]
        if state.isBusy {
            left.append(TextSegment(String(spinner[state.spinnerFrame % spinner.count]) + " ", role: .statusKey))
        }
        let list = state.secrets
        let count = list.filter.isEmpty ? "\(list.all.count)" : "\(list.visible.count)/\(list.all.count)"
        left.append(TextSegment(count + (list.isComplete ? "" : "…") + " secrets ", role: .status))
        if let message = state.message {
            left.append(TextSegment(" " + message.text + " ", role: message.role))
        }
        let right = state.isReadOnly ? [TextSegment(" READ-ONLY ", role: .readOnly)] : []
        let hints = state.keymap.hints(in: hintSections(state))
        StatusBar(left: left, right: right, hints: hints).render(into: &buffer, rect: rect, theme: theme)
    }

    /// The end of `text` in at most `width` columns, `…` in front when cut (a path's end says the most).
    static func tail(_ text: String, width: Int) -> String {
        let safe = TerminalText.visible(text)
        guard DisplayWidth.of(safe) > width else { return safe }
        var out: [Character] = []
        var used = 1
        for character in safe.reversed() {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            out.append(character)
            used += w
        }
        return "…" + String(out.reversed())
    }

    /// The modal over everything (the filter and command line are drawn by their panes).
    static func renderModal(_ state: AppState, into buffer: inout CellBuffer, theme: Theme) {
        guard let modal = state.modal else { return }
        let area = Rect(size: state.size).splitBottom(1).rest
        switch modal {
        case .help(var overlay):
            overlay.viewportHeight = max(1, min(area.height, overlay.lines.count + 2) - 2)
            overlay.render(into: &buffer, rect: area, theme: theme)
        case .confirm(let dialog, _), .prompt(let dialog, _), .notice(let dialog):
            dialog.render(into: &buffer, rect: area, theme: theme)
        case .command, .filter:
            break
        }
    }
}
