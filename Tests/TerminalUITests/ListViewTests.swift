import Testing
import TerminalUI

@Suite("List and table")
struct ListViewTests {
    static let keymap = Keymap(ListBindings.defaults)

    static func rows(_ count: Int) -> [[TextSegment]] {
        (0..<count).map { [TextSegment("row \($0)")] }
    }

    /// Presses binding `id` on `list`.
    static func press(_ id: String, on list: inout ListView) -> InputOutcome {
        list.handle(keymap.event(for: id)!, keymap: keymap)
    }

    @Test("moving keeps the selection in range and in view")
    func scrolling() {
        var list = ListView(rows: Self.rows(30), viewportHeight: 5)
        #expect(Self.press(ListBindings.up, on: &list) == .handled)
        #expect(list.selection == 0)
        for _ in 0..<6 { _ = Self.press(ListBindings.down, on: &list) }
        #expect(list.selection == 6)
        #expect(list.offset == 2)
        _ = Self.press(ListBindings.bottom, on: &list)
        #expect(list.selection == 29)
        #expect(list.offset == 25)
        _ = Self.press(ListBindings.pageUp, on: &list)
        #expect(list.selection == 25)
        #expect(list.offset == 25)
        _ = Self.press(ListBindings.up, on: &list)
        #expect(list.offset == 24)
        _ = Self.press(ListBindings.top, on: &list)
        #expect(list.selection == 0 && list.offset == 0)
        #expect(list.handle(.char("x"), keymap: Self.keymap) == .ignored)
    }

    @Test("rows shrinking under the selection clamp it; an empty list selects nothing")
    func clamp() {
        var list = ListView(rows: Self.rows(10), viewportHeight: 3)
        list.select(9)
        list.rows = Self.rows(4)
        #expect(list.selection == 3)
        list.rows = []
        #expect(list.selection == nil)
    }

    @Test("rendering draws the visible rows, the selection and a scroll marker")
    func render() {
        var list = ListView(rows: Self.rows(10), viewportHeight: 3)
        list.select(4)
        var buffer = CellBuffer(size: Size(width: 10, height: 3))
        list.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.textGrid == "row 2    ↕\nrow 3     \nrow 4     \n")
        #expect(buffer.styleGrid == "lllllllllm\nllllllllll\nssssssssss\n")
        list.isFocused = false
        list.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.styleGrid.hasSuffix("iiiiiiiiii\n"))
    }

    @Test("a selected row keeps chip styles and takes the selection elsewhere")
    func selectedChips() {
        let list = ListView(rows: [[TextSegment("v1 "), TextSegment("AWSCURRENT", role: .labelCurrent)]])
        var buffer = CellBuffer(size: Size(width: 15, height: 1))
        list.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.styleGrid == "sssCCCCCCCCCCss\n")
    }

    @Test("table columns share the width; cells are cut and aligned")
    func table() {
        let table = TableView(
            columns: [TableColumn("Name"), TableColumn("Size", width: .fixed(5), alignRight: true), TableColumn("Note", width: .flexible(minimum: 4, weight: 2))],
            rows: [
                [TextSegment("漢字テスト名前"), TextSegment("12"), TextSegment("ok")],
                [TextSegment("b"), TextSegment("3456789"), TextSegment("a long note here")],
            ])
        #expect(table.columnWidths(total: 30) == [9, 5, 14])
        var buffer = CellBuffer(size: Size(width: 30, height: 3))
        table.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.text(row: 0) == "Name       Size Note")
        #expect(buffer.text(row: 1) == "漢字テス…    12 ok")
        #expect(buffer.text(row: 2) == "b         3456… a long note h…")
        #expect(buffer.styleGrid.split(separator: "\n")[0] == Substring(String(repeating: "h", count: 30)))
    }
}
