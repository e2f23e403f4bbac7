import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// Values as the aws CLI takes them: literal, `file://` (text), `fileb://` (bytes), `-` (standard input).
@Suite struct ValueSourceTests {
    @Test func fileGivesTextAsIs() async {
        var harness = Harness()
        harness.files["/in/value.json"] = Data("{\"k\":\"é\"}\n".utf8)
        let backend = RecordingBackend()
        let result = await harness.run(
            ["put-secret-value", "--secret-id", "x", "--secret-string", "file:///in/value.json"], backend: backend)
        #expect(result.code == 0)
        #expect(backend.requestTexts.first?.contains(#""SecretString":"{\"k\":\"é\"}\n""#) == true)
    }

    @Test func filebGivesRawBytes() async {
        var harness = Harness()
        harness.files["/in/key.der"] = Data([0x30, 0x82, 0x00, 0xFF, 0x0A])
        let backend = RecordingBackend()
        let result = await harness.run(
            ["put-secret-value", "--secret-id", "x", "--secret-binary", "fileb:///in/key.der"], backend: backend)
        #expect(result.code == 0)
        #expect(backend.requestTexts.first?.contains(#""SecretBinary":"MIIA/wo=""#) == true)
    }

    @Test func dashReadsStandardInputOnce() async {
        var harness = Harness()
        harness.stdin = Data("from stdin\n".utf8)
        let backend = RecordingBackend()
        let result = await harness.run(
            ["put-secret-value", "--secret-id", "x", "--secret-string", "-"], backend: backend)
        #expect(result.code == 0)
        #expect(backend.requestTexts.first?.contains(#""SecretString":"from stdin\n""#) == true)

        let twice = await harness.run(["create-secret", "--name", "-", "--secret-string", "-"])
        #expect(twice.code == 252)
        #expect(twice.err.contains("standard input was already read for --name"))
    }

    @Test func tildeExpandsToHome() async {
        var harness = Harness()
        harness.files["/home/op/v.txt"] = Data("v".utf8)
        let backend = RecordingBackend()
        let result = await harness.run(
            ["put-secret-value", "--secret-id", "x", "--secret-string", "file://~/v.txt"], backend: backend)
        #expect(result.code == 0)
        #expect(backend.requestTexts.first?.contains(#""SecretString":"v""#) == true)
    }

    @Test func structuredOptionsFromAFile() async {
        var harness = Harness()
        harness.files["/t.json"] = Data(#"[{"Key":"env","Value":"prod"}]"#.utf8)
        let backend = RecordingBackend()
        let result = await harness.run(
            ["tag-resource", "--secret-id", "x", "--tags", "file:///t.json"], backend: backend)
        #expect(result.code == 0)
        #expect(backend.requestTexts == [#"{"SecretId":"x","Tags":[{"Key":"env","Value":"prod"}]}"#])
    }

    @Test func missingFileNamesTheOptionAndPath() async {
        let result = await Harness().run([
            "put-secret-value", "--secret-id", "x", "--secret-string", "file:///missing.txt",
        ])
        #expect(result.code == 252)
        #expect(
            result.err
                == "secretty: error: Error parsing parameter '--secret-string': Unable to load paramfile file:///missing.txt: cannot read /missing.txt\n"
        )
    }
}

/// The aws CLI's shorthand syntax.
@Suite struct ShorthandTests {
    @Test(arguments: [
        ("Key=env,Value=prod", [("Key", ["env"]), ("Value", ["prod"])]),
        ("Key=name,Values=db/,app/", [("Key", ["name"]), ("Values", ["db/", "app/"])]),
        ("Key=name,Values=[a,b]", [("Key", ["name"]), ("Values", ["a", "b"])]),
        ("Key=k,Value='a,b'", [("Key", ["k"]), ("Value", ["a,b"])]),
        ("Key=k,Value=\"x=y\"", [("Key", ["k"]), ("Value", ["x=y"])]),
        ("Key=k,Value=a\\,b", [("Key", ["k"]), ("Value", ["a,b"])]),
        ("Key=k,Value=", [("Key", ["k"]), ("Value", [""])]),
        ("Key=k,Value=données ✓", [("Key", ["k"]), ("Value", ["données ✓"])]),
    ])
    func parses(text: String, expected: [(String, [String])]) throws {
        let members = try Shorthand.parse(text, option: "--tags")
        #expect(members.map(\.name) == expected.map(\.0))
        #expect(members.map(\.values) == expected.map(\.1))
    }

    @Test(arguments: ["Key", "=v", "Key=a,Key=b", "Key='open"])
    func rejects(text: String) {
        #expect(throws: LocalError.self) { try Shorthand.parse(text, option: "--tags") }
    }
}
