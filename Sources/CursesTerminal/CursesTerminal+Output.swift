import CNCurses
import TerminalUI

// MARK: - Frames

extension CursesTerminal {
    /// Shows `frame`: only the runs that differ from the last frame are handed to ncurses, then one update.
    ///
    /// A frame of another size than the screen is drawn as far as it fits; after a resize or a theme change
    /// the whole frame is drawn.
    public func render(_ frame: CellBuffer) {
        guard isRunning else { return }
        checkThread()
        let window = secretty_stdscr()
        if previous == nil || previous?.size != frame.size {
            _ = werase(window)
            previous = nil
        }
        let runs = frame.changedRuns(from: previous)
        var text: [wchar_t] = []
        text.reserveCapacity(frame.size.width * 2)
        for run in runs where run.row < size.height {
            let end = min(run.end, size.width)
            var column = run.start
            while column < end {
                let style = frame[run.row, column].style
                let runStart = column
                text.removeAll(keepingCapacity: true)
                while column < end, frame[run.row, column].style == style {
                    let cell = frame[run.row, column]
                    if !cell.isContinuation {
                        if column + Int(cell.width) > size.width {
                            text.append(0x20)
                        } else {
                            var scalars = 0
                            for scalar in cell.grapheme.unicodeScalars where scalars < Int(CCHARW_MAX) {
                                text.append(wchar_t(bitPattern: scalar.value))
                                scalars += 1
                            }
                        }
                    }
                    column += 1
                }
                let (attributes, pair) = styleTable.lookup(style)
                _ = wattr_set(window, attributes, pair, nil)
                _ = wmove(window, Int32(run.row), Int32(runStart))
                _ = text.withUnsafeBufferPointer { waddnwstr(window, $0.baseAddress, Int32($0.count)) }
            }
        }
        _ = wattr_set(window, 0, 0, nil)
        let wanted: Int32 = frame.cursor == nil ? 0 : 1
        if wanted != cursorVisible {
            _ = curs_set(wanted)
            cursorVisible = wanted
        }
        if let cursor = frame.cursor, cursor.row < size.height, cursor.column < size.width {
            _ = wmove(window, Int32(cursor.row), Int32(cursor.column))
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
        previous = frame
    }

    /// Forgets the last frame so the next one is drawn in full (after something else wrote to the screen).
    public func invalidate() {
        previous = nil
        _ = clearok(secretty_stdscr(), true)
    }
}
