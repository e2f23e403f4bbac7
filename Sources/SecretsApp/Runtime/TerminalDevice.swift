import TerminalUI

/// What the TUI loop needs from a terminal; `CursesTerminal` is the real one, tests use a recording one.
///
/// Every call comes from the loop's one thread.
public protocol TerminalDevice: AnyObject {
    /// The screen size.
    var size: Size { get }
    /// Shows a frame (writing only what changed).
    func render(_ frame: CellBuffer)
    /// The next input event, waiting at most `timeoutMilliseconds`; nil on timeout.
    func readEvent(timeoutMilliseconds: Int32?) -> KeyEvent?
    /// Writes bytes straight to the terminal (OSC 52).
    func writeRaw(_ text: String)
    /// Uses another theme from the next frame on.
    func setTheme(_ theme: Theme)
}
