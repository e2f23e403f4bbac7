import Foundation

// MARK: - The CLI as a script runs it

/// The `secretty` binary to run: `SECRETTY_BIN`, else the one built next to this benchmark.
func secrettyBinary() -> String {
    if let path = ProcessInfo.processInfo.environment["SECRETTY_BIN"], !path.isEmpty { return path }
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return here.appendingPathComponent("secretty").path
}

/// An executable of that name on `PATH`, or nil.
func executableOnPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first(where: FileManager.default.isExecutableFile)
}

/// Runs one command to completion with the given environment and returns its standard output; throws when it
/// exits non-zero. Standard error goes to a file, so neither stream can fill its pipe while the other is read.
@discardableResult
func runCommand(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> String {
    let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-bench-\(UUID().uuidString).err")
    _ = FileManager.default.createFile(atPath: errorPath.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorPath) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: errorPath)
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchmarkFailure(
            "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): "
                + ((try? String(contentsOf: errorPath, encoding: .utf8)) ?? ""))
    }
    return text
}

/// A benchmark step that did not work.
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// 1,000 `secretty put-secret-value` (round-robin over 20 secrets) and 1,000 `secretty get-secret-value`, each a
/// whole process with its own vault unlock, on a vault of cost 2^10.
func vaultCLISection() async throws -> [BenchmarkRow] {
    let binary = secrettyBinary()
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        throw BenchmarkFailure("no secretty binary at \(binary); set SECRETTY_BIN")
    }
    return try await withScratchDirectory { directory in
        let vault = directory + "/vault.db"
        var environment = ["PATH": "/usr/bin:/bin", "HOME": directory, "SECRETTY_PASSPHRASE": "bench"]
        environment["TZ"] = "UTC"
        try runCommand(binary, ["vault", "init", "--vault", vault, "--kdf-log-n", "10"], environment: environment)
        let names = (0..<20).map { "bench/secret-\($0)" }
        for name in names {
            try runCommand(binary, ["--vault", vault, "create-secret", "--name", name, "--secret-string", "{}"], environment: environment)
        }
        let value = "{\"username\":\"admin\",\"password\":\"" + String(repeating: "x", count: 40) + "\"}"
        let puts = try await measure("secretty put-secret-value", calls: 1_000) { index in
            try runCommand(
                binary, ["--vault", vault, "put-secret-value", "--secret-id", names[index % names.count], "--secret-string", value],
                environment: environment)
        }
        let gets = try await measure("secretty get-secret-value", calls: 1_000) { index in
            try runCommand(
                binary, ["--vault", vault, "get-secret-value", "--secret-id", names[index % names.count]],
                environment: environment)
        }
        return [puts, gets]
    }
}
