import CNCurses
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw: shows `CellBuffer` frames by writing only what changed, and reads
/// keys, pastes and resizes as `KeyEvent`s.
///
/// Start it once, use it from one thread only (every ncurses call stays on that thread), and call `stop()`
/// on the way out; fatal signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) restore the terminal by themselves.
/// The screen is the alternate screen; flow control is off so Ctrl-S and Ctrl-Q arrive as keys.
public final class CursesTerminal {
    /// Settings read once at start.
    public struct Options: Sendable {
        /// The environment (`NO_COLOR` forces monochrome).
        public var environment: [String: String]
        /// How long Esc waits for the rest of a sequence, in milliseconds.
        public var escapeDelay: Int32
        /// Whether to ask the terminal to bracket pastes.
        public var bracketedPaste: Bool

        /// Options with the given environment.
        public init(environment: [String: String], escapeDelay: Int32 = 25, bracketedPaste: Bool = true) {
            self.environment = environment
            self.escapeDelay = escapeDelay
            self.bracketedPaste = bracketedPaste
        }
    }

    /// The colour depth found at start (monochrome under `NO_COLOR`).
    public private(set) var colorDepth: ColorDepth = .monochrome
    /// The screen size.
    public internal(set) var size = Size(width: 0, height: 0)
    /// Whether the screen is up.
    public private(set) var isRunning = false

    let options: Options
    var screen: OpaquePointer?
    var previous: CellBuffer?
    var styleTable = StyleTable()
    var cursorVisible: Int32 = -1
    /// The thread that started the screen; every later call must come from it.
    var owner: pthread_t?

    /// Key codes given to the bracketed-paste sequences with `define_key`.
    static let pasteStartCode = KEY_MAX + 1
    /// See `pasteStartCode`.
    static let pasteEndCode = KEY_MAX + 2

    /// A terminal that is not started yet.
    public init(options: Options) {
        self.options = options
    }

    // MARK: - Life cycle

    /// Takes over the terminal: wide-character locale, alternate screen, raw input without echo, keypad
    /// decoding, a short Esc delay, flow control off, colours, and the signal handlers that restore it all.
    public func start(theme: Theme) throws(CursesError) {
        guard !isRunning else { return }
        setlocale(LC_ALL, "")
        TerminalRestorer.saveModes()
        guard let screen = secretty_newterm() else {
            throw CursesError(call: "newterm", message: "cannot open the terminal (TERM=\(options.environment["TERM"] ?? "unset"))")
        }
        self.screen = screen
        owner = pthread_self()
        isRunning = true
        set_escdelay(options.escapeDelay)
        raw()
        noecho()
        nonl()
        keypad(secretty_stdscr(), true)
        disableFlowControl()
        let noColor = !(options.environment["NO_COLOR"] ?? "").isEmpty
        if !noColor, has_colors(), start_color() == OK {
            _ = use_default_colors()
            colorDepth = ColorDepth.detect(colors: Int(secretty_colors()), hasColors: true, environment: options.environment)
        } else {
            colorDepth = .monochrome
        }
        styleTable = StyleTable(theme: theme.resolved(for: colorDepth), maxPairs: Int(secretty_color_pairs()))
        if options.bracketedPaste {
            _ = define_key("\u{1B}[200~", Self.pasteStartCode)
            _ = define_key("\u{1B}[201~", Self.pasteEndCode)
        }
        defineCommonKeys()
        size = Size(width: Int(secretty_columns()), height: Int(secretty_rows()))
        _ = wnoutrefresh(secretty_stdscr())
        _ = doupdate()
        if options.bracketedPaste { writeRaw("\u{1B}[?2004h") }
        TerminalRestorer.arm(restoreSequence: restoreSequence())
    }

    /// Gives the terminal back: bracketed paste off, normal screen, cursor shown, modes as they were.
    public func stop() {
        guard isRunning else { return }
        checkThread()
        if options.bracketedPaste { writeRaw("\u{1B}[?2004l") }
        _ = curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        TerminalRestorer.restoreModes()
        TerminalRestorer.disarm()
        isRunning = false
        previous = nil
    }

    deinit {
        stop()
    }

    /// Stops a debug build when ncurses is called from another thread than the one that started it.
    func checkThread() {
        assert(owner.map { pthread_equal($0, pthread_self()) != 0 } ?? true, "CursesTerminal used from two threads")
    }

    /// Switches to another theme; the next frame is drawn in full.
    public func setTheme(_ theme: Theme) {
        checkThread()
        styleTable = StyleTable(theme: theme.resolved(for: colorDepth), maxPairs: Int(secretty_color_pairs()))
        previous = nil
    }

    /// Teaches ncurses the Home and End sequences that terminals send whatever their terminfo entry says
    /// (tmux and screen send `ESC [1~` and `ESC [4~` even under `TERM=xterm-256color`; rxvt sends `ESC [7~`).
    private func defineCommonKeys() {
        for sequence in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] { _ = define_key(sequence, KEY_HOME) }
        for sequence in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] { _ = define_key(sequence, KEY_END) }
    }

    /// Turns IXON/IXOFF off so Ctrl-S and Ctrl-Q reach the program instead of pausing output.
    private func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON | IXOFF)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        _ = def_prog_mode()
    }

    /// The bytes a signal handler writes to undo the screen: bracketed paste off, attributes reset, cursor
    /// shown, keypad transmit off, alternate screen left.
    private func restoreSequence() -> [UInt8] {
        var bytes: [UInt8] = options.bracketedPaste ? Array("\u{1B}[?2004l".utf8) : []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = secretty_tigetstr(capability) { bytes += Array(String(cString: value).utf8) }
        }
        return bytes
    }

    // MARK: - Raw output

    /// Writes bytes straight to the terminal, after what ncurses has already sent (OSC 52 copy uses this).
    public func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
        bytes.removeAll()
    }
}
