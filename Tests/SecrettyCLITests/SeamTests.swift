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
