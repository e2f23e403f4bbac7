/// A value-type grid of cells that widgets draw into and a terminal shows.
///
/// Text written into it is made safe (`TerminalText`) and split into grapheme clusters with their display
/// width; a wide cluster takes two cells, the second a continuation. Every write clips to a rectangle, and a
/// wide cluster that does not fit at the right edge of it becomes a space.
public struct CellBuffer: Hashable, Sendable {
    /// Columns and rows.
    public private(set) var size: Size
    /// The cells, row by row.
    public private(set) var cells: ContiguousArray<Cell>
    /// Where the terminal cursor should be shown, or nil to hide it.
    public var cursor: Position?

    /// A buffer of `size` filled with `fill`.
    public init(size: Size, fill: Cell = .blank()) {
        self.size = size
        self.cells = ContiguousArray(repeating: fill, count: size.width * size.height)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    // MARK: - Cells

    /// The cell at `row`, `column` (both must be inside).
    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.width + column] }
        set { cells[row * size.width + column] = newValue }
    }

    /// The cells of one row.
    public func row(_ row: Int) -> ArraySlice<Cell> {
        cells[row * size.width ..< (row + 1) * size.width]
    }

    /// Every cell of `rect` (clipped to the buffer) set to a space in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .text) {
        fill(rect, with: .blank(style))
    }

    /// Every cell of `rect` (clipped to the buffer) set to `cell`, which must be narrow.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let narrow = cell.width == 1 ? cell : Cell(" ", width: 1, style: cell.style)
        for y in area.y..<area.maxY {
            breakWideCells(row: y, from: area.x, to: area.maxX)
            let start = y * size.width
            cells.withUnsafeMutableBufferPointer { cells in
                UnsafeMutableBufferPointer(rebasing: cells[(start + area.x)..<(start + area.maxX)]).update(repeating: narrow)
            }
        }
    }

    /// The style of every cell of `rect` (clipped) changed to `style`, keeping the text.
    public mutating func restyle(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            let start = y * size.width
            for x in area.x..<area.maxX { cells[start + x].style = style }
        }
    }

    // MARK: - Text

    /// Writes safe text at `position` in `style`, clipped to `clip` (default: the whole buffer);
    /// returns the column after the last cell it reached.
    @discardableResult
    public mutating func write(_ text: String, at position: Position, style: Style = .text, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        let row = position.row
        var x = position.column
        guard row >= area.y, row < area.maxY else { return x }
        if let count = TerminalText.printableASCIICount(text) {
            writeASCII(text, count: count, row: row, column: x, style: style, area: area)
            return x + count
        }
        for character in text {
            if x >= area.maxX { break }
            if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                if x >= area.x { put(character, width: 1, style: style, row: row, column: x) }
                x += 1
                continue
            }
            let scalars = character.unicodeScalars
            if scalars.contains(where: TerminalText.isUnsafe) {
                x = writeEscaped(character, row: row, column: x, style: style, area: area)
                continue
            }
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x < area.x {
                if width == 2, x + 1 == area.x { put(" ", width: 1, style: style, row: row, column: area.x) }
                x += width
                continue
            }
            if width == 2, x + 1 >= area.maxX {
                put(" ", width: 1, style: style, row: row, column: x)
                x += 1
                break
            }
            put(character, width: UInt8(width), style: style, row: row, column: x)
            x += width
        }
        return x
    }

    /// Writes segments one after another from `position`; returns the column after the last.
    @discardableResult
    public mutating func write(_ segments: [TextSegment], at position: Position, clip: Rect? = nil) -> Int {
        var x = position.column
        for segment in segments {
            x = write(segment.text, at: Position(row: position.row, column: x), style: segment.style, clip: clip)
        }
        return x
    }

    /// Writes printable ASCII: one narrow cell a byte, wide neighbours broken once for the whole span.
    private mutating func writeASCII(_ text: String, count: Int, row: Int, column: Int, style: Style, area: Rect) {
        let start = max(column, area.x), end = min(column + count, area.maxX)
        guard start < end else { return }
        breakWideCells(row: row, from: start, to: end)
        let base = row * size.width
        var x = column
        cells.withUnsafeMutableBufferPointer { cells in
            for byte in text.utf8 {
                if x >= end { break }
                if x >= start { cells[base + x] = Cell(Self.asciiCharacters[Int(byte)], width: 1, style: style) }
                x += 1
            }
        }
    }

    /// The printable ASCII characters by code, made once.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Writes a cluster that holds unsafe scalars as its visible escape.
    private mutating func writeEscaped(_ character: Character, row: Int, column: Int, style: Style, area: Rect) -> Int {
        var x = column
        for escaped in TerminalText.visible(String(character)) {
            let width = DisplayWidth.of(escaped)
            if x >= area.maxX { break }
            if width == 0 { continue }
            if x >= area.x {
                if width == 2, x + 1 >= area.maxX {
                    put(" ", width: 1, style: style, row: row, column: x)
                    return x + 1
                }
                put(escaped, width: UInt8(width), style: style, row: row, column: x)
            }
            x += width
        }
        return x
    }

    // MARK: - Wide cells

    /// Stores a cluster of width 1 or 2 at a cell, keeping every wide cluster it overlaps whole or blank.
    mutating func put(_ character: Character, width: UInt8, style: Style, row: Int, column: Int) {
        let end = column + Int(width)
        breakWideCells(row: row, from: column, to: end)
        let index = row * size.width + column
        cells[index] = Cell(character, width: width, style: style)
        if width == 2 { cells[index + 1] = Cell(" ", width: 0, style: style) }
    }

    /// Blanks the halves of wide clusters that stick out of columns `from..<to` of a row before it is overwritten.
    mutating func breakWideCells(row: Int, from: Int, to: Int) {
        let start = row * size.width
        if from > 0, from < size.width, cells[start + from].width == 0 {
            cells[start + from - 1] = Cell(" ", width: 1, style: cells[start + from - 1].style)
        }
        if to > 0, to < size.width, cells[start + to].width == 0 {
            cells[start + to] = Cell(" ", width: 1, style: cells[start + to].style)
        }
    }

    // MARK: - Boxes

    /// Draws a single-line border around `rect` in `style`, with an optional title on the top edge.
    public mutating func drawBox(
        _ rect: Rect, style: Style, border: BorderStyle = .single, title: String? = nil, titleStyle: Style? = nil
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = rect.y, bottom = rect.maxY - 1, left = rect.x, right = rect.maxX - 1
        let g = border.glyphs
        let horizontal = String(repeating: g.horizontal, count: rect.width - 2)
        write(g.topLeft + horizontal + g.topRight, at: Position(row: top, column: left), style: style)
        write(g.bottomLeft + horizontal + g.bottomRight, at: Position(row: bottom, column: left), style: style)
        if rect.height > 2 {
            for y in (top + 1)..<bottom {
                write(g.vertical, at: Position(row: y, column: left), style: style)
                write(g.vertical, at: Position(row: y, column: right), style: style)
            }
        }
        if let title, rect.width > 4 {
            let text = TerminalText.truncated(" " + title + " ", to: rect.width - 4)
            write(text, at: Position(row: top, column: left + 2), style: titleStyle ?? style)
        }
    }
}
