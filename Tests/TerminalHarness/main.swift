// A test program for CursesTerminal: draws a few widgets through the real terminal and logs every input
// event to a file, one line each. The tmux tests in TerminalUITests drive it.
//
// Usage: TerminalHarness LOGFILE
// Keys: `x` toggles the one cell at row 12, column 40 ('.' or '#'); `q` quits with status 0; `E` calls
// exit(3) without stopping the terminal (an error path); every other event is only logged. Each resize is
// logged and shown in the status bar.

import CursesTerminal
import Foundation
import TerminalUI

/// Appends lines to the log and flushes each at once.
final class EventLog {
    let handle: FileHandle

    init(path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        handle = FileHandle(forWritingAtPath: path)!
    }

    func write(_ line: String) {
        handle.write(Data((line + "\n").utf8))
    }
}

/// What the harness shows.
struct HarnessScreen {
    var toggled = false
    var table = TableView(
        columns: [TableColumn("Name", width: .fixed(14)), TableColumn("Mark", width: .fixed(4))],
        rows: [
            [TextSegment("plain ascii"), TextSegment("|")],
            [TextSegment("漢字テスト"), TextSegment("|")],
            [TextSegment("cafe\u{301} noe\u{308}l"), TextSegment("|")],
            [TextSegment("ｆｕｌｌ"), TextSegment("|")],
        ])
    var field = TextField(text: "field text", viewportWidth: 20, isFocused: false)
    var keymap = Keymap([
        Binding("toggle", keys: [.char("x")], help: "toggle the cell", hint: "toggle"),
        Binding("quit", keys: [.char("q")], help: "quit", hint: "quit"),
    ])

    func frame(size: Size, theme: Theme) -> CellBuffer {
        var buffer = CellBuffer(size: size)
        let screen = buffer.bounds
        buffer.write("secretty terminal harness", at: Position(row: 0, column: 0), style: Style(.title))
        table.render(into: &buffer, rect: Rect(x: 2, y: 2, width: 19, height: 5), theme: theme)
        field.render(into: &buffer, rect: Rect(x: 2, y: 8, width: 20, height: 1), theme: theme)
        buffer.write("cell:", at: Position(row: 12, column: 34))
        buffer.write(toggled ? "#" : ".", at: Position(row: 12, column: 40), style: Style(.selection))
        let status = StatusBar(
            left: [TextSegment(" size \(size) ", role: .status)], right: [TextSegment(" READY ", role: .readOnly)],
            hints: keymap.hints())
        status.render(into: &buffer, rect: screen.splitBottom(1).bottom, theme: theme)
        return buffer
    }
}

/// The log line of an event.
func describe(_ event: KeyEvent) -> String {
    switch event {
    case .key(let key): "key \(key.name)"
    case .paste(let text): "paste \(TerminalText.visible(text))"
    case .resize(let size): "resize \(size)"
    }
}

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: TerminalHarness LOGFILE\n".utf8))
    exit(2)
}
let log = EventLog(path: CommandLine.arguments[1])
log.write("pid \(getpid())")
let terminal = CursesTerminal(options: .init(environment: ProcessInfo.processInfo.environment))
let theme = Theme.builtInDefault
do {
    try terminal.start(theme: theme)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
var screen = HarnessScreen()
terminal.render(screen.frame(size: terminal.size, theme: theme))
log.write("depth \(terminal.colorDepth)")
log.write("ready \(terminal.size)")
while true {
    guard let event = terminal.readEvent() else { continue }
    log.write(describe(event))
    if event == .char("q") { break }
    if event == .char("E") { exit(3) }
    if event == .char("x") { screen.toggled.toggle() }
    terminal.render(screen.frame(size: terminal.size, theme: theme))
}
terminal.stop()
log.write("stopped")
