import Foundation
import GRDB
import SecretsCore
import Testing

@testable import Vault

#if canImport(Glibc)
    import Glibc
#endif

/// Real processes on one vault file: `vault-stress` children killed with SIGKILL at random moments, and two
/// children writing at once. Build the executable first (`swift build --build-tests` builds it).
@Suite("Vault: crashes and concurrent processes", .serialized)
struct VaultProcessTests {
    /// One write a child reported done.
    struct ReportedWrite: Hashable {
        var versionId: String
        var name: String
        var counter: Int
    }

    /// A running `vault-stress` child with its output files.
    final class Child {
        let process = Process()
        let stdoutPath: String
        let stderrPath: String

        init(directory: TemporaryDirectory, tag: String, arguments: [String]) throws {
            stdoutPath = directory.file("\(tag).out")
            stderrPath = directory.file("\(tag).err")
            _ = FileManager.default.createFile(atPath: stdoutPath, contents: nil)
            _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
            process.executableURL = try VaultProcessTests.stressExecutable()
            process.arguments = arguments
            process.environment = ["SECRETTY_PASSPHRASE": VaultFixture.passphrase, "PATH": "/usr/bin:/bin"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
            process.standardError = FileHandle(forWritingAtPath: stderrPath)
            try process.run()
        }

        /// The whole lines the child wrote to stdout so far, as fields (a line cut by a kill does not count).
        var lines: [[String]] {
            let text = String(decoding: FileManager.default.contents(atPath: stdoutPath) ?? Data(), as: UTF8.self)
            return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
                line.split(separator: "\t").map(String.init)
            }
        }

        /// The writes the child reported done.
        var reported: [ReportedWrite] {
            lines.compactMap { fields in
                guard fields.count == 3, fields[0] != "passphrase", let counter = Int(fields[2]) else { return nil }
                return ReportedWrite(versionId: fields[0], name: fields[1], counter: counter)
            }
        }

        /// The passphrase changes the child reported done: `true` when the first passphrase is in effect after it.
        var passphraseChanges: [Bool] {
            lines.compactMap { fields in
                guard fields.count == 3, fields[0] == "passphrase" else { return nil }
                return fields[2] == "first"
            }
        }

        /// The child's stderr lines.
        var errors: [String] {
            String(decoding: FileManager.default.contents(atPath: stderrPath) ?? Data(), as: UTF8.self)
                .split(separator: "\n").map(String.init)
        }
    }

    /// The `vault-stress` executable next to the test bundle, or in `.build/debug`.
    static func stressExecutable() throws -> URL {
        let nextToTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("vault-stress")
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for candidate in [nextToTests, packageRoot.appendingPathComponent(".build/debug/vault-stress")]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        throw LocalError.failure("vault-stress is not built: run 'swift build --build-tests' first")
    }

