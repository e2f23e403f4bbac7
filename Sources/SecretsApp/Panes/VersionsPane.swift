import Foundation
import SecretsCore
import TerminalUI

/// The versions pane: versions newest first with label chips and dates, then the timeline of label moves
/// (predicted before a write, observed after it, and the vault's journal).
public enum VersionsPane {
    /// Draws the pane into `rect`.
    public static func render(_ state: AppState, into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        let focused = state.focus == .versions
        guard let details = state.details else {
            let inner = PaneFrame.draw(&buffer, rect, title: "Versions", focused: focused, theme: theme)
            buffer.write("no secret selected", at: Position(row: inner.y, column: inner.x), style: Style(.muted), clip: inner)
            return
        }
        let title = "Versions" + (details.showDeprecated ? " (with deprecated)" : "") + " — " + details.name
        let inner = PaneFrame.draw(&buffer, rect, title: title, focused: focused, theme: theme)
        guard !inner.isEmpty else { return }
        let timeline = timelineLines(state, details)
        let versionCount = details.versions?.count ?? 0
        let wantedTable = max(2, versionCount + 1)
        let tableHeight = timeline.isEmpty ? inner.height : min(wantedTable, max(2, inner.height - min(timeline.count + 1, inner.height / 2)))
        let (tableRect, rest) = inner.splitTop(tableHeight)
        renderTable(state, details, into: &buffer, rect: tableRect, focused: focused)
        guard rest.height > 1, !timeline.isEmpty else { return }
        let (headerRect, body) = rest.splitTop(1)
        buffer.write("Timeline", at: Position(row: headerRect.y, column: headerRect.x), style: Style(.header), clip: headerRect)
        for (index, line) in timeline.prefix(body.height).enumerated() {
            buffer.write(line, at: Position(row: body.y + index, column: body.x), clip: body.row(index))
        }
    }

    /// The versions table with its header.
    static func renderTable(_ state: AppState, _ details: Details, into buffer: inout CellBuffer, rect: Rect, focused: Bool) {
        guard !rect.isEmpty else { return }
        let wide = rect.width >= 70
        let dateWidth = wide ? 16 : 10
        let accessWidth = rect.width >= 60 ? 10 : 0
        let labelWidth = max(4, rect.width - 9 - (dateWidth + 1) - (accessWidth > 0 ? accessWidth + 1 : 0))
        let (header, body) = rect.splitTop(1)
        var headerText = TerminalText.padded("version", to: 9) + TerminalText.padded("labels", to: labelWidth)
            + " " + TerminalText.padded("created", to: dateWidth)
        if accessWidth > 0 { headerText += " " + TerminalText.padded("accessed", to: accessWidth) }
        buffer.fill(header, style: Style(.header))
        buffer.write(headerText, at: Position(row: header.y, column: header.x), style: Style(.header), clip: header)
        guard let versions = details.versions else {
            buffer.write("loading…", at: Position(row: body.y, column: body.x), style: Style(.muted), clip: body)
            return
        }
        var list = PaneFrame.list(
            count: versions.count, selection: details.versionSelection, viewport: body.height, focused: focused)
        list.emptyText = "no versions"
        list.render(into: &buffer, rect: body, rowCount: versions.count) { index in
            let version = versions[index]
            let stages = version.versionStages ?? []
            var segments = [TextSegment(TerminalText.padded(AppReducer.shortVersion(version.versionId), to: 9))]
            let chips = stages.isEmpty ? [TextSegment("deprecated", role: .muted)] : PaneFrame.chips(stages)
            segments += PaneFrame.fit(chips, to: labelWidth)
            let created = version.createdDate.map {
                wide ? DateText.minute($0, state.timeZone) : DateText.day($0, state.timeZone)
            } ?? ""
            segments.append(TextSegment(" " + TerminalText.padded(created, to: dateWidth), role: .muted))
            if accessWidth > 0 {
                let accessed = version.lastAccessedDate.map { DateText.day($0, state.timeZone) } ?? "-"
                segments.append(TextSegment(" " + TerminalText.padded(accessed, to: accessWidth), role: .muted))
            }
            return segments
        }
    }

    /// The timeline: predicted moves, observed moves, then the journal newest first.
    static func timelineLines(_ state: AppState, _ details: Details) -> [[TextSegment]] {
        var lines: [[TextSegment]] = []
        for move in state.predictedMoves where move.secretARN == details.arn {
            lines.append([TextSegment("predicted ", role: .movePredicted)] + moveSegments(move, role: .movePredicted))
        }
        for move in state.observedMoves where move.secretARN == details.arn {
            lines.append([TextSegment("observed  ", role: .moveObserved)] + moveSegments(move, role: .moveObserved))
        }
        if let journal = details.journal {
            for move in journal.reversed() {
                lines.append(
                    [TextSegment(DateText.minute(move.date, state.timeZone) + " ", role: .muted)]
                        + moveSegments(move, role: .text) + [TextSegment("  " + move.operation, role: .muted)])
            }
        } else if details.journalUnavailable {
            lines.append([TextSegment("this backend keeps no journal of label moves", role: .muted)])
        }
        return lines
    }

    /// `[AWSCURRENT] 1a2b3c4d → 5e6f7a8b`.
    static func moveSegments(_ move: LabelMove, role: ThemeRole) -> [TextSegment] {
        let from = move.fromVersion.map(AppReducer.shortVersion) ?? "(new)"
        let to = move.toVersion.map(AppReducer.shortVersion) ?? "(removed)"
        return PaneFrame.chips([move.label]) + [TextSegment(" \(from) → \(to)", role: role)]
    }
}
