import SecretsCore
import TerminalUI

/// The value pane: a JSON secret as a key/value table, plain text, or binary as base64 and hex; masked until `v`.
public enum ValuePane {
    /// Draws the pane into `rect`.
    public static func render(_ state: AppState, into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        let focused = state.focus == .value
        guard let details = state.details else {
            _ = PaneFrame.draw(&buffer, rect, title: "Value", focused: focused, theme: theme)
            return
        }
        var title = "Value"
        if let value = details.value {
            title += " — " + AppReducer.shortVersion(value.versionId)
            if !value.versionStages.isEmpty { title += " " + value.versionStages.joined(separator: ",") }
        }
        let inner = PaneFrame.draw(&buffer, rect, title: title, focused: focused, theme: theme)
        guard !inner.isEmpty else { return }
        if let error = details.valueError {
            buffer.write(error, at: Position(row: inner.y, column: inner.x), style: Style(.error), clip: inner.row(0))
            return
        }
        guard details.value != nil else {
            buffer.write("loading…", at: Position(row: inner.y, column: inner.x), style: Style(.muted), clip: inner)
            return
        }
        let rows = details.valueRows
        let keyWidth = min(max(4, rows.map { DisplayWidth.of($0.label) }.max() ?? 4), max(4, inner.width / 3))
        let typeWidth = 8
        let valueWidth = max(1, inner.width - keyWidth - typeWidth - 2)
        let (header, body) = inner.splitTop(1)
        buffer.fill(header, style: Style(.header))
        buffer.write(
            TerminalText.padded("key", to: keyWidth) + " " + TerminalText.padded("type", to: typeWidth) + " value",
            at: Position(row: header.y, column: header.x), style: Style(.header), clip: header)
        let list = PaneFrame.list(count: rows.count, selection: details.valueSelection, viewport: body.height, focused: focused)
        list.render(into: &buffer, rect: body, rowCount: rows.count) { index in
            let row = rows[index]
            let shown = state.revealed.contains(row.id)
                ? TextSegment(TerminalText.truncated(row.text, to: valueWidth), role: .revealed)
                : TextSegment(PaneFrame.mask(theme), role: .masked)
            return [
                TextSegment(TerminalText.padded(row.label, to: keyWidth) + " ", role: .key),
                TextSegment(TerminalText.padded(row.type, to: typeWidth) + " ", role: .muted),
                shown,
            ]
        }
    }
}
