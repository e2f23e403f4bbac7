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

    @Test(
        "an operation parsed on its own is the command the root parse makes",
        arguments: [
            ["get-secret-value", "--secret-id", "app/db", "--version-stage", "AWSPREVIOUS"],
            ["put-secret-value", "--secret-id", "a", "--secret-string", "{\"k\":1}", "--version-stages", "X", "Y"],
            ["create-secret", "--name", "n", "--tags", "Key=a,Value=b", "--no-force-overwrite-replica-secret"],
            ["list-secrets", "--filters", "Key=name,Values=app", "--max-results", "5", "--sort-order", "asc"],
            ["update-secret-version-stage", "--secret-id", "s", "--version-stage", "L", "--move-to-version-id", "v"],
            ["get-random-password", "--password-length", "40", "--exclude-punctuation"],
            ["delete-secret", "--secret-id", "s", "--force-delete-without-recovery"],
        ])
    func operationParsedOnItsOwn(words: [String]) throws {
        let direct = try ParsedCommandLine.parse(words).get()
        let root = try SecrettyCommand.parseAsRoot(words)
        #expect(type(of: direct) == type(of: root))
        #expect(String(reflecting: direct) == String(reflecting: root))
    }

    @Test(
        "what an operation refuses on its own is the root's to answer: help, completion scripts, usage errors",
        arguments: [
            ["get-secret-value", "--help"], ["list-secrets", "-h"], ["get-secret-value"],
            ["get-secret-value", "--secret-id", "a", "--bogus"], ["list-secrets", "--generate-completion-script", "bash"],
        ])
    func refusalsGoToTheRoot(words: [String]) {
        /// A parse's outcome as the run sees it: the command made, or the message and exit code of its error.
        func outcome(_ result: Result<any ParsableCommand, any Error>) -> String {
            switch result {
            case .success(let command):
                return "command \(String(reflecting: command))"
            case .failure(let error):
                return "exit \(SecrettyCommand.exitCode(for: error)): \(SecrettyCommand.fullMessage(for: error))"
            }
        }
        #expect(outcome(ParsedCommandLine.parse(words)) == outcome(Result { try SecrettyCommand.parseAsRoot(words) }))
    }

    @Test("an operation's help reads secretty OPERATION whichever command it is asked of")
    func operationHelpNamesSecretty() {
        for operation in SecrettyCommand.operationCommands {
            let name = operation.configuration.commandName ?? ""
            #expect(operation.helpMessage().contains("USAGE: secretty \(name)"), "\(name)")
            #expect(SecrettyCommand.helpMessage(for: operation).contains("USAGE: secretty \(name)"), "\(name)")
        }
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
