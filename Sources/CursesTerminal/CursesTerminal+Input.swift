import CNCurses
import TerminalUI

// MARK: - Input

extension CursesTerminal {
    /// The next input event, waiting at most `timeoutMilliseconds` (forever when nil); nil on timeout.
    ///
    /// Esc followed at once by a character is Alt plus that character; Esc alone is Esc once the Esc delay
    /// has passed. A resize updates `size` and arrives as `.resize`; a bracketed paste arrives whole.
    public func readEvent(timeoutMilliseconds: Int32? = nil) -> KeyEvent? {
        guard isRunning else { return nil }
        checkThread()
        let window = secretty_stdscr()
        wtimeout(window, timeoutMilliseconds ?? -1)
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == ERR { return nil }
            if status == KEY_CODE_YES {
                if Int32(value) == KEY_RESIZE {
                    size = Size(width: Int(secretty_columns()), height: Int(secretty_rows()))
                    previous = nil
                    return .resize(size)
                }
                if Int32(value) == Self.pasteStartCode { return .paste(readPaste()) }
                if let key = Self.key(forKeyCode: Int32(value)) { return .key(key) }
                continue
            }
            if value == 0x1B {
                wtimeout(window, 0)
                var next: wint_t = 0
                let nextStatus = wget_wch(window, &next)
                wtimeout(window, timeoutMilliseconds ?? -1)
                if nextStatus == OK, let alt = KeyDecoder.altKey(codePoint: UInt32(next)) { return .key(alt) }
                if nextStatus == KEY_CODE_YES { _ = ungetch(Int32(next)) }
                if nextStatus == OK { _ = unget_wch(wchar_t(bitPattern: UInt32(next))) }
                return .key(.escape)
            }
            if let key = KeyDecoder.key(codePoint: UInt32(value)) { return .key(key) }
        }
    }

    /// The text of a bracketed paste, up to its end marker (or until input stops for half a second).
    private func readPaste() -> String {
        let window = secretty_stdscr()
        wtimeout(window, 500)
        var text = ""
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                if Int32(value) == Self.pasteEndCode { break }
                if Int32(value) == KEY_ENTER { text.append("\n") }
                continue
            }
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            text.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
        }
        return text
    }

    /// The key for an ncurses key code, or nil for codes secretty does not use.
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default:
            let first = secretty_key_f(1)
            if code >= first, code < first + 24 { return .function(Int(code - first + 1)) }
            return nil
        }
    }
}
