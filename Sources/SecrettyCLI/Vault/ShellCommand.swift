import Foundation
import SecretsCore

/// Runs `SECRETTY_PASSPHRASE_COMMAND` through `/bin/sh -c` and captures its standard output.
///
/// The child inherits the environment minus the passphrase variables, so no secret reaches its argv or
/// environment; its standard error goes to ours, so a password manager's prompt stays visible.
enum ShellCommand {
    /// The variables never passed to a child process.
    static let secretVariables: Set<String> = ["SECRETTY_PASSPHRASE", "SECRETTY_NEW_PASSPHRASE"]

    /// Runs the command and returns its standard output; a non-zero exit is a configuration error.
    static func run(_ command: String, environment: [String: String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = environment.filter { !secretVariables.contains($0.key) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.standardInput
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            throw LocalError.configuration(
                "SECRETTY_PASSPHRASE_COMMAND could not be started: \(error.localizedDescription)")
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw LocalError.configuration(
                "SECRETTY_PASSPHRASE_COMMAND exited with status \(process.terminationStatus)")
        }
        return output
    }
}
