import Foundation
import SecretsCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Everything the CLI reads from or writes to the outside world, injected so tests run without a terminal.
public struct CLIEnvironment: Sendable {
    /// The process environment.
    public var variables: [String: String]
    /// Reads a whole file as bytes; `nil` when it cannot be read.
    public var readFile: @Sendable (String) -> Data?
    /// Whether a file exists at the path.
    public var fileExists: @Sendable (String) -> Bool
    /// Reads all of standard input.
    public var readStandardInput: @Sendable () -> Data
    /// Writes to standard output.
    public var writeOutput: @Sendable (String) -> Void
    /// Writes to standard error.
    public var writeError: @Sendable (String) -> Void
    /// Whether standard output is a terminal.
    public var stdoutIsTerminal: Bool
    /// Whether standard input is a terminal.
    public var stdinIsTerminal: Bool
    /// The terminal's width in columns (80 when unknown), for the table format.
    public var terminalWidth: Int
    /// The time zone timestamps are printed in (`TZ`, else the system's).
    public var timeZone: TimeZone
    /// The user's home directory.
    public var homeDirectory: String
    /// Runs a shell command for `SECRETTY_PASSPHRASE_COMMAND`: returns its standard output.
    public var runCommand: @Sendable (String) throws -> Data
    /// Asks for a passphrase on the controlling terminal without echo; `nil` when there is no terminal.
    public var promptSecret: @Sendable (String) throws -> String?

    /// Creates an environment from its parts.
    public init(
        variables: [String: String], readFile: @escaping @Sendable (String) -> Data?,
        fileExists: @escaping @Sendable (String) -> Bool, readStandardInput: @escaping @Sendable () -> Data,
        writeOutput: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
        stdoutIsTerminal: Bool, stdinIsTerminal: Bool, terminalWidth: Int, timeZone: TimeZone, homeDirectory: String,
        runCommand: @escaping @Sendable (String) throws -> Data,
        promptSecret: @escaping @Sendable (String) throws -> String?
    ) {
        self.variables = variables
        self.readFile = readFile
        self.fileExists = fileExists
        self.readStandardInput = readStandardInput
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stdinIsTerminal = stdinIsTerminal
        self.terminalWidth = terminalWidth
        self.timeZone = timeZone
        self.homeDirectory = homeDirectory
        self.runCommand = runCommand
        self.promptSecret = promptSecret
    }

    /// Whether colour may be used on standard output for the `--color` setting.
    public func colorEnabled(_ setting: ColorSetting) -> Bool {
        if let noColor = variables["NO_COLOR"], !noColor.isEmpty { return false }
        switch setting {
        case .on: return stdoutIsTerminal
        case .off: return false
        case .auto: return stdoutIsTerminal
        }
    }
}

// MARK: - The real process

extension CLIEnvironment {
    /// The environment of the running process: real files, standard streams and `/dev/tty`.
    public static func process() -> CLIEnvironment {
        let variables = ProcessInfo.processInfo.environment
        let zone = localTimeZone(variables)
        let home = variables["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return CLIEnvironment(
            variables: variables,
            readFile: { path in LocalFile.contents(atPath: path) },
            fileExists: { path in LocalFile.exists(atPath: path) },
            readStandardInput: { FileHandle.standardInput.readDataToEndOfFile() },
            writeOutput: { text in FileHandle.standardOutput.write(Data(utf8Of: text)) },
            writeError: { text in FileHandle.standardError.write(Data(utf8Of: text)) },
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            terminalWidth: TerminalSize.columns(of: STDOUT_FILENO) ?? 80,
            timeZone: zone,
            homeDirectory: home,
            runCommand: { command in try ShellCommand.run(command, environment: variables) },
            promptSecret: { prompt in try TerminalPrompt.readSecret(prompt: prompt) })
    }

    /// The zone `TZ` names, else the system's. UTC, the usual zone of servers, is recognised by name first, so
    /// that a command run there does not load the time-zone database to print its timestamps. The TUI picks
    /// its zone the same way.
    public static func localTimeZone(_ variables: [String: String]) -> TimeZone {
        if let tz = variables["TZ"], !tz.isEmpty {
            let name = tz.hasPrefix(":") ? String(tz.dropFirst()) : tz
            if utcNames.contains(name) { return .gmt }
            if let named = TimeZone(identifier: name) { return named }
        }
        if variables["TZ"] == nil, let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/etc/localtime"),
            let name = zoneName(linkedTo: link), utcNames.contains(name)
        {
            return .gmt
        }
        return TimeZone.current
    }

    /// The zone name in a `/etc/localtime` link target: what follows its `zoneinfo` directory.
    static func zoneName(linkedTo target: String) -> String? {
        let parts = target.split(separator: "/", omittingEmptySubsequences: false)
        guard let zoneinfo = parts.firstIndex(of: "zoneinfo"), zoneinfo + 1 < parts.count else { return nil }
        let name = target[parts[zoneinfo + 1].startIndex...]
        return name.isEmpty ? nil : String(name)
    }

    /// The names of UTC in the time-zone database (a list: a set's hashing costs more than it saves here).
    static let utcNames: [String] = [
        "UTC", "UTC0", "Etc/UTC", "GMT", "GMT0", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "UCT", "Etc/UCT",
        "Universal", "Etc/Universal", "Zulu", "Etc/Zulu",
    ]
}

/// The width of a terminal, from `TIOCGWINSZ`.
enum TerminalSize {
    /// The number of columns of the terminal on `fd`, or `nil` when it is not a terminal.
    static func columns(of fd: Int32) -> Int? {
        guard isatty(fd) == 1 else { return nil }
        var size = winsize()
        #if canImport(Glibc)
            let request = UInt(TIOCGWINSZ)
        #else
            let request = TIOCGWINSZ
        #endif
        guard ioctl(fd, request, &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