    /// Polls a condition every millisecond until it holds or the deadline passes.
    static func poll(deadline seconds: Double, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition() { return true }
            usleep(1_000)
        }
        return condition()
    }

    /// Every version id of the given secrets, deprecated ones included.
    static func versionIds(in vault: VaultBackend, names: Set<String>) async throws -> Set<String> {
        var ids: Set<String> = []
        for name in names {
            let response = try await vault.listSecretVersionIds(
                ListSecretVersionIdsRequest(secretId: name, maxResults: 100, includeDeprecated: true))
            #expect(response.nextToken == nil)
            ids.formUnion(response.versions.map(\.versionId))
        }
        return ids
    }

    // MARK: - Crash

    @Test("SIGKILL at 50 random moments never loses a reported write nor damages the vault")
    func killedWriters() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        _ = try VaultFixture.makeVault(in: directory)
        var reported: [ReportedWrite] = []
        var killedBySignal = 0
        var killedMidRun = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<50 {
            // 40 secrets, at most 60 writes a run: at most 75 versions a secret, below the service's 100.
            let child = try Child(
                directory: directory, tag: "round-\(round)",
                arguments: [path, "--secrets", "40", "--writes", "60", "--start", String(reported.count)])
            let target = Int.random(in: 0...6, using: &generator)
            _ = Self.poll(deadline: 30) { child.reported.count >= target || !child.process.isRunning }
            usleep(UInt32.random(in: 0...4_000, using: &generator))
            if child.process.isRunning {
                kill(child.process.processIdentifier, SIGKILL)
                killedMidRun += 1
            }
            child.process.waitUntilExit()
            if child.process.terminationReason == .uncaughtSignal { killedBySignal += 1 }
            #expect(child.errors.isEmpty, "round \(round): \(child.errors)")
            let done = child.reported
            reported += done

            let vault = try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
            let report = try vault.check()
            #expect(report.isIntact, "round \(round): \(report.damaged) \(report.vaultProblems)")
            let present = try await Self.versionIds(in: vault, names: Set(reported.map(\.name)))
            let missing = reported.filter { !present.contains($0.versionId) }
            #expect(missing.isEmpty, "round \(round): reported writes missing after the kill: \(missing)")
            if let last = done.last {
                let value = try await vault.getSecretValue(
                    GetSecretValueRequest(secretId: last.name, versionId: last.versionId))
                #expect(value.secretString == "{\"writer\":\"writer\",\"counter\":\(last.counter)}")
            }
        }
        #expect(killedBySignal >= 50)
        #expect(killedMidRun >= 50)
        #expect(reported.count > 50, "the children wrote \(reported.count) times over 50 runs")
        #expect(Set(reported.map(\.versionId)).count == reported.count)
    }

    @Test("SIGKILL during passphrase changes leaves the vault under exactly one of the two passphrases")
    func killedPassphraseChanges() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        let other = "the other passphrase"
        _ = try VaultFixture.makeVault(in: directory)
        var reported: [ReportedWrite] = []
        var changes = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            let child = try Child(
                directory: directory, tag: "passwd-\(round)",
                arguments: [
                    path, "--secrets", "10", "--writes", "40", "--start", String(reported.count),
                    "--alternate-passphrase", other,
                ])
            let target = Int.random(in: 1...4, using: &generator)
            _ = Self.poll(deadline: 30) { child.passphraseChanges.count >= target || !child.process.isRunning }
            usleep(UInt32.random(in: 0...6_000, using: &generator))
            kill(child.process.processIdentifier, SIGKILL)
            child.process.waitUntilExit()
            #expect(child.errors.isEmpty, "round \(round): \(child.errors)")
            reported += child.reported
            changes += child.passphraseChanges.count

            let first = Result { try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase) }
            let second = Result { try VaultBackend.open(path: path, passphrase: other) }
            let opened = [first, second].compactMap { try? $0.get() }
            #expect(opened.count == 1, "round \(round): exactly one passphrase must open the vault")
            let vault = try #require(opened.first)
            #expect(try vault.check().isIntact, "round \(round)")
            let present = try await Self.versionIds(in: vault, names: Set(reported.map(\.name)))
            #expect(reported.allSatisfy { present.contains($0.versionId) }, "round \(round)")
        }
        #expect(changes >= 20, "the children changed the passphrase \(changes) times over 20 runs")
    }

    // MARK: - Concurrency

    @Test("two processes writing the same secrets at once lose nothing and only ever report busy")
    func concurrentWriters() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        _ = try VaultFixture.makeVault(in: directory)
        let children = try ["a", "b"].map { writer in
            try Child(
                directory: directory, tag: writer,
                arguments: [path, "--secrets", "20", "--writes", "300", "--writer", writer, "--pause-ms", "3"])
        }
        for child in children { child.process.waitUntilExit() }
        for child in children {
            #expect(child.process.terminationReason == .exit)
            #expect(child.process.terminationStatus == 0, "\(child.errors)")
            for line in child.errors {
                #expect(line.hasPrefix("busy: ") && line.contains("vault is busy (held by another process)"), "\(line)")
            }
            #expect(child.reported.count == 300)
        }
        let reported = children.flatMap(\.reported)
        let vault = try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        #expect(try vault.check().isIntact)
        let names = Set(reported.map(\.name))
        #expect(names.count == 20)
        let present = try await Self.versionIds(in: vault, names: names)
        #expect(Set(reported.map(\.versionId)).isSubset(of: present))
        // Each secret: its initial version plus every write to it.
        #expect(present.count == 20 + 600)
        // The two writers really interleaved: their versions alternate within the secrets more than once each.
        // (Each pauses 3 ms between writes, as a real client would: a writer that never pauses keeps winning
        // the lock and the other waits in SQLite's busy handler until it finishes.)
        var writerOf: [String: String] = [:]
        for (writer, child) in zip(["a", "b"], children) {
            for write in child.reported { writerOf[write.versionId] = writer }
        }
        let records = try vault.readSync { try $0.allRecords() }
        let switches = records.map { record in
            let writers = record.versions.compactMap { writerOf[$0.versionId] }
            return zip(writers, writers.dropFirst()).filter { $0 != $1 }.count
        }.reduce(0, +)
        #expect(switches > 20, "the writers took turns only \(switches) times")
    }
}
