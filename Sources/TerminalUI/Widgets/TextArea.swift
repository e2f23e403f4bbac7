/// A multi-line text editor with the text field's readline keys, Enter for a new line, and scrolling both ways.
///
/// Esc cancels; keys it does not use (Ctrl-S, Tab) come back as `.ignored` for the owner.
public struct TextArea: Hashable, Sendable {
    /// The lines, as grapheme clusters.
    public private(set) var lines: [[Character]]
    /// The cursor's line.
    public private(set) var cursorLine: Int = 0
    /// The cursor's grapheme index within its line.
    public private(set) var cursorColumn: Int = 0
    /// The first line shown.
    public private(set) var topLine: Int = 0
    /// The first grapheme shown on every line.
    public private(set) var leftColumn: Int = 0
    /// The visible size, set by the owner from its layout.
    public var viewport: Size {
        didSet { scrollToCursor() }
    }
    /// Whether the area has the focus (then it places the terminal cursor).
    public var isFocused: Bool

    /// An area holding `text` with the cursor at the start.
    public init(text: String = "", viewport: Size = Size(width: 40, height: 10), isFocused: Bool = true) {
        self.lines = Self.split(text)
        self.viewport = viewport
        self.isFocused = isFocused
    }

    /// The text, lines joined with `\n`.
    public var text: String {
        get { lines.map { String($0) }.joined(separator: "\n") }
        set {
            lines = Self.split(newValue)
            cursorLine = 0
            cursorColumn = 0
            scrollToCursor()
        }
    }

    /// The text's lines (a `\r\n` pair counts as one break).
    static func split(_ text: String) -> [[Character]] {
        var result: [[Character]] = [[]]
        for character in text {
            if character == "\n" || character == "\r\n" {
                result.append([])
            } else {
                result[result.count - 1].append(character)
            }
        }
        return result
    }

    // MARK: - Editing

    /// Applies a key or a paste.
    public mutating func handle(_ event: KeyEvent) -> InputOutcome {
        switch event {
        case .resize: return .ignored
        case .paste(let text): insert(text)
        case .key(let key):
            switch key {
            case .escape: return .cancelled
            case .enter: insert("\n")
            case .char(let character): insert(String(character))
            case .left, .ctrl("b"):
                if cursorColumn > 0 {
                    cursorColumn -= 1
                } else if cursorLine > 0 {
                    cursorLine -= 1
                    cursorColumn = lines[cursorLine].count
                }
            case .right, .ctrl("f"):
                if cursorColumn < lines[cursorLine].count {
                    cursorColumn += 1
                } else if cursorLine < lines.count - 1 {
                    cursorLine += 1
                    cursorColumn = 0
                }
            case .up: moveLine(by: -1)
            case .down: moveLine(by: 1)
            case .pageUp: moveLine(by: -max(1, viewport.height - 1))
            case .pageDown: moveLine(by: max(1, viewport.height - 1))
            case .home, .ctrl("a"): cursorColumn = 0
            case .end, .ctrl("e"): cursorColumn = lines[cursorLine].count
            case .ctrl("u"):
                lines[cursorLine].removeSubrange(0..<cursorColumn)
                cursorColumn = 0
            case .ctrl("k"):
                if cursorColumn == lines[cursorLine].count, cursorLine < lines.count - 1 {
                    lines[cursorLine] += lines.remove(at: cursorLine + 1)
                } else {
                    lines[cursorLine].removeSubrange(cursorColumn...)
                }
            case .ctrl("w"):
                var start = cursorColumn
                let line = lines[cursorLine]
                while start > 0, line[start - 1].isWhitespace { start -= 1 }
                while start > 0, !line[start - 1].isWhitespace { start -= 1 }
                lines[cursorLine].removeSubrange(start..<cursorColumn)
                cursorColumn = start
            case .backspace:
                if cursorColumn > 0 {
                    lines[cursorLine].remove(at: cursorColumn - 1)
                    cursorColumn -= 1
                } else if cursorLine > 0 {
                    let rest = lines.remove(at: cursorLine)
                    cursorLine -= 1
                    cursorColumn = lines[cursorLine].count
                    lines[cursorLine] += rest
                }
            case .delete, .ctrl("d"):
                if cursorColumn < lines[cursorLine].count {
                    lines[cursorLine].remove(at: cursorColumn)
                } else if cursorLine < lines.count - 1 {
                    lines[cursorLine] += lines.remove(at: cursorLine + 1)
                }
            default:
                return .ignored
            }
        }
        scrollToCursor()
        return .handled
    }

    /// Inserts text (which may hold line breaks) at the cursor.
    private mutating func insert(_ text: String) {
        let pieces = Self.split(text)
        let tail = Array(lines[cursorLine][cursorColumn...])
        lines[cursorLine].removeSubrange(cursorColumn...)
        lines[cursorLine] += pieces[0]
        if pieces.count == 1 {
            cursorColumn += pieces[0].count
            lines[cursorLine] += tail
            return
        }
        lines.insert(contentsOf: pieces.dropFirst(), at: cursorLine + 1)
        cursorLine += pieces.count - 1
        cursorColumn = lines[cursorLine].count
        lines[cursorLine] += tail
    }

    /// Moves the cursor up or down, keeping its column where the line allows.
    private mutating func moveLine(by delta: Int) {
        cursorLine = min(max(0, cursorLine + delta), lines.count - 1)
        cursorColumn = min(cursorColumn, lines[cursorLine].count)
    }

    /// Scrolls the least needed to show the cursor.
    private mutating func scrollToCursor() {
        topLine = Scrolling.offset(keeping: cursorLine, visible: viewport.height, count: lines.count, from: topLine)
        leftColumn = TextField.scroll(keeping: cursorColumn, from: leftColumn, width: viewport.width) {
            DisplayWidth.of(lines[cursorLine][$0])
        }
    }

    // MARK: - Rendering

    /// Draws the visible lines in the `input` role and, with the focus, places the cursor.
    public func render(into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: Style(.input))
        let top = Scrolling.offset(keeping: cursorLine, visible: rect.height, count: lines.count, from: topLine)
        let left = TextField.scroll(keeping: cursorColumn, from: leftColumn, width: rect.width) {
            DisplayWidth.of(lines[cursorLine][$0])
        }
        for row in 0..<min(rect.height, lines.count - top) {
            let line = lines[top + row]
            let rowRect = rect.row(row)
            var x = rect.x
            var index = left
            while index < line.count, x < rowRect.maxX {
                if top + row == cursorLine, index == cursorColumn, isFocused {
                    buffer.cursor = Position(row: rowRect.y, column: x)
                }
                x = buffer.write(String(line[index]), at: Position(row: rowRect.y, column: x), style: Style(.input), clip: rowRect)
                index += 1
            }
            if top + row == cursorLine, cursorColumn >= index, isFocused {
                buffer.cursor = Position(row: rowRect.y, column: min(x, rowRect.maxX - 1))
            }
        }
    }
}
