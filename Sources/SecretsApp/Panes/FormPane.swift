import SecretsCore
import TerminalUI

/// The form pane: one row a key with its type and value (masked unless revealed or being edited), or the raw text.
public enum FormPane {
    /// Draws the form into `rect`.
    public static func render(_ state: AppState, _ form: FormState, into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        let mode = form.form.mode == .raw ? "raw text" : "keys"
        let title = (form.secretARN == nil ? "New secret — " : "Edit — ") + form.name + " (\(mode))"
            + (form.isChanged ? " *" : "")
        let inner = PaneFrame.draw(&buffer, rect, title: title, focused: true, theme: theme)
        guard !inner.isEmpty else { return }
        let (header, body) = inner.splitTop(1)
        let diff = form.form.diff()
        if form.form.mode == .raw {
            renderRaw(state, form, into: &buffer, header: header, body: body, theme: theme)
            return
        }
        let rows = form.form.rows
        let keyWidth = min(max(4, rows.map { DisplayWidth.of($0.key) }.max() ?? 4), max(4, inner.width / 3))
        let typeWidth = 8
        let valueX = inner.x + 2 + keyWidth + 1 + typeWidth + 1
        let valueWidth = max(1, inner.maxX - valueX)
        buffer.fill(header, style: Style(.header))
        buffer.write(
            "  " + TerminalText.padded("key", to: keyWidth) + " " + TerminalText.padded("type", to: typeWidth) + " value",
            at: Position(row: header.y, column: header.x), style: Style(.header), clip: header)
        var list = PaneFrame.list(count: rows.count, selection: form.selection, viewport: body.height, focused: form.editor == nil)
        list.emptyText = "no keys (a adds one)"
        list.render(into: &buffer, rect: body, rowCount: rows.count) { index in
            let row = rows[index]
            let (mark, role) = marker(for: row.key, in: diff)
            let revealed = state.revealed.contains("form:" + row.key)
            let value = revealed
                ? TextSegment(TerminalText.truncated(row.text, to: valueWidth), role: .revealed)
                : TextSegment(PaneFrame.mask(theme), role: .masked)
            return [
                TextSegment(mark + " ", role: role),
                TextSegment(TerminalText.padded(row.key, to: keyWidth) + " ", role: .key),
                TextSegment(TerminalText.padded(row.type.rawValue, to: typeWidth) + " ", role: .muted),
                value,
            ]
        }
        guard let editor = form.editor else { return }
        let top = Scrolling.offset(keeping: form.selection, visible: body.height, count: rows.count, from: 0)
        let y = body.y + form.selection - top
        switch editor {
        case .field(var field):
            field.viewportWidth = valueWidth
            field.render(into: &buffer, rect: Rect(x: valueX, y: y, width: valueWidth, height: 1), theme: theme)
        case .area(let area):
            renderArea(area, into: &buffer, in: body, label: rows[form.selection].key, theme: theme)
        }
    }

    /// The diff marker of a key: `+` added, `~` changed or renamed, blank otherwise.
    static func marker(for key: String, in diff: SecretFormDiff) -> (String, ThemeRole) {
        guard let entry = diff.entries.first(where: { $0.key == key }) else { return (" ", .text) }
        switch entry.kind {
        case .added: return ("+", .diffAdded)
        case .changed, .renamed: return ("~", .diffChanged)
        case .removed: return ("-", .diffRemoved)
        case .unchanged: return (" ", .text)
        }
    }

    /// The raw text: masked in one line until revealed or edited.
    static func renderRaw(
        _ state: AppState, _ form: FormState, into buffer: inout CellBuffer, header: Rect, body: Rect, theme: Theme
    ) {
        let encoding = form.form.rawEncoding == .base64 ? "base64 of the binary value" : "text"
        buffer.fill(header, style: Style(.header))
        buffer.write("raw \(encoding)", at: Position(row: header.y, column: header.x), style: Style(.header), clip: header)
        if case .area(let area)? = form.editor {
            renderArea(area, into: &buffer, in: body, label: "raw", theme: theme)
            return
        }
        guard !body.isEmpty else { return }
        if state.revealed.contains("form:raw") {
            let lines = form.form.rawText.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.prefix(body.height).enumerated() {
                buffer.write(String(line), at: Position(row: body.y + index, column: body.x), style: Style(.revealed),
                             clip: body.row(index))
            }
        } else {
            buffer.write(PaneFrame.mask(theme), at: Position(row: body.y, column: body.x), style: Style(.masked), clip: body)
        }
    }

    /// A text area in a box over the lower part of the form.
    static func renderArea(_ area: TextArea, into buffer: inout CellBuffer, in body: Rect, label: String, theme: Theme) {
        let height = min(body.height, 10)
        let box = Rect(x: body.x, y: body.maxY - height, width: body.width, height: height)
        guard box.height >= 3 else { return }
        buffer.fill(box, style: Style(.dialog))
        buffer.drawBox(box, style: Style(.borderFocused), border: theme.border, title: label + " (^S accepts, Esc cancels)",
                       titleStyle: Style(.title))
        var area = area
        let inner = Layout.inner(box)
        area.viewport = inner.size
        area.render(into: &buffer, rect: inner, theme: theme)
    }
}
