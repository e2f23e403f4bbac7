import Foundation
import SecretsCore

/// What a finished command left behind.
public struct ProcessResult: Sendable, Hashable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: Data
    /// Everything written to standard error.
    public var standardError: Data

    /// Creates a result.
    public init(status: Int32, standardOutput: Data, standardError: Data) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}

/// Runs a shell command line and collects its output.
public protocol ProcessRunner: Sendable {
    /// Runs `command` with `/bin/sh -c` in the given environment.
    func run(_ command: String, environment: [String: String]) async throws -> ProcessResult
}

/// Runs commands with `/bin/sh -c`, off the caller's thread.
public struct ShellProcessRunner: ProcessRunner {
    /// Creates a runner.
    public init() {}

    /// Runs the command and waits for it, reading both pipes to the end.
    public func run(_ command: String, environment: [String: String]) async throws -> ProcessResult {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try Self.runBlocking(command, environment: environment) })
            }
        }
    }

    private static func runBlocking(_ command: String, environment: [String: String]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do {
            try process.run()
        } catch {
            throw LocalError.configuration("could not run credential_process \(command): \(error.localizedDescription)")
        }
        let errorReader = Thread.detachedReader(error.fileHandleForReading)
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errorReader.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, standardOutput: stdout, standardError: stderr)
    }
}

/// Reads a pipe to its end on its own thread, so a chatty stderr never blocks stdout.
private final class PipeReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

private extension Thread {
    static func detachedReader(_ handle: FileHandle) -> PipeReader { PipeReader(handle) }
}
