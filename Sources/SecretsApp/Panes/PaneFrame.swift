import TerminalUI

/// Drawing helpers the panes share: the bordered frame, chips, masked text and a positioned list.
enum PaneFrame {
    /// Draws a pane's border and title (focused border when `focused`) and returns the inside.
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, title: String, focused: Bool, theme: Theme) -> Rect {
        guard !rect.isEmpty else { return rect }
        buffer.fill(rect, style: Style(.text))
        guard rect.width >= 3, rect.height >= 3 else {
            buffer.write(title, at: Position(row: rect.y, column: rect.x), style: Style(.title), clip: rect.row(0))
            return rect.height > 1 ? rect.splitTop(1).rest : Rect(x: rect.x, y: rect.y, width: 0, height: 0)
        }
        buffer.drawBox(
            rect, style: Style(focused ? .borderFocused : .border), border: theme.border, title: title,
            titleStyle: Style(.title))
        return Layout.inner(rect)
    }

    /// The role of a label's chip.
    static func chipRole(_ label: String) -> ThemeRole {
        switch label {
        case "AWSCURRENT": .labelCurrent
        case "AWSPREVIOUS": .labelPrevious
        case "AWSPENDING": .labelPending
        default: .labelCustom
        }
    }

    /// Label chips separated by spaces.
    static func chips(_ labels: [String]) -> [TextSegment] {
        var segments: [TextSegment] = []
        for (index, label) in labels.enumerated() {
            if index > 0 { segments.append(TextSegment(" ")) }
            segments.append(TextSegment(" " + label + " ", role: chipRole(label)))
        }
        return segments
    }

    /// A masked value: the theme's mask character a fixed number of times (the length is not shown).
    static func mask(_ theme: Theme) -> String { String(repeating: theme.maskCharacter, count: 8) }

    /// A list view with `count` rows showing `selection`, scrolled from `offset` as little as needed.
    static func list(count: Int, selection: Int?, offset: Int = 0, viewport: Int, focused: Bool) -> ListView {
        var list = ListView(
            rows: Array(repeating: [], count: count), viewportHeight: max(1, viewport), isFocused: focused)
        guard count > 0 else { return list }
        list.select(offset + max(1, viewport) - 1)
        list.select(offset)
        list.select(selection ?? 0)
        return list
    }

    /// Segments padded or cut to exactly `width` columns (the last segment is cut).
    static func fit(_ segments: [TextSegment], to width: Int) -> [TextSegment] {
        var out = TextSegment.cut(segments, to: width)
        let used = out.map { DisplayWidth.of($0.text) }.reduce(0, +)
        if used < width { out.append(TextSegment(String(repeating: " ", count: width - used))) }
        return out
    }
}
