import Foundation
import SecretsCore
import TestSupport
import Testing

@testable import SecrettyCLI

/// The CLI against the real semantics engine (in memory): service behaviour end to end through the grammar.
@Suite struct EngineBackedTests {
    static func engine(clock: TestClock = TestClock()) -> EngineBackend {
        EngineBackend(clock: clock.closure, random: SeededRandomSource())
    }

    @Test func createPutGetThroughTheGrammar() async throws {
        let backend = Self.engine()
        let vault = FakeVaultAccess(backend: backend)
        var harness = Harness()
        harness.timeZone = TimeZone(identifier: "UTC")!
        harness.stdin = Data(#"{"user":"app","password":"n3w"}"#.utf8)
        let created = await harness.run(
            ["create-secret", "--name", "app/db", "--secret-string", "first"], vault: vault)
        #expect(created.code == 0, "\(created.err)")
        let put = await harness.run(
            ["put-secret-value", "--secret-id", "app/db", "--secret-string", "-"], vault: vault)
        #expect(put.code == 0, "\(put.err)")
        let putValue = try JSONValue.parse(put.out)
        #expect(putValue["VersionStages"] == .array([.string("AWSCURRENT")]))

        let got = await harness.run(["get-secret-value", "--secret-id", "app/db", "--query", "x"], vault: vault)
        #expect(got.code == 252)
        let value = await harness.run(["get-secret-value", "--secret-id", "app/db"], vault: vault)
        let json = try JSONValue.parse(value.out)
        guard case .object(let members) = json else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["ARN", "Name", "VersionId", "SecretString", "VersionStages", "CreatedDate"])
        #expect(json["SecretString"] == .string(#"{"user":"app","password":"n3w"}"#))
        #expect(json["CreatedDate"] == .string("2026-01-15T10:30:00+00:00"))

        let previous = await harness.run(
            ["get-secret-value", "--secret-id", "app/db", "--version-stage", "AWSPREVIOUS", "--output", "text"],
            vault: vault)
        #expect(previous.out.contains("\tfirst\t"))
    }

    @Test func serviceRefusalsKeepTheServiceWords() async {
        let vault = FakeVaultAccess(backend: Self.engine())
        let missing = await Harness().run(["describe-secret", "--secret-id", "nope"], vault: vault)
        #expect(missing.code == 254)
        #expect(missing.out.isEmpty)
        #expect(
            missing.err
                == "An error occurred (ResourceNotFoundException) when calling the DescribeSecret operation: Secrets Manager can't find the specified secret.\n"
        )
    }

    @Test func idempotentRetryWithTheSameToken() async throws {
        let vault = FakeVaultAccess(backend: Self.engine())
        let harness = Harness()
        _ = await harness.run(["create-secret", "--name", "s", "--secret-string", "a"], vault: vault)
        let token = "0123456789abcdef0123456789abcdef"
        let first = await harness.run(
            ["put-secret-value", "--secret-id", "s", "--secret-string", "b", "--client-request-token", token],
            vault: vault)
        let again = await harness.run(
            ["put-secret-value", "--secret-id", "s", "--secret-string", "b", "--client-request-token", token],
            vault: vault)
        #expect(first.code == 0 && again.code == 0)
        #expect(first.out == again.out)
        let clash = await harness.run(
            ["put-secret-value", "--secret-id", "s", "--secret-string", "c", "--client-request-token", token],
            vault: vault)
        #expect(clash.code == 254)
        #expect(
            clash.err.hasPrefix(
                "An error occurred (ResourceExistsException) when calling the PutSecretValue operation: "))
    }

    @Test func listSecretsFollowsTheEnginesPages() async throws {
        let vault = FakeVaultAccess(backend: Self.engine())
        let harness = Harness()
        for i in 0..<5 {
            let r = await harness.run(["create-secret", "--name", "s\(i)", "--secret-string", "v"], vault: vault)
            #expect(r.code == 0, "\(r.err)")
        }
        let all = await harness.run(["list-secrets", "--page-size", "2", "--query", "q"], vault: vault)
        #expect(all.code == 252)
        let listed = await harness.run(["list-secrets", "--page-size", "2", "--output", "text"], vault: vault)
        #expect(listed.out.split(separator: "\n").filter { $0.hasPrefix("SECRETLIST\t") }.count == 5)
        let cut = await harness.run(["list-secrets", "--max-items", "3", "--page-size", "2"], vault: vault)
        let value = try JSONValue.parse(cut.out)
        guard case .array(let first) = value["SecretList"], let token = value["NextToken"]?.stringValue else {
            Issue.record("no page: \(cut.out) \(cut.err)")
            return
        }
        #expect(first.count == 3)
        let rest = await harness.run(["list-secrets", "--starting-token", token, "--page-size", "2"], vault: vault)
        guard case .array(let second) = try JSONValue.parse(rest.out)["SecretList"] else {
            Issue.record("no rest: \(rest.err)")
            return
        }
        let names = (first + second).compactMap { $0["Name"]?.stringValue }
        #expect(Set(names) == Set((0..<5).map { "s\($0)" }))
        #expect(names.count == 5)
    }
}

