import ArgumentParser
import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// The command line parsed ahead of the run keeps what the run reports, in the run's order.
@Suite struct ParsedCommandLineTests {
    @Test("global options are split off and the rest is parsed into its command")
    func parsesTheOperation() throws {
        let parsed = ParsedCommandLine(["--region", "eu-west-1", "get-secret-value", "--secret-id", "app/db"])
        let scanned = try parsed.scanned.get()
        #expect(scanned.globals.region == "eu-west-1")
        #expect(scanned.rest == ["get-secret-value", "--secret-id", "app/db"])
        let command = try #require(try parsed.command?.get() as? GetSecretValueCommand)
        #expect(command.secretId == "app/db")
        #expect(command.versionId == nil)
    }

    @Test("a bad global option is kept as the scan's failure and nothing is parsed")
    func keepsTheScanFailure() {
        let parsed = ParsedCommandLine(["--output", "xml", "list-secrets"])
        #expect(throws: LocalError.self) { try parsed.scanned.get() }
        #expect(parsed.command == nil)
    }

    @Test("no words after the global options: nothing to parse (the TUI)")
    func nothingToParse() throws {
        let parsed = ParsedCommandLine(["--vault", "v.db"])
        #expect(try parsed.scanned.get().rest.isEmpty)
        #expect(parsed.command == nil)
    }

    @Test("a parse failure is kept for the run to report")
    func keepsTheParseFailure() throws {
        let parsed = ParsedCommandLine(["get-secret-value"])
        let failure = try #require(parsed.command)
        #expect(throws: (any Error).self) { try failure.get() }
        #expect(SecrettyCommand.message(for: failure.error!).contains("--secret-id"))
    }

    @Test("a handoff delivers the value to a task that waited for it and to one that came late")
    func handoff() async throws {
        let early = Handoff<Int>()
        async let waited = early.value
        try await Task.sleep(for: .milliseconds(20))
        early.supply(7)
        #expect(await waited == 7)

        let late = Handoff<String>()
        late.supply("ready")
        #expect(await late.value == "ready")
        #expect(await late.value == "ready")
    }
}

extension Result {
    fileprivate var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
