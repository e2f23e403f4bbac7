/// A column of a table: a title, how wide it is, and how its cells align.
public struct TableColumn: Hashable, Sendable {
    /// How a column's width is decided.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share of what the fixed columns leave, never less than `minimum`.
        case flexible(minimum: Int, weight: Int)
    }

    /// The header text.
    public var title: String
    /// The width rule.
    public var width: Width
    /// Whether cells are right-aligned (numbers, dates).
    public var alignRight: Bool

    /// A column titled `title`.
    public init(_ title: String, width: Width = .flexible(minimum: 4, weight: 1), alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
    }
}

/// A table: a header row and rows of cells under columns, with a selected row kept in view.
public struct TableView: Hashable, Sendable {
    /// The columns.
    public var columns: [TableColumn]
    /// The rows; each has one segment a column (missing cells are blank).
    public var rows: [[TextSegment]] {
        get { cellRows }
        set {
            cellRows = newValue
            list.rows = newValue.map { _ in [] }
        }
    }
    /// The list that keeps selection and scrolling.
    public var list: ListView

    private var cellRows: [[TextSegment]]

    /// A table of `columns` and `rows`.
    public init(columns: [TableColumn], rows: [[TextSegment]] = [], isFocused: Bool = true, emptyText: String = "") {
        self.columns = columns
        self.cellRows = rows
        self.list = ListView(rows: rows.map { _ in [] }, isFocused: isFocused, emptyText: emptyText)
    }

    /// The selected row.
    public var selection: Int? { list.selection }

    /// Acts on the list bindings of `keymap`.
    public mutating func handle(_ event: KeyEvent, keymap: Keymap) -> InputOutcome {
        list.handle(event, keymap: keymap)
    }

    /// The width of each column when the table is `total` columns wide (one space between columns).
    public func columnWidths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let n): n
            case .flexible(let minimum, _): minimum
            }
        }
        var spare = total - gaps - widths.reduce(0, +)
        let weights = columns.map { column -> Int in
            if case .flexible(_, let weight) = column.width { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        if spare > 0, totalWeight > 0 {
            var given = 0
            for index in columns.indices where weights[index] > 0 {
                let share = spare * weights[index] / totalWeight
                widths[index] += share
                given += share
            }
            spare -= given
            if let last = weights.lastIndex(where: { $0 > 0 }) { widths[last] += spare }
        }
        return widths
    }

    /// Draws the header and the rows that fit under it.
    public func render(into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let widths = columnWidths(total: rect.width)
        let (headerRect, body) = rect.splitTop(1)
        buffer.fill(headerRect, style: Style(.header))
        var x = rect.x
        for (index, column) in columns.enumerated() {
            let text = TerminalText.padded(column.title, to: widths[index], alignRight: column.alignRight)
            buffer.write(text, at: Position(row: headerRect.y, column: x), style: Style(.header), clip: headerRect)
            x += widths[index] + 1
        }
        list.render(into: &buffer, rect: body, rowCount: cellRows.count) { rowIndex in
            let cells = cellRows[rowIndex]
            var segments: [TextSegment] = []
            segments.reserveCapacity(columns.count * 2)
            for (index, column) in columns.enumerated() {
                let cell = index < cells.count ? cells[index] : TextSegment("")
                let text = TerminalText.truncated(cell.text, to: widths[index])
                let padding = TextSegment(String(repeating: " ", count: widths[index] - DisplayWidth.of(text)))
                if column.alignRight { segments.append(padding) }
                segments.append(TextSegment(text, cell.style))
                if !column.alignRight { segments.append(padding) }
                if index < columns.count - 1 { segments.append(TextSegment(" ")) }
            }
            return segments
        }
    }
}
