import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// `--output json|text|table` on fixed responses, timestamps in a fixed zone, terminal safety.
@Suite struct OutputFormatTests {
    @Test func jsonIsPrettyWithServiceNamesAndLocalTimestamps() async {
        let result = await Harness().run(["get-secret-value", "--secret-id", "app/db"])
        #expect(result.code == 0)
        #expect(result.err.isEmpty)
        #expect(
            result.out == """
                {
                    "ARN": "arn:aws:secretsmanager:us-east-1:000000000000:secret:app/db-AbCdEf",
                    "Name": "app/db",
                    "VersionId": "11111111-2222-4333-8444-555555555555",
                    "SecretString": "{\\"user\\":\\"app\\",\\"password\\":\\"pw\\"}",
                    "VersionStages": [
                        "AWSCURRENT"
                    ],
                    "CreatedDate": "2026-11-29T10:58:56.123000+01:00"
                }

                """)
    }

    @Test func jsonEscapesControlsAndIsByteExactWhenParsed() async throws {
        let backend = RecordingBackend()
        let hostile = "a\u{1B}]52;c;eA==\u{07}b\u{9B}c\u{202E}d\u{7F}\n"
        backend.secretValue.secretString = hostile
        let result = await Harness().run(["get-secret-value", "--secret-id", "app/db"], backend: backend)
        #expect(result.out.contains(#""SecretString": "a\u001b]52;c;eA==\u0007b\u009bc\u202ed\u007f\n""#))
        #expect(!result.out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
        #expect(try JSONValue.parse(result.out)["SecretString"] == .string(hostile))
    }

    @Test func emptyResponsePrintsNothing() async {
        let result = await Harness().run(["tag-resource", "--secret-id", "x", "--tags", "Key=a,Value=b"])
        #expect(result.code == 0)
        #expect(result.out.isEmpty)
    }

    @Test func textFollowsTheAWSCLIRules() async {
        let result = await Harness().run(["describe-secret", "--secret-id", "app/db", "--output", "text"])
        #expect(
            result.out == """
                arn:aws:secretsmanager:us-east-1:000000000000:secret:app/db-AbCdEf\t2026-11-28T22:06:40.500000+01:00\tBase de données\t2026-11-29T10:58:56+01:00\tapp/db
                TAGS\tenv\tprod
                V1\tAWSPREVIOUS
                V2\tAWSCURRENT

                """)
    }

    @Test func textPassesControlsThroughWhenPipedAndEscapesThemOnATerminal() async {
        let backend = RecordingBackend()
        backend.secretValue.secretString = "x\u{1B}[2Jy"
        var harness = Harness()
        let piped = await harness.run(["get-secret-value", "--secret-id", "a", "--output", "text"], backend: backend)
        #expect(piped.out.contains("\tx\u{1B}[2Jy\t"))
        harness.stdoutIsTerminal = true
        let shown = await harness.run(["get-secret-value", "--secret-id", "a", "--output", "text"], backend: backend)
        #expect(shown.out.contains("\tx\\e[2Jy\t"))
        #expect(!shown.out.contains("\u{1B}"))
    }

    @Test func textOfAScalarListAndNulls() {
        let formatter = TextFormatter(sanitize: { $0 })
        #expect(formatter.format(.array([.string("a"), .string("b")])) == "a\tb\n")
        #expect(formatter.format(.null) == "None\n")
        #expect(formatter.format(.bool(true)) == "True\n")
        let list = JSONValue.object([
            ("L", .array([.object([("B", .integer(1)), ("A", .string("x"))]), .object([("A", .string("y"))])]))
        ])
        #expect(formatter.format(list) == "L\tx\t1\nL\ty\t\n")
    }

    /// Expected outputs in `Fixtures/` were produced by the aws CLI's own formatters on the same JSON.
    @Test(arguments: [
        ("list-secrets.json", "table", 80, "ListSecrets", "list-secrets.table80.txt"),
        ("list-secrets.json", "table", 60, "ListSecrets", "list-secrets.table60.txt"),
        ("list-secrets.json", "text", 80, "ListSecrets", "list-secrets.text.txt"),
        ("put.json", "table", 80, "PutSecretValue", "put.table80.txt"),
        ("restore.json", "table", 40, "RestoreSecret", "restore.table40.txt"),
        ("mixed.json", "text", 80, "Mixed", "mixed.text.txt"),
        ("mixed.json", "table", 80, "Mixed", "mixed.table80.txt"),
    ])
    func matchesTheAWSCLIFormatters(input: String, format: String, width: Int, title: String, expected: String) throws {
        let value = try JSONValue.parse(try Self.fixture(input))
        let renderer = OutputRenderer(
            format: OutputFormat(rawValue: format)!, terminal: false, color: false, terminalWidth: width)
        #expect(renderer.render(value, operation: title) == (try Self.fixture(expected)))
    }

    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func tableColoursOnlyOnATerminalAndNeverWithNoColor() async {
        var harness = Harness()
        harness.stdoutIsTerminal = true
        let coloured = await harness.run(["restore-secret", "--secret-id", "x", "--output", "table"])
        #expect(coloured.out.contains("\u{1B}[1m\u{1B}[34m"))
        harness.variables["NO_COLOR"] = "1"
        let plain = await harness.run(["restore-secret", "--secret-id", "x", "--output", "table"])
        #expect(!plain.out.contains("\u{1B}"))
        harness.variables["NO_COLOR"] = nil
        harness.stdoutIsTerminal = false
        let piped = await harness.run(["restore-secret", "--secret-id", "x", "--output", "table", "--color", "on"])
        #expect(!piped.out.contains("\u{1B}"))
    }

    @Test func tableCountsWideCharactersAsTwoColumns() {
        #expect(DisplayWidth.of("データ") == 6)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("é") == 2)
    }

    @Test(arguments: [("UTC", "2026-11-29T09:58:56.123000+00:00"), ("Asia/Tokyo", "2026-11-29T18:58:56.123000+09:00")])
    func timestampsFollowTheTimeZone(zone: String, expected: String) async {
        var harness = Harness()
        harness.timeZone = TimeZone(identifier: zone)!
        let result = await harness.run(["get-secret-value", "--secret-id", "a", "--output", "json"])
        #expect(result.out.contains(#""CreatedDate": "\#(expected)""#))
    }

    @Test func serviceErrorsUseTheAWSCLIWordsAndNothingGoesToStdout() async {
        let backend = RecordingBackend()
        backend.failure = ServiceError(
            code: "ResourceNotFoundException", message: "Secrets Manager can't find the specified secret.")
        let result = await Harness().run(["get-secret-value", "--secret-id", "nope"], backend: backend)
        #expect(result.code == 254)
        #expect(result.out.isEmpty)
        #expect(
            result.err
                == "An error occurred (ResourceNotFoundException) when calling the GetSecretValue operation: Secrets Manager can't find the specified secret.\n"
        )
    }

    @Test func queryIsAppliedBeforeFormatting() async {
        var harness = Harness()
        harness.query = { expression in
            { value in value[expression] ?? .null }
        }
        let result = await harness.run([
            "get-secret-value", "--secret-id", "a", "--query", "SecretString", "--output", "text",
        ])
        #expect(result.out == "{\"user\":\"app\",\"password\":\"pw\"}\n")
    }
}