/// The demo data, seeded through the service's operations.
@Suite struct DemoSeederTests {
    @Test func seedsRealisticSecrets() async throws {
        let backend = EngineBackend(clock: TestClock().closure, random: SeededRandomSource())
        let summary = try await DemoSeeder(random: SeededRandomSource(seed: 7)).seed(backend)
        #expect(summary.secrets.map(\.name) == DemoSeeder.names)

        let listed = try await backend.listSecrets(ListSecretsRequest(includePlannedDeletion: true))
        #expect(listed.secretList.count == DemoSeeder.names.count)
        let visible = try await backend.listSecrets(ListSecretsRequest())
        #expect(visible.secretList.count == DemoSeeder.names.count - 1)

        let db = try await backend.describeSecret(DescribeSecretRequest(secretId: "prod/db/postgres"))
        let stages = db.versionIdsToStages ?? [:]
        let labels = stages.values.flatMap { $0 }
        for label in ["AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", "blue", "green"] {
            #expect(labels.contains(label), "\(label)")
        }
        let versions = try await backend.listSecretVersionIds(
            ListSecretVersionIdsRequest(secretId: "prod/db/postgres", includeDeprecated: true))
        #expect(versions.versions.count == 5)
        #expect(db.tags?.contains(Tag(key: "owner", value: "データ基盤チーム")) == true)

        // The rollback moved AWSCURRENT back to the version labelled blue; the later put moved it on to green.
        let current = try await backend.getSecretValue(GetSecretValueRequest(secretId: "prod/db/postgres"))
        #expect(stages[current.versionId]?.contains("green") == true)
        let journal = try await backend.labelHistory(secretId: "prod/db/postgres")
        #expect(journal.contains { $0.label == "AWSCURRENT" && $0.operation == "UpdateSecretVersionStage" })

        let binary = try await backend.getSecretValue(GetSecretValueRequest(secretId: "certs/edge-tls-key"))
        #expect(binary.secretBinary?.count == 256)
        let motd = try await backend.getSecretValue(GetSecretValueRequest(secretId: "app/motd"))
        #expect(motd.secretString?.contains("🚀") == true)
        let deleted = try await backend.describeSecret(DescribeSecretRequest(secretId: "legacy/ftp-password"))
        #expect(deleted.deletedDate != nil)
    }

    @Test func demoCommandCreatesSeedsAndSummarises() async throws {
        let backend = EngineBackend(clock: TestClock().closure, random: SeededRandomSource())
        let vault = FakeVaultAccess(backend: backend)
        var harness = Harness()
        harness.variables["XDG_DATA_HOME"] = "/xdg"
        let result = await harness.runBare(["demo"], vault: vault)
        #expect(result.code == 0, "\(result.err)")
        #expect(
            vault.events == [
                "create /xdg/secretty/demo.db secretty-demo us-east-1 000000000000 12",
                "open /xdg/secretty/demo.db secretty-demo",
            ])
        #expect(result.out.hasPrefix("Demo vault: /xdg/secretty/demo.db (created)\nPassphrase: secretty-demo\n"))
        #expect(result.out.contains("  prod/db/postgres\t5 versions\t"))
        #expect(result.out.contains("legacy/ftp-password\t1 version\tAWSCURRENT\tscheduled for deletion"))
    }
}
