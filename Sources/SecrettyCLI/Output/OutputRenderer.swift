import SecretsCore

/// Writes a response in the chosen `--output` format, terminal-safe.
public struct OutputRenderer: Sendable {
    /// The format.
    public var format: OutputFormat
    /// Whether standard output is a terminal (text and table then show control characters as visible escapes).
    public var terminal: Bool
    /// Whether colour is allowed.
    public var color: Bool
    /// The terminal's width, for the table format.
    public var terminalWidth: Int

    /// Creates a renderer.
    public init(format: OutputFormat, terminal: Bool, color: Bool, terminalWidth: Int) {
        self.format = format
        self.terminal = terminal
        self.color = color
        self.terminalWidth = terminalWidth
    }

    /// The text to print for a response (empty for an empty response, as the aws CLI prints nothing then).
    public func render(_ value: JSONValue, operation: String) -> String {
        let sanitize: (String) -> String = terminal ? { TerminalSafety.visible($0) } : { $0 }
        switch format {
        case .json:
            if case .object(let members) = value, members.isEmpty { return "" }
            return value.prettyText(indent: 4, escaping: .terminalSafe) + "\n"
        case .text:
            return TextFormatter(sanitize: sanitize).format(value)
        case .table:
            return TableFormatter(sanitize: sanitize, terminalWidth: terminalWidth, color: color && terminal)
                .format(value, title: operation)
        }
    }
}
