import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// The TUI's offer to create a missing vault, through its injected prompts.
@Suite struct VaultCreationOfferTests {
    /// An environment whose files are `existing` and whose hidden prompt answers `secrets` in turn.
    func environment(existing: Set<String>, secrets: [String], streams: Streams) -> CLIEnvironment {
        let answers = Answers(secrets)
        return CLIEnvironment(
            variables: ["HOME": "/home/op"], readFile: { _ in nil }, fileExists: { existing.contains($0) },
            readStandardInput: { Data() }, writeOutput: streams.writeOut, writeError: streams.writeErr,
            stdoutIsTerminal: true, stdinIsTerminal: true, terminalWidth: 80, timeZone: .gmt, homeDirectory: "/home/op",
            runCommand: { _ in Data() },
            promptSecret: { prompt in
                streams.prompted(prompt)
                return answers.next()
            })
    }

    /// Answers handed out in order.
    final class Answers: @unchecked Sendable {
        private let lock = NSLock()
        private var remaining: [String]
        init(_ answers: [String]) { remaining = answers }
        func next() -> String? { lock.withLock { remaining.isEmpty ? nil : remaining.removeFirst() } }
    }

    @Test func yesAsksThePassphraseTwiceAndCreatesWithTheDefaultCost() async throws {
        let streams = Streams()
        let vault = FakeVaultAccess(backend: RecordingBackend())
        let questions = Answers([])
        let asked = Streams()
        let offer = VaultCreationOffer(
            environment: environment(existing: [], secrets: ["s3cret", "s3cret"], streams: streams), vault: vault,
            askLine: { question in
                asked.writeOut(question)
                return questions.next() ?? "y"
            })
        let passphrase = try await offer.createIfMissing(path: "/tmp/none/v.db", passphraseFile: nil)
        #expect(passphrase == "s3cret")
        #expect(asked.out == "No vault at /tmp/none/v.db. Create it? [y/N] ")
        #expect(streams.prompts == ["Vault passphrase: ", "Repeat vault passphrase: "])
        #expect(vault.events == ["create /tmp/none/v.db s3cret us-east-1 000000000000 default"])
        #expect(streams.err == "secretty: created vault /tmp/none/v.db\n")
    }

    @Test(arguments: ["n", "", "nope"])
    func anythingButYesDeclines(answer: String) async throws {
        let streams = Streams()
        let vault = FakeVaultAccess(backend: RecordingBackend())
        let offer = VaultCreationOffer(
            environment: environment(existing: [], secrets: ["a", "a"], streams: streams), vault: vault,
            askLine: { _ in answer })
        await #expect(throws: LocalError.configuration("no vault at /v.db; create one with `secretty vault init`")) {
            try await offer.createIfMissing(path: "/v.db", passphraseFile: nil)
        }
        #expect(vault.events.isEmpty)
        #expect(streams.prompts.isEmpty)
    }

    @Test func differentPassphrasesCreateNothing() async throws {
        let streams = Streams()
        let vault = FakeVaultAccess(backend: RecordingBackend())
        let offer = VaultCreationOffer(
            environment: environment(existing: [], secrets: ["one", "two"], streams: streams), vault: vault,
            askLine: { _ in "yes" })
        await #expect(throws: LocalError.configuration("the two passphrases differ")) {
            try await offer.createIfMissing(path: "/v.db", passphraseFile: nil)
        }
        #expect(vault.events.isEmpty)
    }

    @Test func anExistingVaultIsNotOffered() async throws {
        let streams = Streams()
        let vault = FakeVaultAccess(backend: RecordingBackend())
        let offer = VaultCreationOffer(
            environment: environment(existing: ["/v.db"], secrets: [], streams: streams), vault: vault,
            askLine: { _ in
                Issue.record("asked")
                return "y"
            })
        #expect(try await offer.createIfMissing(path: "/v.db", passphraseFile: nil) == nil)
        #expect(vault.events.isEmpty)
    }
}
