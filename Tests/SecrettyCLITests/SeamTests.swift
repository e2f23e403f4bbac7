import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// Where the TUI plugs in: no operation on a terminal, or `secretty tui`.
@Suite struct TUISeamTests {
    @Test func noOperationOnATerminalOpensTheTUI() async {
        var harness = Harness()
        harness.stdinIsTerminal = true
        harness.stdoutIsTerminal = true
        let launched = Streams()
        harness.tui = { launch in
            launched.writeOut("readOnly=\(launch.globals.readOnly)")
            return 7
        }
        let result = await harness.runBare(["--read-only"])
        #expect(result.code == 7)
        #expect(launched.out == "readOnly=true")
    }

    @Test func tuiCommandWithoutATUIExits255() async {
        let result = await Harness().runBare(["tui"])
        #expect(result.code == 255)
        #expect(
            result.err
                == "secretty: error: the TUI is not built yet; use the aws secretsmanager operations (secretty help)\n")
    }

    @Test func theTUIOpensTheSelectedBackendThroughTheConnector() async {
        var harness = Harness()
        harness.stdinIsTerminal = true
        harness.stdoutIsTerminal = true
        harness.files["/v.db"] = Data()
        let backend = RecordingBackend()
        let vault = FakeVaultAccess(backend: backend)
        harness.tui = { launch in
            let opened = try await launch.connector.open(launch.globals)
            _ = try await opened.getRandomPassword(GetRandomPasswordRequest())
            return 0
        }
        let result = await harness.runBare(["tui", "--vault", "/v.db"], backend: backend, vault: vault)
        #expect(result.code == 0, "\(result.err)")
        #expect(vault.events == ["open /v.db pw"])
        #expect(backend.calls.count == 1)
    }

    @Test func debugNamesTheBackendAndWhatSelectedIt() async {
        var harness = Harness()
        harness.variables["AWS_PROFILE"] = "work"
        let result = await harness.runBare(["--debug", "get-random-password"], aws: { _, _ in RecordingBackend() })
        #expect(result.code == 0)
        #expect(result.err == "secretty: debug: backend: AWS, selected by AWS_PROFILE\n")
    }
}

/// The backend is prepared before the command line is known to be valid, and answers for itself only where the
/// call opens it.
@Suite struct PreparedBackendTests {
    /// An AWS factory that counts its calls and fails with a configuration error.
    private final class FailingFactory: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var calls: Int { lock.withLock { count } }
        var factory: AWSBackendFactory {
            { _, _ in
                self.lock.withLock { self.count += 1 }
                throw LocalError.configuration("no credentials, from the factory")
            }
        }
    }

    @Test("a usage error is reported, not the prepared backend's failure")
    func usageErrorFirst() async {
        var harness = Harness()
        harness.variables["AWS_PROFILE"] = "work"
        let factory = FailingFactory()
        let result = await harness.runBare(["get-secret-value", "--bogus"], aws: factory.factory)
        #expect(result.code == 252)
        #expect(result.err.hasPrefix("secretty: error: "))
        #expect(!result.err.contains("from the factory"))
        #expect(result.err.split(separator: "\n").count == 1)
    }

    @Test("the factory runs once, and its failure comes after the --debug line, where the call opens the backend")
    func factoryFailureWhereTheCallOpens() async {
        var harness = Harness()
        harness.variables["AWS_PROFILE"] = "work"
        let factory = FailingFactory()
        let result = await harness.runBare(["--debug", "get-secret-value", "--secret-id", "a"], aws: factory.factory)
        #expect(result.code == 253)
        #expect(
            result.err
                == "secretty: debug: backend: AWS, selected by AWS_PROFILE\nsecretty: error: no credentials, from the factory\n"
        )
        #expect(factory.calls == 1)
    }

    @Test("a write is refused by the selected profile's read-only setting before the backend is opened")
    func readOnlyProfileFromThePreparedSelection() async {
        var harness = Harness()
        harness.variables["AWS_PROFILE"] = "prod"
        harness.files["/home/op/.config/secretty/config.yaml"] = Data("profiles:\n  prod: {read_only: true}\n".utf8)
        let factory = FailingFactory()
        let result = await harness.runBare(
            ["--debug", "put-secret-value", "--secret-id", "a", "--secret-string", "v"], aws: factory.factory)
        #expect(result.code == 254)
        #expect(
            result.err
                == "secretty: error: read-only mode (profile prod in config.yaml) refuses PutSecretValue (put-secret-value)\n"
        )
        #expect(factory.calls == 1)
    }

    @Test("preparing a vault neither prints, prompts nor opens; opening it does")
    func preparingAVaultIsQuiet() async throws {
        var harness = Harness()
        let defaultVault = "/home/op/.local/share/secretty/vault.db"
        harness.files[defaultVault] = Data()
        let streams = Streams()
        let backend = RecordingBackend()
        let vault = FakeVaultAccess(backend: backend)
        let connector = BackendConnector(
            environment: harness.environment(streams), awsBackend: AWSBackendSeam.notBuilt, vault: vault)
        let prepared = connector.prepare(GlobalOptions())
        #expect(streams.err.isEmpty && streams.prompts.isEmpty && vault.events.isEmpty)
        _ = try await connector.open(prepared)
        #expect(streams.err == "secretty: using the default vault \(defaultVault)\n")
        #expect(vault.events == ["open \(defaultVault) pw"])
    }
}
