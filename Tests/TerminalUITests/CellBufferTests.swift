import Testing
@testable import TerminalUI

@Suite("Cell buffer")
struct CellBufferTests {
    // MARK: - Writing

    @Test("a wide character takes its cell and a continuation cell")
    func wideCharacter() {
        var buffer = CellBuffer(size: Size(width: 6, height: 1))
        let end = buffer.write("a漢b", at: Position(row: 0, column: 0))
        #expect(end == 4)
        #expect(buffer[0, 1].grapheme == "漢")
        #expect(buffer[0, 1].width == 2)
        #expect(buffer[0, 2].isContinuation)
        #expect(buffer[0, 3].grapheme == "b")
        #expect(buffer.text(row: 0) == "a漢b")
    }

    @Test("combining marks stay in their cluster, in one cell")
    func combining() {
        var buffer = CellBuffer(size: Size(width: 6, height: 1))
        buffer.write("e\u{301}x", at: Position(row: 0, column: 0))
        #expect(buffer[0, 0].grapheme == "e\u{301}")
        #expect(buffer[0, 1].grapheme == "x")
    }

    static let rightEdge: [(String, Int, String)] = [
        ("ab漢", 3, "ab "),  // the wide char does not fit: a space instead
        ("ab漢", 4, "ab漢"),
        ("漢漢", 3, "漢 "),
    ]

    @Test("a wide character that does not fit at the right edge becomes a space", arguments: rightEdge)
    func clipRight(text: String, width: Int, expected: String) {
        var buffer = CellBuffer(size: Size(width: 8, height: 1), fill: Cell("-"))
        buffer.write(text, at: Position(row: 0, column: 0), clip: Rect(x: 0, y: 0, width: width, height: 1))
        #expect(buffer.text(row: 0).prefix(expected.count) == Substring(expected))
        #expect(buffer[0, width].grapheme == "-", "nothing written past the clip")
    }

    @Test("clipping on the left keeps alignment and blanks a cut wide character")
    func clipLeft() {
        var buffer = CellBuffer(size: Size(width: 8, height: 1), fill: Cell("-"))
        buffer.write("漢字ab", at: Position(row: 0, column: 0), clip: Rect(x: 1, y: 0, width: 6, height: 1))
        #expect(buffer.text(row: 0) == "- 字ab--")
    }

    @Test("rows outside the clip are not written")
    func clipRows() {
        var buffer = CellBuffer(size: Size(width: 4, height: 3))
        buffer.write("xx", at: Position(row: 2, column: 0), clip: Rect(x: 0, y: 0, width: 4, height: 2))
        buffer.write("yy", at: Position(row: 5, column: 0))
        #expect(buffer.textGrid == "    \n    \n    \n")
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalves() {
        var buffer = CellBuffer(size: Size(width: 6, height: 1))
        buffer.write("漢字", at: Position(row: 0, column: 0))
        buffer.write("x", at: Position(row: 0, column: 1))  // right half of 漢
        #expect(buffer.text(row: 0) == " x字")
        buffer.write("y", at: Position(row: 0, column: 2))  // left half of 字
        #expect(buffer.text(row: 0) == " xy")
        #expect(!buffer[0, 3].isContinuation)
    }

    @Test("control characters are stored as visible escapes, never raw")
    func escapes() {
        var buffer = CellBuffer(size: Size(width: 12, height: 1))
        buffer.write("a\u{1B}[2J\u{9B}b", at: Position(row: 0, column: 0))
        #expect(buffer.text(row: 0) == "a\\e[2J\\x9bb")
        #expect(buffer.cells.allSatisfy { cell in cell.grapheme.unicodeScalars.allSatisfy { !TerminalText.isUnsafe($0) } })
    }

    @Test("segments continue where the last one ended and keep their styles")
    func segments() {
        var buffer = CellBuffer(size: Size(width: 10, height: 1))
        buffer.write([TextSegment("ab", role: .key), TextSegment("漢", role: .labelCurrent)], at: Position(row: 0, column: 1))
        #expect(buffer.styleGrid == ".kkCC.....\n")
    }

    @Test("fill covers the rectangle and breaks wide characters it cuts")
    func fill() {
        var buffer = CellBuffer(size: Size(width: 6, height: 2))
        buffer.write("漢字テ", at: Position(row: 0, column: 0))
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: Style(.selection))
        #expect(buffer.text(row: 0) == "    テ")
        #expect(buffer.styleGrid == ".ss...\n......\n")
    }

    @Test("boxes draw with the theme's border characters")
    func box() {
        var buffer = CellBuffer(size: Size(width: 10, height: 3))
        buffer.drawBox(buffer.bounds, style: Style(.border), border: .ascii, title: "T", titleStyle: Style(.title))
        #expect(buffer.textGrid == "+- T ----+\n|        |\n+--------+\n")
        #expect(buffer.styleGrid == "bbtttbbbbb\nb........b\nbbbbbbbbbb\n")
    }

    // MARK: - Diff

    @Test("identical frames have no changed runs; another size redraws every row")
    func diffIdentity() {
        var buffer = CellBuffer(size: Size(width: 20, height: 5))
        buffer.write("hello", at: Position(row: 1, column: 2))
        #expect(buffer.changedRuns(from: buffer).isEmpty)
        #expect(buffer.changedRuns(from: nil).count == 5)
        #expect(buffer.changedRuns(from: CellBuffer(size: Size(width: 21, height: 5))).count == 5)
    }

    @Test("one changed cell is one run of one cell")
    func diffOneCell() {
        let old = CellBuffer(size: Size(width: 20, height: 5))
        var new = old
        new.write("x", at: Position(row: 3, column: 7))
        #expect(new.changedRuns(from: old) == [ChangedRun(row: 3, start: 7, end: 8)])
    }

    @Test("a style change alone is a change")
    func diffStyle() {
        let old = CellBuffer(size: Size(width: 5, height: 1))
        var new = old
        new.restyle(Rect(x: 2, y: 0, width: 1, height: 1), style: Style(.error))
        #expect(new.changedRuns(from: old) == [ChangedRun(row: 0, start: 2, end: 3)])
    }

    @Test("runs never split a wide character and close runs merge")
    func diffWide() {
        var old = CellBuffer(size: Size(width: 20, height: 1))
        old.write("漢字", at: Position(row: 0, column: 4))
        var new = old
        new.write("x", at: Position(row: 0, column: 5))  // right half of 漢
        #expect(new.changedRuns(from: old) == [ChangedRun(row: 0, start: 4, end: 6)])
        var far = old
        far.write("a", at: Position(row: 0, column: 0))
        far.write("b", at: Position(row: 0, column: 2))
        far.write("c", at: Position(row: 0, column: 15))
        #expect(far.changedRuns(from: old) == [ChangedRun(row: 0, start: 0, end: 3), ChangedRun(row: 0, start: 15, end: 16)])
    }
}
