import Testing
import TerminalUI

@Suite("Text field")
struct TextFieldTests {
    /// The field after typing `keys`, and the last outcome.
    static func type(_ keys: [KeyEvent], into text: String, cursorAtEnd: Bool = true) -> (TextField, InputOutcome) {
        var field = TextField(text: text, viewportWidth: 10)
        if !cursorAtEnd { _ = field.handle(.key(.home)) }
        var outcome = InputOutcome.ignored
        for key in keys { outcome = field.handle(key) }
        return (field, outcome)
    }

    static let edits: [(String, [KeyEvent], String, Int)] = [
        ("hello", [.ctrl("a"), .char("X")], "Xhello", 1),
        ("hello", [.ctrl("a"), .ctrl("e"), .char("!")], "hello!", 6),
        ("hello world", [.key(.left), .key(.left), .ctrl("u")], "ld", 0),
        ("hello world", [.ctrl("a"), .key(.right), .ctrl("k")], "h", 1),
        ("hello big world", [.ctrl("w")], "hello big ", 10),
        ("hello big   ", [.ctrl("w")], "hello ", 6),
        ("漢字テスト", [.key(.backspace)], "漢字テス", 4),
        ("漢字テスト", [.key(.home), .key(.delete)], "字テスト", 0),
        ("cafe\u{301}", [.key(.backspace)], "caf", 3),
        ("abc", [.key(.left), .key(.left), .key(.left), .key(.left), .key(.backspace)], "abc", 0),
        ("abc", [.key(.end), .key(.delete), .key(.right)], "abc", 3),
        ("one two", [.key(.alt("b")), .char("_")], "one _two", 5),
        ("ab", [.paste("x\ny\n")], "abx\ny", 5),
    ]

    @Test("readline keys edit by grapheme", arguments: edits)
    func edit(start: String, keys: [KeyEvent], text: String, cursor: Int) {
        let (field, outcome) = Self.type(keys, into: start)
        #expect(field.text == text)
        #expect(field.cursor == cursor)
        #expect(outcome == .handled)
    }

    @Test("Enter submits, Esc cancels, unknown keys are left to the caller")
    func outcomes() {
        var field = TextField(text: "x")
        #expect(field.handle(.key(.enter)) == .submitted)
        #expect(field.handle(.key(.escape)) == .cancelled)
        #expect(field.handle(.key(.function(2))) == .ignored)
        #expect(field.handle(.char("?")) == .handled)
        #expect(field.text == "x?")
    }

    @Test("a maximum length stops insertion")
    func maxLength() {
        var field = TextField(text: "ab", maxLength: 3)
        _ = field.handle(.paste("cdef"))
        #expect(field.text == "abc")
    }

    @Test("long text scrolls horizontally to keep the cursor visible, by display width")
    func scrolling() {
        var field = TextField(text: "", viewportWidth: 6)
        for character in "漢字テスト" { _ = field.handle(.char(character)) }
        var buffer = CellBuffer(size: Size(width: 6, height: 1))
        field.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.text(row: 0) == "スト")
        #expect(buffer.cursor == Position(row: 0, column: 4))
        _ = field.handle(.key(.home))
        field.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.text(row: 0) == "漢字テ")
        #expect(buffer.cursor == Position(row: 0, column: 0))
    }

    @Test("a masked field shows the theme's mask character and an empty one its placeholder")
    func maskedAndPlaceholder() {
        let field = TextField(text: "s3cret", viewportWidth: 10, isMasked: true, isFocused: false)
        var buffer = CellBuffer(size: Size(width: 10, height: 1))
        field.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.text(row: 0) == "••••••")
        #expect(buffer.cursor == nil)
        let empty = TextField(text: "", placeholder: "name")
        empty.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.text(row: 0) == "name")
        #expect(buffer.styleGrid == "mmmmffffff\n")
    }
}

@Suite("Text area")
struct TextAreaTests {
    @Test("Enter splits lines, Backspace at a line start joins them, arrows move across lines")
    func editing() {
        var area = TextArea(text: "ab\ncd")
        _ = area.handle(.key(.right))
        _ = area.handle(.key(.enter))
        #expect(area.text == "a\nb\ncd")
        _ = area.handle(.key(.backspace))
        #expect(area.text == "ab\ncd")
        _ = area.handle(.key(.down))
        _ = area.handle(.key(.end))
        _ = area.handle(.char("!"))
        #expect(area.text == "ab\ncd!")
        _ = area.handle(.key(.up))
        #expect(area.cursorColumn == 2, "the column is kept where the line allows")
        _ = area.handle(.key(.home))
        _ = area.handle(.key(.right))
        _ = area.handle(.ctrl("k"))
        #expect(area.text == "a\ncd!")
        _ = area.handle(.ctrl("k"))
        #expect(area.text == "acd!")
        #expect(area.handle(.ctrl("s")) == .ignored)
        #expect(area.handle(.key(.escape)) == .cancelled)
    }

    @Test("a paste with line breaks inserts lines at the cursor")
    func paste() {
        var area = TextArea(text: "[]")
        _ = area.handle(.key(.right))
        _ = area.handle(.paste("1\r\n2\n3"))
        #expect(area.text == "[1\n2\n3]")
        #expect(area.cursorLine == 2 && area.cursorColumn == 1)
    }

    @Test("rendering scrolls to the cursor and shows escapes for controls")
    func render() {
        var area = TextArea(text: (1...9).map { "line \($0)" }.joined(separator: "\n") + "\u{1B}", viewport: Size(width: 8, height: 3))
        for _ in 0..<8 { _ = area.handle(.key(.down)) }
        _ = area.handle(.key(.end))
        var buffer = CellBuffer(size: Size(width: 8, height: 3))
        area.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.textGrid == "ine 7   \nine 8   \nine 9\\e \n")
        #expect(buffer.cursor == Position(row: 2, column: 7))
    }
}
