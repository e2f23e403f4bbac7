// MARK: - Answers with echo

extension TerminalPrompt {
    /// Writes `prompt` to the terminal and reads one line with echo; `nil` when there is no terminal.
    static func readLine(prompt: String) throws -> String? {
        withTerminal { fd in
            writeAll(fd, prompt)
            return String(decoding: readLine(fd).bytes, as: UTF8.self)
        }
    }
}
