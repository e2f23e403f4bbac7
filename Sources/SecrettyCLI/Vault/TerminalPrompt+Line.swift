import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Answers with echo

extension TerminalPrompt {
    /// Writes `prompt` to the terminal and reads one line with echo; `nil` when there is no terminal.
    static func readLine(prompt: String) throws -> String? {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let promptBytes = Array(prompt.utf8)
        _ = promptBytes.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1, byte != 0x0A, byte != 0x0D { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
