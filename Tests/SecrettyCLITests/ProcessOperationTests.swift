import Foundation
import SecretsCore
import Testing

/// The binary on a real vault, as a script would use it: values from stdin and files, the service's response
/// shapes, timestamps in the local zone, errors on stderr with the exit codes of aws CLI v2.
@Suite struct ProcessOperationTests {
    /// A process environment with a fresh low-cost vault at the default path.
    static func withVault() throws -> SecrettyProcess {
        var process = try SecrettyProcess()
        process.environment["SECRETTY_PASSPHRASE"] = "pw"
        let created = try process.run(["vault", "init", "--kdf-log-n", "10"])
        #expect(created.code == 0, "\(created.err)")
        return process
    }

    static func keys(_ value: JSONValue) -> [String] { value.objectMembersForTest.map(\.key) }

    static func json(_ result: SecrettyProcess.Result) throws -> JSONValue {
        try JSONValue.parse(Array(result.out))
    }

    @Test func createPutGetWithStdinAndFiles() throws {
        let process = try Self.withVault()
        defer { process.cleanUp() }
        let vault = process.path("data") + "/secretty/vault.db"

        let created = try process.run(
            [
                "create-secret", "--name", "app/db", "--secret-string", "-", "--description", "Base de données",
                "--tags", "Key=env,Value=prod", "Key=owner,Value=データ",
            ], stdin: Data(#"{"user":"app","password":"first"}"#.utf8))
        #expect(created.code == 0, "\(created.err)")
        #expect(created.err == "secretty: using the default vault \(vault)\n")
        let createdJSON = try Self.json(created)
        #expect(Self.keys(createdJSON) == ["ARN", "Name", "VersionId"])
        #expect(createdJSON["Name"] == .string("app/db"))
        #expect(
            createdJSON["ARN"]?.stringValue?.hasPrefix("arn:aws:secretsmanager:us-east-1:000000000000:secret:app/db-")
                == true)

        try process.write("value.json", Data("{\"user\":\"app\",\"password\":\"second\"}\n".utf8))
        let put = try process.run([
            "put-secret-value", "--secret-id", "app/db", "--secret-string", "file://" + process.path("value.json"),
        ])
        #expect(put.code == 0, "\(put.err)")
        let putJSON = try Self.json(put)
        #expect(Self.keys(putJSON) == ["ARN", "Name", "VersionId", "VersionStages"])
        #expect(putJSON["VersionStages"] == .array([.string("AWSCURRENT")]))

        let got = try process.run(["get-secret-value", "--secret-id", "app/db"])
        #expect(got.code == 0, "\(got.err)")
        let gotJSON = try Self.json(got)
        #expect(Self.keys(gotJSON) == ["ARN", "Name", "VersionId", "SecretString", "VersionStages", "CreatedDate"])
        #expect(gotJSON["SecretString"] == .string("{\"user\":\"app\",\"password\":\"second\"}\n"))
        let created8601 = try #require(gotJSON["CreatedDate"]?.stringValue)
        #expect(created8601.hasSuffix("+01:00"), "TZ=Europe/Paris in November: \(created8601)")
        #expect(
            created8601.count == "2026-11-29T10:58:56.123000+01:00".count
                || created8601.count == "2026-11-29T10:58:56+01:00".count)

        let previous = try process.run([
            "get-secret-value", "--secret-id", "app/db", "--version-stage", "AWSPREVIOUS", "--output", "text",
        ])
        #expect(previous.outText.contains("\t{\"user\":\"app\",\"password\":\"first\"}\t"))

        let described = try process.run(["describe-secret", "--secret-id", "app/db"])
        let describedJSON = try Self.json(described)
        #expect(describedJSON["Description"] == .string("Base de données"))
        #expect(
            describedJSON["Tags"]?.compactText() == #"[{"Key":"env","Value":"prod"},{"Key":"owner","Value":"データ"}]"#)
        guard case .object(let stages) = describedJSON["VersionIdsToStages"] else {
            Issue.record("no VersionIdsToStages: \(described.outText)")
            return
        }
        #expect(stages.count == 2)
    }

