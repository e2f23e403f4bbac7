import Foundation
import SecretsCore
import TestSupport
import Testing

/// The built `secretty` binary with the environment these suites expect (a Paris time zone, no shared AWS files),
/// run synchronously through `TestSupport.SecrettyBinary`.
struct SecrettyProcess {
    /// The binary: `SECRETTY_BIN`, else `<package root>/.build/debug/secretty`.
    static var binary: String { SecrettyBinary.path }

    struct Result {
        var code: Int32
        var out: Data
        var err: String
        var outText: String { String(decoding: out, as: UTF8.self) }
    }

    private var runner: SecrettyBinary
    /// The scratch directory, also HOME; XDG_DATA_HOME is inside it.
    var directory: URL { runner.directory }
    var environment: [String: String] {
        get { runner.environment }
        set { runner.environment = newValue }
    }

    init() throws {
        runner = try SecrettyBinary()
        runner.environment = [
            "PATH": "/usr/bin:/bin", "HOME": runner.directory.path,
            "XDG_DATA_HOME": runner.path("data"),
            "TZ": "Europe/Paris", "LANG": "C.UTF-8",
            "AWS_SHARED_CREDENTIALS_FILE": runner.path("no-credentials"),
            "AWS_CONFIG_FILE": runner.path("no-config"),
        ]
    }

    func cleanUp() { runner.cleanUp() }

    func path(_ name: String) -> String { runner.path(name) }

    func write(_ name: String, _ data: Data) throws { try runner.write(name, data) }

    /// Runs the binary with `arguments` and `stdin`, waiting for it to exit.
    func run(_ arguments: [String], stdin: Data = Data(), extraEnvironment: [String: String] = [:]) throws -> Result {
        let result = try runner.runBlocking(arguments, stdin: stdin, environment: extraEnvironment)
        return Result(code: result.code, out: result.stdout, err: result.stderr)
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
