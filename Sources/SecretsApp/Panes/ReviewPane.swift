import SecretsCore
import TerminalUI

/// The review pane: the per-key diff (masked unless revealed), the stages to send, the predicted label moves,
/// and the stale check, which becomes a conflict view when AWSCURRENT moved.
public enum ReviewPane {
    /// Draws the review into `rect`.
    public static func render(_ state: AppState, _ review: ReviewState, into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        let inner = PaneFrame.draw(&buffer, rect, title: "Review — " + review.form.name, focused: true, theme: theme)
        guard !inner.isEmpty else { return }
        var lines: [[TextSegment]] = []
        lines.append(contentsOf: checkLines(review))
        lines.append([])
        lines.append([TextSegment("Changes", role: .header)])
        lines.append(contentsOf: diffLines(review, theme: theme))
        lines.append([])
        lines.append([TextSegment("VersionStages to send ", role: .header)]
            + (review.stages.isEmpty ? [TextSegment("(none: the version is created without labels)", role: .muted)]
               : PaneFrame.chips(review.stages)))
        if review.form.secretARN != nil {
            lines.append([TextSegment("Predicted label moves", role: .header)])
            if state.predictedMoves.isEmpty {
                lines.append([TextSegment(review.check.map == nil ? "  (after the check)" : "  none", role: .muted)])
            }
            for move in state.predictedMoves {
                lines.append([TextSegment("  ")] + VersionsPane.moveSegments(move, role: .movePredicted))
            }
        }
        lines.append([])
        let action = review.isSubmitting ? "sending…" : "Enter submits, s edits the stages, v reveals, Esc back to the form"
        lines.append([TextSegment(action, role: .muted)])
        for (index, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line, at: Position(row: inner.y + index, column: inner.x), clip: inner.row(index))
        }
    }

    /// The stale check's line, or the conflict view.
    static func checkLines(_ review: ReviewState) -> [[TextSegment]] {
        switch review.check {
        case .checking:
            return [[TextSegment("checking whether AWSCURRENT moved since the form was loaded…", role: .muted)]]
        case .newSecret:
            return [[TextSegment("new secret: CreateSecret", role: .muted)]]
        case .fresh:
            let loaded = review.form.loadedVersionId.map(AppReducer.shortVersion) ?? "?"
            return [[TextSegment("AWSCURRENT is still \(loaded), the version the form was loaded from", role: .success)]]
        case .conflict(let loaded, let now, _):
            return [
                [TextSegment("CONFLICT", role: .error), TextSegment(
                    "  AWSCURRENT moved since the form was loaded: \(loaded.map(AppReducer.shortVersion) ?? "none")"
                        + " → \(now.map(AppReducer.shortVersion) ?? "unknown")", role: .warning)],
                [TextSegment("Esc goes back to the form; Enter asks before writing over a value this form never showed",
                             role: .warning)],
            ]
        }
    }

    /// One line a change: `+ key  string  ••••••••`, `~ key  old → new`, `- key`.
    static func diffLines(_ review: ReviewState, theme: Theme) -> [[TextSegment]] {
        let diff = review.diff
        func shown(_ text: String?) -> TextSegment {
            guard let text else { return TextSegment("") }
            return review.isRevealed ? TextSegment(TerminalText.visible(text), role: .revealed)
                : TextSegment(PaneFrame.mask(theme), role: .masked)
        }
        if let whole = diff.wholeValue {
            return [[TextSegment("~ whole value  ", role: .diffChanged), shown(whole.old), TextSegment(" → "), shown(whole.new)]]
        }
        let changes = diff.changes
        guard !changes.isEmpty else { return [[TextSegment("  no change", role: .muted)]] }
        return changes.map { entry in
            switch entry.kind {
            case .added:
                return [TextSegment("+ \(entry.key)  \(entry.newType?.rawValue ?? "")  ", role: .diffAdded), shown(entry.newValue)]
            case .removed:
                return [TextSegment("- \(entry.key)  \(entry.oldType?.rawValue ?? "")  ", role: .diffRemoved), shown(entry.oldValue)]
            case .renamed:
                var line = [TextSegment("~ \(entry.oldKey ?? "") → \(entry.key)  ", role: .diffChanged)]
                if entry.valueChanged { line += [shown(entry.oldValue), TextSegment(" → "), shown(entry.newValue)] }
                return line
            default:
                var line = [TextSegment("~ \(entry.key)  ", role: .diffChanged)]
                if entry.oldType != entry.newType {
                    line.append(TextSegment("\(entry.oldType?.rawValue ?? "") → \(entry.newType?.rawValue ?? "")  ", role: .muted))
                }
                return line + [shown(entry.oldValue), TextSegment(" → "), shown(entry.newValue)]
            }
        }
    }
}
