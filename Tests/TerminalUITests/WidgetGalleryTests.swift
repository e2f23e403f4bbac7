import Testing
import TestSupport
import TerminalUI

@Suite("Widget gallery")
struct WidgetGalleryTests {
    static let keymap = Keymap([
        Binding("help", keys: [.char("?")], help: "show help", section: "global", hint: "help"),
        Binding("refresh", keys: [.ctrl("r")], help: "refresh", section: "global", hint: "refresh"),
        Binding("quit", keys: [.char("q")], help: "quit", section: "global", hint: "quit"),
        Binding("secret.edit", keys: [.char("e")], help: "edit the secret", section: "secret", writes: true, hint: "edit"),
        Binding("secret.delete", keys: [.char("D")], help: "delete the secret", section: "secret", writes: true, hint: "delete"),
    ] + ListBindings.defaults)

    /// Every widget on one screen of `size`.
    static func screen(_ size: Size, theme: Theme = .builtInDefault) -> CellBuffer {
        var buffer = CellBuffer(size: size)
        let (body, statusRow) = buffer.bounds.splitBottom(1)
        let (left, right) = body.splitLeft(body.width / 2)
        buffer.drawBox(left, style: Style(.borderFocused), border: theme.border, title: "Secrets", titleStyle: Style(.title))
        var list = ListView(rows: (0..<40).map { index in
            var row = [TextSegment("prod/service-\(index)/db ")]
            if index % 7 == 3 { row.append(TextSegment("deleted", role: .deleted)) }
            return row
        }, viewportHeight: left.height - 2)
        list.select(12)
        list.render(into: &buffer, rect: left.inset(by: 1), theme: theme)

        let (versionsBox, valueBox) = right.splitTop(right.height / 2)
        buffer.drawBox(versionsBox, style: Style(.border), border: theme.border, title: "Versions")
        var table = TableView(
            columns: [TableColumn("Version", width: .fixed(8)), TableColumn("Labels"), TableColumn("Created", width: .fixed(10), alignRight: true)],
            rows: [
                [TextSegment("9c1e…"), TextSegment("AWSCURRENT", role: .labelCurrent), TextSegment("2026-11-28", role: .muted)],
                [TextSegment("77ab…"), TextSegment("AWSPREVIOUS", role: .labelPrevious), TextSegment("2026-10-01", role: .muted)],
                [TextSegment("0d3f…"), TextSegment("AWSPENDING", role: .labelPending), TextSegment("2026-09-12", role: .muted)],
                [TextSegment("漢字…"), TextSegment("blue", role: .labelCustom), TextSegment("2026-01-02", role: .muted)],
            ], isFocused: false)
        table.list.viewportHeight = versionsBox.height - 3
        table.render(into: &buffer, rect: versionsBox.inset(by: 1), theme: theme)

        buffer.drawBox(valueBox, style: Style(.border), border: theme.border, title: "Value")
        let inner = valueBox.inset(by: 1)
        buffer.write([TextSegment("username ", role: .key), TextSegment("admin", role: .revealed)], at: Position(row: inner.y, column: inner.x), clip: inner)
        buffer.write([TextSegment("password ", role: .key), TextSegment(String(repeating: theme.maskCharacter, count: 8), role: .masked)],
                     at: Position(row: inner.y + 1, column: inner.x), clip: inner)
        buffer.write([TextSegment("+ added ", role: .diffAdded), TextSegment("- removed ", role: .diffRemoved), TextSegment("~ changed", role: .diffChanged)],
                     at: Position(row: inner.y + 2, column: inner.x), clip: inner)
        var field = TextField(text: "café noël 漢字", viewportWidth: inner.width, isFocused: false)
        _ = field.handle(.key(.home))
        field.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: 1), theme: theme)
        var area = TextArea(text: "{\n  \"k\": \"v\"\n}", viewport: Size(width: inner.width, height: 2), isFocused: false)
        area.viewport = Size(width: inner.width, height: 2)
        area.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: 2), theme: theme)

        let dialog = Dialog.confirm(title: "Delete secret", message: ["Delete prod/service-12/db?", "Recovery window: 30 days"])
        dialog.render(into: &buffer, rect: body, theme: theme)

        StatusBar(left: [TextSegment(" vault ~/.secretty/demo.vault ", role: .status)],
                  right: [TextSegment(" READ-ONLY ", role: .readOnly)],
                  hints: keymap.readOnly().hints(in: ["secret", "global"]))
            .render(into: &buffer, rect: statusRow, theme: theme)
        return buffer
    }

    @Test("every widget at 80x24", arguments: [Size(width: 80, height: 24), Size(width: 132, height: 40)])
    func gallery(size: Size) {
        Snapshot.assertBuffer(Self.screen(size), named: "gallery-\(size)")
    }

    @Test("help overlay made from the keymap, read-only bindings with their reason")
    func help() {
        var buffer = CellBuffer(size: Size(width: 80, height: 24))
        var overlay = HelpOverlay(keymap: Self.keymap.readOnly(reason: "read-only"), viewportHeight: 22)
        overlay.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        Snapshot.assertBuffer(buffer, named: "help-80x24")
        #expect(overlay.handle(.char("j")) == .handled)
        #expect(overlay.handle(.char("?")) == .cancelled)
    }

    @Test("the help overlay scrolls when the keymap is longer than the screen")
    func helpScrolls() {
        var buffer = CellBuffer(size: Size(width: 40, height: 8))
        var overlay = HelpOverlay(keymap: Self.keymap, viewportHeight: 6)
        _ = overlay.handle(.key(.end))
        overlay.render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.textGrid.contains("page up"))
        #expect(!buffer.textGrid.contains("show help"))
        #expect(buffer.textGrid.contains("9-14/14"))
    }

    @Test("dialog keys: y confirms, n and Esc decline, arrows choose, a field takes keys first")
    func dialog() {
        var confirm = Dialog.confirm(title: "Quit", message: ["Unsaved edits. Quit?"])
        #expect(confirm.handle(.char("y")) == .submitted)
        #expect(confirm.handle(.char("n")) == .cancelled)
        #expect(confirm.handle(.key(.right)) == .handled)
        #expect(confirm.selectedButton == 1)
        #expect(confirm.handle(.key(.enter)) == .cancelled, "Enter on No declines")
        var typed = Dialog(title: "Delete", message: ["Type the name"], buttons: ["Delete"], field: TextField())
        #expect(typed.handle(.char("y")) == .handled)
        #expect(typed.handle(.char("n")) == .handled)
        #expect(typed.field?.text == "yn")
        #expect(typed.handle(.key(.enter)) == .submitted)
    }

    @Test("the status bar drops hints that do not fit and keeps the badge")
    func statusBar() {
        var buffer = CellBuffer(size: Size(width: 40, height: 1))
        StatusBar(left: [TextSegment("profile prod", role: .status)], right: [TextSegment("RO", role: .readOnly)],
                  hints: Self.keymap.hints())
            .render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.text(row: 0) == "profile prod  ? help  ^R refresh      RO")
        #expect(buffer.styleGrid == "SSSSSSSSSSSSSSKSSSSSSSKKSSSSSSSSSSSSSSRR\n")
    }

    @Test("left text too long for the bar is cut with an ellipsis before the badge")
    func statusBarCutsLeftText() {
        var buffer = CellBuffer(size: Size(width: 30, height: 1))
        StatusBar(
            left: [TextSegment(" profile production-eu ", role: .status), TextSegment(" 1200 secrets ", role: .status)],
            right: [TextSegment(" READ-ONLY ", role: .readOnly)], hints: Self.keymap.hints()
        ).render(into: &buffer, rect: buffer.bounds, theme: .builtInDefault)
        #expect(buffer.text(row: 0) == " profile productio… READ-ONLY")
        #expect(buffer.styleGrid == "SSSSSSSSSSSSSSSSSSSRRRRRRRRRRR\n")
    }

    @Test("one changed cell of a wide frame diffs to one run")
    func oneChangedCellIsOneRun() {
        let size = Size(width: 160, height: 48)
        let frame = Self.screen(size)
        var changed = frame
        changed.write("x", at: Position(row: 10, column: 10))
        #expect(changed.changedRuns(from: frame).count == 1)
        #expect(frame.changedRuns(from: Self.screen(size)).isEmpty)
    }
}
