import Foundation
import SecretsCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a passphrase from the controlling terminal (`/dev/tty`) with echo turned off.
enum TerminalPrompt {
    /// Writes `prompt` to the terminal and reads one line without echo; `nil` when there is no terminal.
    static func readSecret(prompt: String) throws -> String? {
        try withTerminal { fd in
            var original = termios()
            guard tcgetattr(fd, &original) == 0 else { return nil }
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            silent.c_lflag |= tcflag_t(ECHONL)
            writeAll(fd, prompt)
            guard tcsetattr(fd, TCSAFLUSH, &silent) == 0 else { return nil }
            defer { _ = tcsetattr(fd, TCSAFLUSH, &original) }
            let line = readLine(fd)
            if line.bytes.isEmpty && line.endedWithoutNewline {
                throw LocalError.configuration("no passphrase was entered")
            }
            return String(decoding: line.bytes, as: UTF8.self)
        }
    }

    /// Runs `body` with the controlling terminal open for reading and writing; `nil` when there is none.
    static func withTerminal(_ body: (Int32) throws -> String?) rethrows -> String? {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return try body(fd)
    }

    /// One line's bytes up to a line break (not included), and whether input ended or failed before one came.
    static func readLine(_ fd: Int32) -> (bytes: [UInt8], endedWithoutNewline: Bool) {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            guard read(fd, &byte, 1) == 1 else { return (bytes, true) }
            if byte == 0x0A || byte == 0x0D { return (bytes, false) }
            bytes.append(byte)
        }
    }

    static func writeAll(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}