@Suite("Local time zone")
struct LocalTimeZoneTests {
    @Test("TZ names UTC in any of its spellings: a fixed UTC zone; another name: that zone")
    func fromTZ() {
        for name in ["UTC", ":UTC", "Etc/UTC", "GMT", "Zulu"] {
            #expect(CLIEnvironment.localTimeZone(["TZ": name]).secondsFromGMT(for: Date()) == 0, "\(name)")
        }
        let tokyo = CLIEnvironment.localTimeZone(["TZ": "Asia/Tokyo"])
        #expect(tokyo.identifier == "Asia/Tokyo")
        #expect(tokyo.secondsFromGMT(for: Date()) == 9 * 3600)
        let paris = CLIEnvironment.localTimeZone(["TZ": "Europe/Paris"])
        #expect(paris.secondsFromGMT(for: Date(timeIntervalSince1970: 1_782_900_000)) == 7200)
        #expect(paris.secondsFromGMT(for: Date(timeIntervalSince1970: 1_798_000_000)) == 3600)
    }

    @Test("the zone of /etc/localtime is what its link target names after zoneinfo", arguments: [
        ("/usr/share/zoneinfo/Etc/UTC", "Etc/UTC"),
        ("../usr/share/zoneinfo/Europe/Paris", "Europe/Paris"),
        ("/usr/share/zoneinfo/UTC", "UTC"),
        ("/usr/share/zoneinfo/", nil),
        ("/etc/timezone-file", nil),
    ] as [(String, String?)])
    func zoneOfLink(target: String, name: String?) {
        #expect(CLIEnvironment.zoneName(linkedTo: target) == name)
    }

    @Test("a UTC zone prints aws-style timestamps with +00:00")
    func utcTimestamps() {
        let zone = CLIEnvironment.localTimeZone(["TZ": "Etc/UTC"])
        #expect(AWSTimestampFormat.string(from: Date(timeIntervalSince1970: 1_795_960_876.5), timeZone: zone)
            == "2026-11-29T14:01:16.500000+00:00")
    }
}
