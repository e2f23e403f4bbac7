/// A scrolling list of rows with one selected row that is always kept in view.
///
/// The owner sets `viewportHeight` from its layout so that paging and scrolling match what is shown; the
/// selected row is drawn in the `selection` role (or `selectionInactive` without focus); segments in the
/// `text` role are drawn as `list` (or the selection) while others (label chips, dates) keep their own.
public struct ListView: Hashable, Sendable {
    /// The rows, each a run of styled segments.
    public var rows: [[TextSegment]] {
        didSet { clampSelection() }
    }
    /// The selected row, nil when the list is empty.
    public private(set) var selection: Int?
    /// The first row shown.
    public private(set) var offset: Int = 0
    /// How many rows the list shows; paging moves by this much.
    public var viewportHeight: Int {
        didSet { scrollToSelection() }
    }
    /// Whether the list's pane has the focus.
    public var isFocused: Bool
    /// What is shown when there are no rows.
    public var emptyText: String

    /// A list of `rows` with the first selected.
    public init(rows: [[TextSegment]] = [], viewportHeight: Int = 10, isFocused: Bool = true, emptyText: String = "") {
        self.rows = rows
        self.selection = rows.isEmpty ? nil : 0
        self.viewportHeight = max(1, viewportHeight)
        self.isFocused = isFocused
        self.emptyText = emptyText
    }

    // MARK: - Selection

    /// Selects row `index` (clamped) and scrolls it into view.
    public mutating func select(_ index: Int) {
        guard !rows.isEmpty else {
            selection = nil
            offset = 0
            return
        }
        selection = min(max(0, index), rows.count - 1)
        scrollToSelection()
    }

    /// Moves the selection by `delta` rows.
    public mutating func move(by delta: Int) {
        select((selection ?? 0) + delta)
    }

    /// Acts on the list bindings of `keymap` (`ListBindings`); `.handled` when the selection may have moved.
    public mutating func handle(_ event: KeyEvent, keymap: Keymap) -> InputOutcome {
        guard let binding = keymap.binding(for: event, in: [ListBindings.section]), binding.isEnabled else {
            return .ignored
        }
        let page = max(1, viewportHeight - 1)
        switch binding.id {
        case ListBindings.down: move(by: 1)
        case ListBindings.up: move(by: -1)
        case ListBindings.top: select(0)
        case ListBindings.bottom: select(rows.count - 1)
        case ListBindings.pageDown: move(by: page)
        case ListBindings.pageUp: move(by: -page)
        default: return .ignored
        }
        return .handled
    }

    /// Keeps the selection inside the rows after they change.
    private mutating func clampSelection() {
        if rows.isEmpty {
            selection = nil
            offset = 0
        } else {
            select(selection ?? 0)
        }
    }

    /// Scrolls the least needed to show the selection.
    private mutating func scrollToSelection() {
        offset = Scrolling.offset(keeping: selection ?? 0, visible: viewportHeight, count: rows.count, from: offset)
    }

    // MARK: - Rendering

    /// Draws the rows that fit in `rect`, the selected one highlighted, and a scroll marker when rows are hidden.
    public func render(into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        render(into: &buffer, rect: rect, rowCount: rows.count) { rows[$0] }
    }

    /// Draws `rowCount` rows whose segments `row` gives, asking only for the rows that are shown.
    public func render(
        into buffer: inout CellBuffer, rect: Rect, rowCount: Int, row: (Int) -> [TextSegment]
    ) {
        buffer.fill(rect, style: Style(.list))
        guard rowCount > 0, !rect.isEmpty else {
            buffer.write(emptyText, at: Position(row: rect.y, column: rect.x), style: Style(.muted), clip: rect)
            return
        }
        let selected = min(selection ?? 0, rowCount - 1)
        let start = Scrolling.offset(keeping: selected, visible: rect.height, count: rowCount, from: offset)
        let selectedStyle = Style(isFocused ? .selection : .selectionInactive)
        for line in 0..<min(rect.height, rowCount - start) {
            let index = start + line
            let rowRect = rect.row(line)
            let isSelected = index == selected
            if isSelected { buffer.fill(rowRect, style: selectedStyle) }
            var x = rect.x
            for segment in row(index) {
                var style = segment.style
                if style.role == .text || style.role == .list {
                    style = Style(isSelected ? selectedStyle.role : .list, attributes: style.attributes)
                }
                x = buffer.write(segment.text, at: Position(row: rowRect.y, column: x), style: style, clip: rowRect)
            }
        }
        if rowCount > rect.height, rect.width > 1 {
            let marker = start > 0 && start + rect.height < rowCount ? "↕" : start > 0 ? "↑" : "↓"
            buffer.write(marker, at: Position(row: start > 0 ? rect.y : rect.maxY - 1, column: rect.maxX - 1),
                         style: Style(.muted), clip: rect)
        }
    }
}

/// The arithmetic of keeping one line of a scrolled view visible.
public enum Scrolling {
    /// The first line to show so that `line` is visible in `visible` lines of `count`, moving `offset` as
    /// little as possible.
    public static func offset(keeping line: Int, visible: Int, count: Int, from offset: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var start = min(max(0, offset), count - visible)
        if line < start { start = line }
        if line >= start + visible { start = line - visible + 1 }
        return min(max(0, start), count - visible)
    }
}
