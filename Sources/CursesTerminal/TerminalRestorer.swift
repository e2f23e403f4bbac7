#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back the way it was found on every exit path, including fatal signals.
///
/// It saves the terminal modes before ncurses starts and precomputes the bytes that leave the alternate
/// screen, show the cursor, reset attributes and turn bracketed paste off. A handler for SIGINT, SIGTERM,
/// SIGHUP and SIGQUIT writes those bytes and restores the modes with async-signal-safe calls only
/// (`write`, `tcsetattr`), then re-raises the signal with its default action so the exit status says what
/// happened. An `exit()` while the screen is up restores it the same way.
enum TerminalRestorer {
    /// The signals that restore the terminal and then end the process.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Saves the terminal modes of standard input; call before ncurses changes them.
    static func saveModes() {
        var modes = termios()
        if tcgetattr(STDIN_FILENO, &modes) == 0 {
            restoreState.modes = modes
            restoreState.hasModes = true
        }
    }

    /// Arms the handlers with the bytes that undo what the screen set up.
    static func arm(restoreSequence: [UInt8]) {
        let count = min(restoreSequence.count, RestoreState.capacity)
        for index in 0..<count { restoreState.bytes[index] = restoreSequence[index] }
        restoreState.count = count
        restoreState.armed = true
        for number in signals { _ = signal(number, handleFatalSignal) }
        if !restoreState.exitHandlerInstalled {
            restoreState.exitHandlerInstalled = true
            atexit { restoreIfArmed() }
        }
    }

    /// Puts the default handlers back (after a normal shutdown).
    static func disarm() {
        restoreState.armed = false
        for number in signals { _ = signal(number, SIG_DFL) }
    }

    /// Restores the saved modes now (after `endwin`, so flow control and echo are surely back).
    static func restoreModes() {
        guard restoreState.hasModes else { return }
        var modes = restoreState.modes
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    }
}

/// What the signal handler needs, kept where it can reach it without allocating or locking.
struct RestoreState {
    /// The most restore bytes kept.
    static let capacity = 256
    /// The terminal modes from before ncurses.
    var modes = termios()
    /// Whether `modes` was read.
    var hasModes = false
    /// Whether the handler should restore.
    var armed = false
    /// Whether the `exit` hook is in place (it can only be added, never removed).
    var exitHandlerInstalled = false
    /// The restore sequence.
    var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: RestoreState.capacity)
    /// How many restore bytes there are.
    var count = 0
}

/// The one restore state; only the UI thread writes it, the signal handler reads it.
nonisolated(unsafe) var restoreState = RestoreState()

/// Writes the restore bytes and puts the modes back if the screen is still up; async-signal-safe.
private func restoreIfArmed() {
    guard restoreState.armed else { return }
    restoreState.armed = false
    _ = write(STDOUT_FILENO, restoreState.bytes, restoreState.count)
    if restoreState.hasModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, &restoreState.modes) }
}

/// Restores the terminal and ends the process by the same signal.
private func handleFatalSignal(_ number: Int32) {
    restoreIfArmed()
    _ = signal(number, SIG_DFL)
    _ = raise(number)
}
