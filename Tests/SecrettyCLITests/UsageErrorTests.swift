import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// Every bad command line exits 252 with one line on stderr naming the bad option or value, and calls nothing.
@Suite struct UsageErrorTests {
    @Test(arguments: [
        (["get-secret-value"], "--secret-id"),
        (["get-secret-value", "--secret-id", "x", "--bogus", "1"], "--bogus"),
        (["get-secret-vaule", "--secret-id", "x"], "get-secret-vaule"),
        (["--output", "yaml", "list-secrets"], "--output"),
        (["--color", "blue", "list-secrets"], "--color"),
        (["delete-secret", "--secret-id", "x", "--recovery-window-in-days", "seven"], "--recovery-window-in-days"),
        (["put-secret-value", "--secret-id", "x", "--secret-binary", "%%%"], "--secret-binary"),
        (["put-secret-value", "--secret-id", "x", "--secret-string", "file:///nope"], "--secret-string"),
        (["tag-resource", "--secret-id", "x", "--tags", "Key=env,Nope=1"], "--tags"),
        (["tag-resource", "--secret-id", "x", "--tags", "Key=env"], "--tags"),
        (["tag-resource", "--secret-id", "x", "--tags", "[{\"Key\":1"], "--tags"),
        (["tag-resource", "--secret-id", "x", "--tags", "Key=a,Value=b,c"], "--tags"),
        (["tag-resource", "--secret-id", "x"], "--tags"),
        (["list-secrets", "--filters", "Key"], "--filters"),
        (["list-secrets", "--starting-token", "not-a-token"], "--starting-token"),
        (["list-secrets", "--max-items", "0"], "--max-items"),
        (["--endpoint-url", "localhost:4566", "list-secrets"], "--endpoint-url"),
        (["--query", "SecretString", "get-secret-value", "--secret-id", "x"], "--query"),
        (["vault", "init", "--kdf-log-n", "9"], "--kdf-log-n"),
        (["vault", "init", "--vault-account", "12"], "--vault-account"),
        (["--region", "eu-west-1", "vault", "check"], "--region"),
        (["get-secret-value", "--secret-id", "x", "--output"], "--output"),
    ])
    func exits252WithOneLine(arguments: [String], names: String) async {
        let backend = RecordingBackend()
        let result = await Harness().run(arguments, backend: backend)
        #expect(result.code == 252)
        #expect(result.out.isEmpty)
        #expect(result.err.hasSuffix("\n"))
        #expect(result.err.filter { $0 == "\n" }.count == 1, "stderr: \(result.err)")
        #expect(result.err.contains(names), "stderr: \(result.err)")
        #expect(backend.calls.isEmpty)
    }

    @Test func vaultWithAWSOptionsIsAUsageError() async {
        let result = await Harness().runBare(["--vault", "/v.db", "--profile", "p", "list-secrets"])
        #expect(result.code == 252)
        #expect(
            result.err == "secretty: error: --vault cannot be combined with --profile: a vault is not an AWS endpoint\n"
        )
    }

    @Test func noOperationWhenPipedIsAUsageError() async {
        let result = await Harness().run([])
        #expect(result.code == 252)
        #expect(result.err.contains("an operation is required"))
    }

    @Test func helpGoesToStdoutWithExitZero() async {
        let result = await Harness().run(["put-secret-value", "--help"])
        #expect(result.code == 0)
        #expect(result.out.contains("--secret-id <secret-id>"))
        #expect(result.out.contains("--version-stages"))
        #expect(result.err.isEmpty)
    }
}

/// Read-only mode refuses writing operations before any backend is opened (exit 254, like a refused call).
@Suite struct ReadOnlyTests {
    @Test(arguments: SecretsOperation.allCases.filter(\.writes))
    func refusesWrites(operation: SecretsOperation) async {
        let backend = RecordingBackend()
        let vault = FakeVaultAccess(backend: backend)
        var arguments = ["--read-only", operation.cliName]
        switch operation {
        case .createSecret: arguments += ["--name", "n", "--secret-string", "v"]
        case .updateSecretVersionStage: arguments += ["--secret-id", "x", "--version-stage", "s"]
        case .tagResource: arguments += ["--secret-id", "x", "--tags", "Key=a,Value=b"]
        case .untagResource: arguments += ["--secret-id", "x", "--tag-keys", "a"]
        default: arguments += ["--secret-id", "x"]
        }
        let result = await Harness().run(arguments, backend: backend, vault: vault)
        #expect(result.code == 254)
        #expect(
            result.err
                == "secretty: error: read-only mode (--read-only) refuses \(operation.rawValue) (\(operation.cliName))\n"
        )
        #expect(backend.calls.isEmpty)
        #expect(vault.events.isEmpty)
    }

    @Test func allowsReads() async {
        let result = await Harness().run(["--read-only", "get-random-password"])
        #expect(result.code == 0)
    }
}
