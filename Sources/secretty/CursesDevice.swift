import CursesTerminal
import SecretsApp
import TerminalUI

/// The real terminal as the TUI loop sees it.
final class CursesDevice: TerminalDevice, @unchecked Sendable {
    let terminal: CursesTerminal

    init(_ terminal: CursesTerminal) {
        self.terminal = terminal
    }

    var size: Size { terminal.size }

    func render(_ frame: CellBuffer) { terminal.render(frame) }

    func readEvent(timeoutMilliseconds: Int32?) -> KeyEvent? { terminal.readEvent(timeoutMilliseconds: timeoutMilliseconds) }

    func writeRaw(_ text: String) { terminal.writeRaw(text) }

    func setTheme(_ theme: Theme) { terminal.setTheme(theme) }

    /// Starts the terminal and wraps it.
    static func start(theme: Theme, environment: [String: String]) throws -> CursesDevice {
        let terminal = CursesTerminal(options: .init(environment: environment))
        try terminal.start(theme: theme)
        return CursesDevice(terminal)
    }
}
