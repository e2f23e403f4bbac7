/// A one-line text field with readline keys, a cursor that moves by grapheme, and horizontal scrolling.
///
/// Keys: Ctrl-A/Home start, Ctrl-E/End end, Ctrl-B/← and Ctrl-F/→ move, Alt-B/Alt-F move by word,
/// Ctrl-U delete to the start, Ctrl-K delete to the end, Ctrl-W delete the word before the cursor,
/// Backspace and Delete/Ctrl-D delete a grapheme, Enter submits, Esc cancels; printable characters and
/// pastes are inserted. While a field is edited its keys win over every other binding.
public struct TextField: Hashable, Sendable {
    /// The text as grapheme clusters.
    public private(set) var characters: [Character]
    /// The cursor, as an index into `characters` (0 = before the first).
    public private(set) var cursor: Int
    /// The first grapheme shown.
    public private(set) var scroll: Int = 0
    /// How many columns the field shows; scrolling keeps the cursor inside them.
    public var viewportWidth: Int {
        didSet { scrollToCursor() }
    }
    /// Whether the text is shown as mask characters.
    public var isMasked: Bool
    /// Whether the field has the focus (then it places the terminal cursor).
    public var isFocused: Bool
    /// Shown in the `muted` role while the field is empty.
    public var placeholder: String
    /// The most graphemes the field takes, or nil for no limit.
    public var maxLength: Int?

    /// A field holding `text` with the cursor at its end.
    public init(
        text: String = "", viewportWidth: Int = 20, isMasked: Bool = false, isFocused: Bool = true,
        placeholder: String = "", maxLength: Int? = nil
    ) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.viewportWidth = max(1, viewportWidth)
        self.isMasked = isMasked
        self.isFocused = isFocused
        self.placeholder = placeholder
        self.maxLength = maxLength
        scrollToCursor()
    }

    /// The text.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
            scrollToCursor()
        }
    }

    // MARK: - Editing

    /// Applies a key or a paste; see the type's summary for the keys.
    public mutating func handle(_ event: KeyEvent) -> InputOutcome {
        switch event {
        case .paste(let text):
            var pasted = text
            while pasted.last?.isNewline == true { pasted.removeLast() }
            insert(Array(pasted))
        case .resize:
            return .ignored
        case .key(let key):
            switch key {
            case .enter: return .submitted
            case .escape: return .cancelled
            case .char(let character): insert([character])
            case .ctrl("a"), .home: cursor = 0
            case .ctrl("e"), .end: cursor = characters.count
            case .ctrl("b"), .left: cursor = max(0, cursor - 1)
            case .ctrl("f"), .right: cursor = min(characters.count, cursor + 1)
            case .alt("b"): cursor = wordStart(before: cursor)
            case .alt("f"): cursor = wordEnd(after: cursor)
            case .ctrl("u"):
                characters.removeSubrange(0..<cursor)
                cursor = 0
            case .ctrl("k"): characters.removeSubrange(cursor...)
            case .ctrl("w"):
                let start = wordStart(before: cursor)
                characters.removeSubrange(start..<cursor)
                cursor = start
            case .backspace:
                guard cursor > 0 else { return .handled }
                characters.remove(at: cursor - 1)
                cursor -= 1
            case .delete, .ctrl("d"):
                guard cursor < characters.count else { return .handled }
                characters.remove(at: cursor)
            default:
                return .ignored
            }
        }
        scrollToCursor()
        return .handled
    }

    /// Inserts graphemes at the cursor, up to `maxLength`.
    private mutating func insert(_ new: [Character]) {
        var new = new
        if let maxLength { new = Array(new.prefix(max(0, maxLength - characters.count))) }
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
    }

    /// The start of the word before `index` (spaces skipped first), as readline's unix-word-rubout finds it.
    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1].isWhitespace { i -= 1 }
        while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    /// The end of the word after `index`.
    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count, characters[i].isWhitespace { i += 1 }
        while i < characters.count, !characters[i].isWhitespace { i += 1 }
        return i
    }

    // MARK: - Scrolling

    /// The columns grapheme `index` takes as shown.
    private func displayWidth(_ index: Int) -> Int {
        isMasked ? 1 : DisplayWidth.of(characters[index])
    }

    /// Scrolls the least needed to show the cursor and one cell after it.
    private mutating func scrollToCursor() {
        scroll = Self.scroll(keeping: cursor, from: scroll, width: viewportWidth) { displayWidth($0) }
    }

    /// The first grapheme to show so the cursor fits in `width` columns.
    static func scroll(keeping cursor: Int, from current: Int, width: Int, widthOf: (Int) -> Int) -> Int {
        var start = min(current, cursor)
        var used = 1
        for index in stride(from: cursor - 1, through: start, by: -1) { used += widthOf(index) }
        while used > width, start < cursor {
            used -= widthOf(start)
            start += 1
        }
        return start
    }

    // MARK: - Rendering

    /// Draws the visible part of the text in the `input` role and, with the focus, places the cursor.
    public func render(into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        let line = rect.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, style: Style(.input))
        if characters.isEmpty, !placeholder.isEmpty {
            buffer.write(placeholder, at: Position(row: line.y, column: line.x), style: Style(.muted), clip: line)
        }
        let start = Self.scroll(keeping: cursor, from: scroll, width: line.width) { displayWidth($0) }
        var x = line.x
        var cursorColumn = line.x
        for index in start..<characters.count {
            if index == cursor { cursorColumn = x }
            if x >= line.maxX { break }
            let shown = isMasked ? String(theme.maskCharacter) : String(characters[index])
            x = buffer.write(shown, at: Position(row: line.y, column: x), style: Style(.input), clip: line)
        }
        if cursor == characters.count { cursorColumn = x }
        if isFocused { buffer.cursor = Position(row: line.y, column: min(cursorColumn, line.maxX - 1)) }
    }
}
