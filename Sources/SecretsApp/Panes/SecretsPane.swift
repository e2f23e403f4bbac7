import SecretsCore
import TerminalUI

/// The secrets pane: name, last changed and a deletion marker, the filter field, streamed pages.
public enum SecretsPane {
    /// Draws the pane into `rect`.
    public static func render(_ state: AppState, into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        let list = state.secrets
        let count = list.visible.count
        var title = "Secrets"
        if !list.filter.isEmpty { title += " /\(list.filter)  \(count) of \(list.all.count)" }
        var inner = PaneFrame.draw(&buffer, rect, title: title, focused: state.focus == .secrets, theme: theme)
        guard !inner.isEmpty else { return }
        if case .filter(let field)? = state.modal {
            let row = inner.row(0)
            buffer.write("/", at: Position(row: row.y, column: row.x), style: Style(.statusKey), clip: row)
            var field = field
            field.viewportWidth = max(1, row.width - 1)
            field.render(into: &buffer, rect: Rect(x: row.x + 1, y: row.y, width: row.width - 1, height: 1), theme: theme)
            inner = inner.splitTop(1).rest
        }
        guard !inner.isEmpty else { return }
        let dateWidth = inner.width >= 50 ? 16 : 0
        let markerWidth = inner.width >= 40 ? 8 : 1
        let nameWidth = max(1, inner.width - dateWidth - markerWidth - (dateWidth > 0 ? 1 : 0) - 1)
        let rows = list.visible
        let view = PaneFrame.list(
            count: rows.count, selection: list.selection, offset: list.offset, viewport: inner.height,
            focused: state.focus == .secrets)
        var empty = view
        empty.emptyText = list.isLoading ? "loading…" : list.filter.isEmpty ? "no secrets" : "no secret matches"
        empty.render(into: &buffer, rect: inner, rowCount: rows.count) { index in
            let secret = rows[index]
            let deleted = secret.deletedDate != nil
            var segments = [TextSegment(TerminalText.padded(secret.name, to: nameWidth), deleted ? Style(.deleted) : .text)]
            if dateWidth > 0 {
                let date = (secret.lastChangedDate ?? secret.createdDate).map { DateText.minute($0, state.timeZone) } ?? ""
                segments.append(TextSegment(" "))
                segments.append(TextSegment(TerminalText.padded(date, to: dateWidth), role: .muted))
            }
            segments.append(TextSegment(" "))
            let marker = deleted ? (markerWidth > 1 ? "deleting" : "x") : ""
            segments.append(TextSegment(TerminalText.padded(marker, to: markerWidth), role: .deleted))
            return segments
        }
    }
}
