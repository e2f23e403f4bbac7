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
        #expect(result.err == "secretty: error: the TUI is not built yet; use the aws secretsmanager operations (secretty help)\n")
    }
}
