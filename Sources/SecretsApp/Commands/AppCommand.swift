/// A `:` command, parsed.
public enum AppCommand: Equatable, Sendable {
    /// `:profile NAME`.
    case profile(String)
    /// `:region NAME`.
    case region(String)
    /// `:vault PATH`.
    case vault(String)
    /// `:theme NAME`.
    case theme(String)
    /// `:readonly on|off`.
    case readOnly(Bool)
    /// `:q`.
    case quit
}

/// Why a command line was refused.
public struct CommandError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The message the status bar shows.
    public var description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}

/// The `:` command parser, driven by a table of command names, argument kinds and builders.
public enum CommandParser {
    /// What a command takes after its name.
    public enum Argument: Equatable, Sendable {
        /// Nothing.
        case none
        /// One word (a name or a path; the rest of the line, trimmed).
        case word(String)
        /// `on` or `off`.
        case onOff
    }

    /// One row of the table.
    public struct Entry: Sendable {
        /// The names the command answers to (the first is shown in help and errors).
        public var names: [String]
        /// Its argument.
        public var argument: Argument
        /// Builds the command from the argument text (empty for `.none`, `on`/`off` for `.onOff`).
        public var build: @Sendable (String) -> AppCommand
    }

    /// The commands of the product brief.
    public static let table: [Entry] = [
        Entry(names: ["profile"], argument: .word("NAME")) { .profile($0) },
        Entry(names: ["region"], argument: .word("NAME")) { .region($0) },
        Entry(names: ["vault"], argument: .word("PATH")) { .vault($0) },
        Entry(names: ["theme"], argument: .word("NAME")) { .theme($0) },
        Entry(names: ["readonly", "read-only", "ro"], argument: .onOff) { .readOnly($0 == "on") },
        Entry(names: ["q", "quit"], argument: .none) { _ in .quit },
    ]

    /// Parses a command line (with or without its leading `:`).
    public static func parse(_ line: String) throws(CommandError) -> AppCommand {
        var text = Substring(line).drop(while: \.isWhitespace)
        if text.first == ":" { text = text.dropFirst() }
        text = text.drop(while: \.isWhitespace)
        while text.last?.isWhitespace == true { text = text.dropLast() }
        guard !text.isEmpty else { throw CommandError("empty command") }
        let name = String(text.prefix(while: { !$0.isWhitespace }))
        let rest = String(text.dropFirst(name.count).drop(while: \.isWhitespace))
        guard let entry = table.first(where: { $0.names.contains(name) }) else {
            let known = table.map { ":" + $0.names[0] }.joined(separator: " ")
            throw CommandError("unknown command :\(name) (commands: \(known))")
        }
        switch entry.argument {
        case .none:
            guard rest.isEmpty else { throw CommandError(":\(entry.names[0]) takes no argument") }
            return entry.build("")
        case .word(let placeholder):
            guard !rest.isEmpty else { throw CommandError("usage: :\(entry.names[0]) \(placeholder)") }
            return entry.build(rest)
        case .onOff:
            let value = rest.lowercased()
            guard value == "on" || value == "off" else { throw CommandError("usage: :\(entry.names[0]) on|off") }
            return entry.build(value)
        }
    }
}