    @Test func queryAsScriptsUseIt() throws {
        let process = try Self.withVault()
        defer { process.cleanUp() }
        #expect(
            try process.run(["create-secret", "--name", "app/db", "--secret-string", #"{"password":"p@ss\tword"}"#])
                .code == 0)
        let value = try process.run([
            "get-secret-value", "--secret-id", "app/db", "--query", "SecretString", "--output", "text",
        ])
        #expect(value.code == 0, "\(value.err)")
        #expect(value.outText == #"{"password":"p@ss\tword"}"# + "\n")
        let names = try process.run(["list-secrets", "--query", "SecretList[].Name", "--output", "json"])
        #expect(try JSONValue.parse(Array(names.out)) == .array([.string("app/db")]))
        let stages = try process.run(["--query", "VersionStages[0]", "get-secret-value", "--secret-id", "app/db"])
        #expect(stages.outText == "\"AWSCURRENT\"\n")
        let bad = try process.run(["get-secret-value", "--secret-id", "app/db", "--query", "SecretString[?"])
        #expect(bad.code == 252)
        #expect(bad.out.isEmpty)
        #expect(bad.err.split(separator: "\n").count == 1)
    }

    @Test func binaryRoundTripsThroughFileb() throws {
        let process = try Self.withVault()
        defer { process.cleanUp() }
        let bytes = Data((0...255).map { UInt8($0) })
        try process.write("key.der", bytes)
        let created = try process.run([
            "create-secret", "--name", "certs/key", "--secret-binary", "fileb://" + process.path("key.der"),
        ])
        #expect(created.code == 0, "\(created.err)")
        let got = try process.run(["get-secret-value", "--secret-id", "certs/key"])
        let json = try Self.json(got)
        #expect(json["SecretBinary"] == .string(bytes.base64EncodedString()))
        #expect(json["SecretString"] == nil)
    }

    @Test func labelsDeletionAndTags() throws {
        let process = try Self.withVault()
        defer { process.cleanUp() }
        #expect(try process.run(["create-secret", "--name", "s", "--secret-string", "v1"]).code == 0)
        let v2 = try Self.json(
            try process.run([
                "put-secret-value", "--secret-id", "s", "--secret-string", "v2", "--version-stages", "blue",
            ]))
        let v2Id = try #require(v2["VersionId"]?.stringValue)
        let moved = try process.run([
            "update-secret-version-stage", "--secret-id", "s", "--version-stage", "canary", "--move-to-version-id",
            v2Id,
        ])
        #expect(moved.code == 0, "\(moved.err)")
        #expect(Self.keys(try Self.json(moved)) == ["ARN", "Name"])
        let versions = try Self.json(try process.run(["list-secret-version-ids", "--secret-id", "s"]))
        #expect(Self.keys(versions) == ["Versions", "ARN", "Name"])

        let tagged = try process.run(["tag-resource", "--secret-id", "s", "--tags", #"[{"Key":"team","Value":"ops"}]"#])
        #expect(tagged.code == 0)
        #expect(tagged.out.isEmpty)
        #expect(try process.run(["untag-resource", "--secret-id", "s", "--tag-keys", "team"]).code == 0)

        let deleted = try process.run(["delete-secret", "--secret-id", "s", "--recovery-window-in-days", "7"])
        #expect(deleted.code == 0, "\(deleted.err)")
        let deletedJSON = try Self.json(deleted)
        #expect(Self.keys(deletedJSON) == ["ARN", "Name", "DeletionDate"])
        #expect(deletedJSON["DeletionDate"]?.stringValue?.hasSuffix("+01:00") == true)
        let hidden = try Self.json(try process.run(["list-secrets"]))
        #expect(hidden["SecretList"] == .array([]))
        let restored = try process.run(["restore-secret", "--secret-id", "s"])
        #expect(restored.code == 0)
        let listed = try process.run(["list-secrets", "--output", "text"])
        #expect(listed.outText.hasPrefix("SECRETLIST\t"))
    }

    @Test func refusalsGoToStderrWith254AndNothingOnStdout() throws {
        let process = try Self.withVault()
        defer { process.cleanUp() }
        let missing = try process.run(["get-secret-value", "--secret-id", "nope"])
        #expect(missing.code == 254)
        #expect(missing.out.isEmpty)
        #expect(
            missing.err.hasSuffix(
                "An error occurred (ResourceNotFoundException) when calling the GetSecretValue operation: Secrets Manager can't find the specified secret.\n"
            ))
        let wrong = try process.run(["list-secrets"], extraEnvironment: ["SECRETTY_PASSPHRASE": "nope"])
        #expect(wrong.code == 253)
        #expect(wrong.out.isEmpty)
    }

    @Test func passwordsPagingAndBatch() throws {
        let process = try Self.withVault()
        defer { process.cleanUp() }
        let password = try Self.json(
            try process.run(["get-random-password", "--password-length", "24", "--exclude-punctuation"]))
        #expect(password["RandomPassword"]?.stringValue?.count == 24)
        for name in ["a", "b", "c"] {
            #expect(try process.run(["create-secret", "--name", name, "--secret-string", "v-\(name)"]).code == 0)
        }
        let first = try Self.json(try process.run(["list-secrets", "--max-items", "2", "--page-size", "1"]))
        let token = try #require(first["NextToken"]?.stringValue)
        let rest = try Self.json(try process.run(["list-secrets", "--starting-token", token]))
        guard case .array(let a) = first["SecretList"], case .array(let b) = rest["SecretList"] else {
            Issue.record("no lists")
            return
        }
        #expect(Set((a + b).compactMap { $0["Name"]?.stringValue }) == ["a", "b", "c"])
        let batch = try Self.json(try process.run(["batch-get-secret-value", "--secret-id-list", "a", "c"]))
        #expect(Self.keys(batch) == ["SecretValues", "Errors"])
        guard case .array(let values) = batch["SecretValues"] else {
            Issue.record("no values")
            return
        }
        #expect(values.compactMap { $0["SecretString"]?.stringValue }.sorted() == ["v-a", "v-c"])
        let table = try process.run(["describe-secret", "--secret-id", "a", "--output", "table"])
        #expect(table.outText.contains("DescribeSecret"))
    }

    @Test func demoCreatesItsVaultOnceAndPrintsItsPassphrase() throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        let first = try process.run(["demo"])
        #expect(first.code == 0, "\(first.err)")
        #expect(first.outText.contains("Passphrase: secretty-demo"))
        #expect(first.outText.contains("(created)"))
        #expect(first.outText.contains("The demo vault holds:"))
        #expect(first.outText.contains("prod/db/postgres"))
        let second = try process.run(["demo"])
        #expect(second.code == 0)
        #expect(!second.outText.contains("(created)"))
        let listed = try process.run(
            [
                "--vault", process.path("data") + "/secretty/demo.db", "list-secrets", "--include-planned-deletion",
                "--output", "text",
            ],
            extraEnvironment: ["SECRETTY_PASSPHRASE": "secretty-demo"])
        #expect(listed.outText.split(separator: "\n").filter { $0.hasPrefix("SECRETLIST") }.count == 7)
    }
}

extension JSONValue {
    fileprivate var objectMembersForTest: [(key: String, value: JSONValue)] {
        if case .object(let members) = self { return members }
        return []
    }
}
