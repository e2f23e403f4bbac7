import Foundation
import SecretsCore

/// Where a vault passphrase came from (reported in errors, never with the passphrase itself).
public enum PassphraseOrigin: String, Sendable, Equatable {
    case passphraseFile = "--passphrase-file"
    case environment = "SECRETTY_PASSPHRASE"
    case command = "SECRETTY_PASSPHRASE_COMMAND"
    case prompt = "the terminal prompt"
    case newPassphraseFile = "--new-passphrase-file"
    case newEnvironment = "SECRETTY_NEW_PASSPHRASE"
}

/// Finds the vault passphrase, first found wins: `--passphrase-file`, `SECRETTY_PASSPHRASE`,
/// `SECRETTY_PASSPHRASE_COMMAND`, then a prompt on `/dev/tty` without echo (asked twice when creating).
/// Never from a command-line argument.
public struct PassphraseResolver: Sendable {
    let environment: CLIEnvironment

    /// Creates a resolver reading from the given environment.
    public init(environment: CLIEnvironment) {
        self.environment = environment
    }

    /// The passphrase of an existing vault, or of a vault about to be created (`creating` asks twice).
    public func passphrase(file: String?, creating: Bool = false) throws -> (String, PassphraseOrigin) {
        if let file {
            return (try readPassphraseFile(file, option: "--passphrase-file"), .passphraseFile)
        }
        if let value = environment.variables["SECRETTY_PASSPHRASE"] {
            guard !value.isEmpty else { throw LocalError.configuration("SECRETTY_PASSPHRASE is set but empty") }
            return (value, .environment)
        }
        if let command = environment.variables["SECRETTY_PASSPHRASE_COMMAND"], !command.isEmpty {
            let output = try environment.runCommand(command)
            guard let text = String(data: output, encoding: .utf8) else {
                throw LocalError.configuration("SECRETTY_PASSPHRASE_COMMAND printed bytes that are not UTF-8")
            }
            let value = Self.droppingOneNewline(text)
            guard !value.isEmpty else {
                throw LocalError.configuration("SECRETTY_PASSPHRASE_COMMAND printed no passphrase")
            }
            return (value, .command)
        }
        return (try prompt(label: "Vault passphrase", twice: creating), .prompt)
    }

    /// The new passphrase for `vault passwd`: `--new-passphrase-file`, `SECRETTY_NEW_PASSPHRASE`, or the prompt twice.
    public func newPassphrase(file: String?) throws -> (String, PassphraseOrigin) {
        if let file {
            return (try readPassphraseFile(file, option: "--new-passphrase-file"), .newPassphraseFile)
        }
        if let value = environment.variables["SECRETTY_NEW_PASSPHRASE"] {
            guard !value.isEmpty else { throw LocalError.configuration("SECRETTY_NEW_PASSPHRASE is set but empty") }
            return (value, .newEnvironment)
        }
        return (try prompt(label: "New vault passphrase", twice: true), .prompt)
    }

    // MARK: - Sources

    private func readPassphraseFile(_ path: String, option: String) throws -> String {
        guard let data = environment.readFile(path) else {
            throw LocalError.configuration("\(option): cannot read \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LocalError.configuration("\(option): \(path) is not UTF-8 text")
        }
        let value = Self.droppingOneNewline(text)
        guard !value.isEmpty else { throw LocalError.configuration("\(option): \(path) is empty") }
        return value
    }

    private func prompt(label: String, twice: Bool) throws -> String {
        guard let first = try environment.promptSecret("\(label): ") else {
            throw LocalError.configuration(
                "no vault passphrase: use --passphrase-file, SECRETTY_PASSPHRASE or SECRETTY_PASSPHRASE_COMMAND, "
                    + "or run on a terminal")
        }
        guard !first.isEmpty else { throw LocalError.configuration("the passphrase must not be empty") }
        if twice {
            let second = try environment.promptSecret("Repeat \(label.prefix(1).lowercased() + label.dropFirst()): ")
            guard second == first else { throw LocalError.configuration("the two passphrases differ") }
        }
        return first
    }

    /// The text minus one trailing newline (`\n` or `\r\n`), as a shell's `$(...)` would keep it.
    static func droppingOneNewline(_ text: String) -> String {
        if let last = text.last, last == "\n" || last == "\r\n" { return String(text.dropLast()) }
        return text
    }
}
