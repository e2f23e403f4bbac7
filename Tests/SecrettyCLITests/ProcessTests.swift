import Foundation
import SecretsCore
import Testing

/// Runs the built `secretty` binary as a user would: arguments, environment, standard input, exit code, streams.
struct SecrettyProcess {
    /// `SECRETTY_BIN`, else `<package root>/.build/debug/secretty`.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["SECRETTY_BIN"], !path.isEmpty { return path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/secretty").path
    }

    struct Result {
        var code: Int32
        var out: Data
        var err: String
        var outText: String { String(decoding: out, as: UTF8.self) }
    }

    /// A private directory with HOME and XDG_DATA_HOME inside, removed by `cleanUp()`.
    let directory: URL
    var environment: [String: String]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        environment = [
            "PATH": "/usr/bin:/bin", "HOME": directory.path,
            "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
            "TZ": "Europe/Paris", "LANG": "C.UTF-8",
            "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("no-credentials").path,
            "AWS_CONFIG_FILE": directory.appendingPathComponent("no-config").path,
        ]
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ name: String, _ data: Data) throws {
        try data.write(to: directory.appendingPathComponent(name))
    }

    /// Runs the binary with `arguments` and `stdin`, waiting for it to exit.
    func run(_ arguments: [String], stdin: Data = Data(), extraEnvironment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.environment = environment.merging(extraEnvironment) { $1 }
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let writer = input.fileHandleForWriting
        writer.write(stdin)
        try writer.close()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = error.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(code: process.terminationStatus, out: outData, err: String(decoding: errData, as: UTF8.self))
    }
}

/// The binary without a vault: usage errors, configuration errors, help.
@Suite struct ProcessUsageTests {
    @Test func binaryExists() {
        #expect(
            FileManager.default.isExecutableFile(atPath: SecrettyProcess.binary),
            "build it first: swift build --build-tests")
    }

    @Test(arguments: [
        (["get-secret-value"], "secretty: error: Missing expected argument '--secret-id <secret-id>'\n"),
        (
            ["--output", "xml", "list-secrets"],
            "secretty: error: argument --output: Invalid choice, valid choices are: json | text | table (got 'xml')\n"
        ),
        (
            ["list-secrets", "--vault", "v.db", "--profile", "p"],
            "secretty: error: --vault cannot be combined with --profile: a vault is not an AWS endpoint\n"
        ),
        (
            ["put-secret-value", "--secret-id", "x", "--secret-binary", "***"],
            "secretty: error: Invalid base64: \"***\" for --secret-binary\n"
        ),
    ])
    func usageErrorsExit252(arguments: [String], stderr: String) throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        let result = try process.run(arguments)
        #expect(result.code == 252)
        #expect(result.err == stderr)
        #expect(result.out.isEmpty)
    }

    @Test("a command that fails at once exits cleanly, however far the launch warm-up got")
    func earlyExitBesideTheWarmUp() throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        for _ in 0..<40 {
            let result = try process.run(["get-secret-value"])
            #expect(result.code == 252)
            #expect(result.err == "secretty: error: Missing expected argument '--secret-id <secret-id>'\n")
        }
    }

    @Test func missingDefaultVaultExits253NamingVaultInit() throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        let result = try process.run(["list-secrets"])
        let path = process.path("data") + "/secretty/vault.db"
        #expect(result.code == 253)
        #expect(
            result.err
                == "secretty: using the default vault \(path)\nsecretty: error: no vault at \(path); create one with `secretty vault init`\n"
        )
        #expect(result.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func awsSelectedByTheEnvironmentExits253() throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        let result = try process.run(["list-secrets"], extraEnvironment: ["AWS_PROFILE": "work"])
        #expect(result.code == 253)
        #expect(result.err.contains("The config profile (work) could not be found"))
    }

    @Test func readOnlyRefusesWritesWith254() throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        let result = try process.run(
            ["put-secret-value", "--read-only", "--secret-id", "x", "--secret-string", "-"], stdin: Data("v".utf8))
        #expect(result.code == 254)
        #expect(
            result.err == "secretty: error: read-only mode (--read-only) refuses PutSecretValue (put-secret-value)\n")
    }

    @Test func helpExitsZero() throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        let result = try process.run(["--help"])
        #expect(result.code == 0)
        #expect(result.outText.contains("batch-get-secret-value"))
    }

    @Test func noOperationWithoutATerminalIsAUsageError() throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        let result = try process.run([])
        #expect(result.code == 252)
    }
}
