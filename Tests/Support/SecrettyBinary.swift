import Foundation

/// Runs the built `secretty` binary as a script would: arguments, a controlled environment, standard input;
/// returns the exit code and both streams.
///
/// The binary is `SECRETTY_BIN`, else `<package root>/.build/debug/secretty`. Each instance owns a scratch
/// directory that is `HOME`, so no real AWS file or vault is ever read; `cleanUp()` removes it.
public struct SecrettyBinary: Sendable {
    /// What one run gave.
    public struct Result: Sendable {
        /// The exit code.
        public var code: Int32
        /// Standard output, as bytes.
        public var stdout: Data
        /// Standard error, as text.
        public var stderr: String

        /// Standard output as text.
        public var output: String { String(decoding: stdout, as: UTF8.self) }

        /// Standard error's lines, without the final newline.
        public var errorLines: [String] {
            stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        }

        /// Standard output parsed as a JSON object.
        public var json: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: stdout)) as? [String: Any]
        }
    }

    /// The binary to run.
    public static var path: String {
        if let path = ProcessInfo.processInfo.environment["SECRETTY_BIN"], !path.isEmpty { return path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/secretty").path
    }

    /// Whether the binary has been built.
    public static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// The scratch directory (also `HOME`).
    public let directory: URL
    /// The environment every run gets (plus its own extras).
    public var environment: [String: String]

    /// Creates a scratch directory and a minimal environment: `HOME` and `XDG_*` inside it, the shared AWS files
    /// pointing at files that do not exist, instance metadata off.
    public init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        environment = [
            "PATH": "/usr/bin:/bin", "HOME": directory.path, "LANG": "C.UTF-8", "TZ": "UTC",
            "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
            "AWS_CONFIG_FILE": directory.appendingPathComponent("aws-config").path,
            "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("aws-credentials").path,
            "AWS_EC2_METADATA_DISABLED": "true",
        ]
    }

    /// Removes the scratch directory.
    public func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The path of a file in the scratch directory.
    public func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Writes a file into the scratch directory and returns its path.
    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> String {
        try data.write(to: directory.appendingPathComponent(name))
        return path(name)
    }

    /// Runs the binary and waits for it (on its own thread, so the cooperative pool is never blocked).
    public func run(_ arguments: [String], stdin: Data = Data(), environment extra: [String: String] = [:]) async throws
        -> Result
    {
        let environment = self.environment.merging(extra) { $1 }
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Swift.Result { try Self.execute(arguments, stdin: stdin, environment: environment) })
            }
        }
    }

    /// Runs the binary and waits for it on the calling thread, for tests that are not async.
    public func runBlocking(_ arguments: [String], stdin: Data = Data(), environment extra: [String: String] = [:])
        throws -> Result
    {
        try Self.execute(arguments, stdin: stdin, environment: environment.merging(extra) { $1 })
    }

    private static func execute(_ arguments: [String], stdin: Data, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let collected = Collected()
        let group = DispatchGroup()
        group.enter()
        Thread.detachNewThread {
            collected.stdout = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        Thread.detachNewThread {
            collected.stderr = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        input.fileHandleForWriting.write(stdin)
        try input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(
            code: process.terminationStatus, stdout: collected.stdout,
            stderr: String(decoding: collected.stderr, as: UTF8.self))
    }

    /// The two streams, filled by their reader threads.
    private final class Collected: @unchecked Sendable {
        var stdout = Data()
        var stderr = Data()
    }
}
