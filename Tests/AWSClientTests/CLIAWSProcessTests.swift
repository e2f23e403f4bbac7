import Foundation
import TestSupport
import Testing

/// The built `secretty` binary on its AWS path against a real moto_server that checks every signature and IAM
/// policy (started with `INITIAL_NO_AUTH_ACTION_COUNT`): every operation, refusals, value round trips, missing
/// credentials and an unreachable endpoint, with the aws CLI v2 exit codes.
@Suite(
    "secretty CLI against moto_server (signatures and IAM checked)", .serialized,
    .enabled(if: MotoServer.isAvailable, "moto_server is not on PATH (make test-deps)"),
    .enabled(if: SecrettyBinary.isBuilt, "no secretty binary at \(SecrettyBinary.path): swift build --build-tests"))
struct CLIAWSProcessTests {
    static let denyReads = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:*","Resource":"*"},
        {"Effect":"Deny","Action":"secretsmanager:GetSecretValue","Resource":"*"}]}
        """

    /// A moto that checks signatures and policies, with an allowed user and one denied GetSecretValue.
    struct CheckedMoto {
        var server: MotoServer
        var allowed: IAMAccessKey
        var reader: IAMAccessKey

        /// The global options that select AWS and point it at moto.
        var globals: [String] { ["--endpoint-url", server.endpoint, "--region", "us-east-1"] }
    }

    static func withCheckedMoto(_ body: (CheckedMoto, SecrettyBinary) async throws -> Void) async throws {
        let server = try await MotoServer.start(noAuthActionCount: 100)
        defer { server.stop() }
        let allowed = try await server.createIAMUser(name: "operator")
        let reader = try await server.createIAMUser(name: "reader", policyDocument: denyReads)
        try await server.resetAuth()
        let binary = try SecrettyBinary()
        defer { binary.cleanUp() }
        try await body(CheckedMoto(server: server, allowed: allowed, reader: reader), binary)
    }

    static func keys(_ key: IAMAccessKey) -> [String: String] {
        ["AWS_ACCESS_KEY_ID": key.accessKeyId, "AWS_SECRET_ACCESS_KEY": key.secretAccessKey]
    }

    /// Runs one operation that must succeed and returns its JSON output (empty for operations that print none).
    static func ok(
        _ binary: SecrettyBinary, _ moto: CheckedMoto, _ arguments: [String], stdin: Data = Data(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> [String: Any] {
        let result = try await binary.run(moto.globals + arguments, stdin: stdin, environment: keys(moto.allowed))
        #expect(result.code == 0, "\(arguments.first ?? ""): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "\(result.stderr)", sourceLocation: sourceLocation)
        if result.stdout.isEmpty { return [:] }
        return try #require(result.json, "not JSON: \(result.output)", sourceLocation: sourceLocation)
    }

    // MARK: - Every operation

    @Test("every operation of the brief succeeds with a valid key")
    func everyOperation() async throws {
        try await Self.withCheckedMoto { moto, binary in
            let created = try await Self.ok(
                binary, moto,
                [
                    "create-secret", "--name", "app/db", "--secret-string", #"{"user":"admin"}"#, "--description", "db",
                    "--tags", "Key=env,Value=prod",
                ])
            #expect(created["Name"] as? String == "app/db")
            let first = try #require(created["VersionId"] as? String)

            let put = try await Self.ok(
                binary, moto, ["put-secret-value", "--secret-id", "app/db", "--secret-string", "v2"])
            #expect(put["VersionStages"] as? [String] == ["AWSCURRENT"])
            let second = try #require(put["VersionId"] as? String)

            let value = try await Self.ok(binary, moto, ["get-secret-value", "--secret-id", "app/db"])
            #expect(value["SecretString"] as? String == "v2")

            let described = try await Self.ok(binary, moto, ["describe-secret", "--secret-id", "app/db"])
            #expect(described["Description"] as? String == "db")
            #expect((described["Tags"] as? [[String: String]]) == [["Key": "env", "Value": "prod"]])

            let listed = try await Self.ok(binary, moto, ["list-secrets"])
            #expect((listed["SecretList"] as? [[String: Any]])?.compactMap { $0["Name"] as? String } == ["app/db"])

            let versions = try await Self.ok(binary, moto, ["list-secret-version-ids", "--secret-id", "app/db"])
            #expect(
                Set((versions["Versions"] as? [[String: Any]] ?? []).compactMap { $0["VersionId"] as? String }) == [
                    first, second,
                ])

            let staged = try await Self.ok(
                binary, moto,
                [
                    "update-secret-version-stage", "--secret-id", "app/db", "--version-stage", "AWSCURRENT",
                    "--move-to-version-id", first, "--remove-from-version-id", second,
                ])
            #expect(staged["Name"] as? String == "app/db")
            let rolledBack = try await Self.ok(
                binary, moto, ["get-secret-value", "--secret-id", "app/db", "--version-stage", "AWSCURRENT"])
            #expect(rolledBack["VersionId"] as? String == first)

            _ = try await Self.ok(binary, moto, ["update-secret", "--secret-id", "app/db", "--description", "renamed"])
            _ = try await Self.ok(
                binary, moto, ["tag-resource", "--secret-id", "app/db", "--tags", "Key=team,Value=ops"])
            _ = try await Self.ok(binary, moto, ["untag-resource", "--secret-id", "app/db", "--tag-keys", "env"])
            let retagged = try await Self.ok(binary, moto, ["describe-secret", "--secret-id", "app/db"])
            #expect(retagged["Description"] as? String == "renamed")
            #expect((retagged["Tags"] as? [[String: String]]) == [["Key": "team", "Value": "ops"]])

            let password = try await Self.ok(binary, moto, ["get-random-password", "--password-length", "20"])
            #expect((password["RandomPassword"] as? String)?.count == 20)

            let batch = try await Self.ok(binary, moto, ["batch-get-secret-value", "--secret-id-list", "app/db"])
            #expect((batch["SecretValues"] as? [[String: Any]])?.count == 1)

            let deleted = try await Self.ok(
                binary, moto, ["delete-secret", "--secret-id", "app/db", "--recovery-window-in-days", "7"])
            #expect(deleted["DeletionDate"] != nil)
            let restored = try await Self.ok(binary, moto, ["restore-secret", "--secret-id", "app/db"])
            #expect(restored["Name"] as? String == "app/db")
            let after = try await Self.ok(binary, moto, ["get-secret-value", "--secret-id", "app/db"])
            #expect(after["VersionId"] as? String != nil)
        }
    }

    // MARK: - Refusals

    @Test("a wrong key and a deny policy each exit 254 with one stderr line naming the code and message")
    func refusals() async throws {
        try await Self.withCheckedMoto { moto, binary in
            _ = try await Self.ok(binary, moto, ["create-secret", "--name", "guarded", "--secret-string", "s3cr3t"])

            var wrong = moto.allowed
            wrong.secretAccessKey = "not-the-secret-access-key"
            let badSignature = try await binary.run(
                moto.globals + ["get-secret-value", "--secret-id", "guarded"], environment: Self.keys(wrong))
            #expect(badSignature.code == 254)
            #expect(badSignature.stdout.isEmpty)
            #expect(badSignature.errorLines.count == 1, "\(badSignature.stderr)")
            let signatureLine = try #require(badSignature.errorLines.first)
            let signaturePrefix =
                "An error occurred (SignatureDoesNotMatch) when calling the GetSecretValue operation: "
            #expect(signatureLine.hasPrefix(signaturePrefix), "\(signatureLine)")
            #expect(signatureLine.count > signaturePrefix.count + 10, "no message: \(signatureLine)")

            let unknownKey = try await binary.run(
                moto.globals + ["get-secret-value", "--secret-id", "guarded"],
                environment: ["AWS_ACCESS_KEY_ID": "AKIAUNKNOWNUNKNOWN00", "AWS_SECRET_ACCESS_KEY": "whatever"])
            #expect(unknownKey.code == 254)
            #expect(unknownKey.errorLines.count == 1, "\(unknownKey.stderr)")
            #expect(
                unknownKey.stderr.hasPrefix(
                    "An error occurred (InvalidClientTokenId) when calling the GetSecretValue operation: "))

            let denied = try await binary.run(
                moto.globals + ["get-secret-value", "--secret-id", "guarded"], environment: Self.keys(moto.reader))
            #expect(denied.code == 254)
            #expect(denied.stdout.isEmpty)
            #expect(denied.errorLines.count == 1, "\(denied.stderr)")
            let deniedLine = try #require(denied.errorLines.first)
            #expect(
                deniedLine.hasPrefix("An error occurred (AccessDenied) when calling the GetSecretValue operation: "),
                "\(deniedLine)")
            #expect(deniedLine.contains("is not authorized to perform: secretsmanager:GetSecretValue"), "\(deniedLine)")

            let allowedForReader = try await binary.run(
                moto.globals + ["describe-secret", "--secret-id", "guarded"], environment: Self.keys(moto.reader))
            #expect(allowedForReader.code == 0, "the deny covers GetSecretValue only: \(allowedForReader.stderr)")
        }
    }

    // MARK: - Values

    @Test("non-ASCII text (literal, file://, stdin) and binary (fileb://) round-trip byte for byte")
    func valuesRoundTrip() async throws {
        try await Self.withCheckedMoto { moto, binary in
            let text = "pässwörd 🔑 «ü» 日本語 \"quoted\" \\ tab\tend"
            _ = try await Self.ok(binary, moto, ["create-secret", "--name", "text", "--secret-string", text])
            let literal = try await Self.ok(binary, moto, ["get-secret-value", "--secret-id", "text"])
            #expect(literal["SecretString"] as? String == text)

            let fileText = "ligne 1: café\nligne 2: Ω≈ç√\n"
            let textPath = try binary.write("value.txt", Data(fileText.utf8))
            _ = try await Self.ok(
                binary, moto, ["put-secret-value", "--secret-id", "text", "--secret-string", "file://" + textPath])
            let fromFile = try await Self.ok(binary, moto, ["get-secret-value", "--secret-id", "text"])
            #expect(fromFile["SecretString"] as? String == fileText)

            let piped = "from stdin: ñandú"
            _ = try await Self.ok(
                binary, moto, ["put-secret-value", "--secret-id", "text", "--secret-string", "-"],
                stdin: Data(piped.utf8))
            let fromStdin = try await Self.ok(binary, moto, ["get-secret-value", "--secret-id", "text"])
            #expect(fromStdin["SecretString"] as? String == piped)

            let bytes = Data((0...255).map { UInt8($0) } + [0xFF, 0xFE, 0x80, 0x00])
            let binaryPath = try binary.write("value.bin", bytes)
            _ = try await Self.ok(
                binary, moto, ["create-secret", "--name", "blob", "--secret-binary", "fileb://" + binaryPath])
            let blob = try await Self.ok(binary, moto, ["get-secret-value", "--secret-id", "blob"])
            let encoded = try #require(blob["SecretBinary"] as? String)
            #expect(Data(base64Encoded: encoded) == bytes)
            #expect(blob["SecretString"] == nil)
        }
    }

    // MARK: - Local failures

    @Test("missing credentials exit 253 naming every place looked at, without connecting")
    func missingCredentials() async throws {
        let binary = try SecrettyBinary()
        defer { binary.cleanUp() }
        let port = try TestSupport.closedLoopbackPort()
        let result = try await binary.run(
            [
                "--endpoint-url", "http://127.0.0.1:\(port)", "--region", "us-east-1", "get-secret-value",
                "--secret-id", "x",
            ])
        #expect(result.code == 253, "\(result.stderr)")
        #expect(result.errorLines.count == 1, "\(result.stderr)")
        let line = try #require(result.errorLines.first)
        for place in [
            "AWS_ACCESS_KEY_ID", "role_arn", "web identity", "IAM Identity Center", binary.path("aws-credentials"),
            "credential_process", binary.path("aws-config"), "container credentials", "instance metadata",
        ] {
            #expect(line.contains(place), "\(place) missing from: \(line)")
        }
    }

    @Test("an unreachable endpoint exits 255 with one line naming it")
    func unreachableEndpoint() async throws {
        let binary = try SecrettyBinary()
        defer { binary.cleanUp() }
        let port = try TestSupport.closedLoopbackPort()
        let result = try await binary.run(
            [
                "--endpoint-url", "http://127.0.0.1:\(port)", "--region", "us-east-1", "get-secret-value",
                "--secret-id", "x",
            ],
            environment: [
                "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_MAX_ATTEMPTS": "2",
            ])
        #expect(result.code == 255)
        #expect(result.stdout.isEmpty)
        #expect(result.errorLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("127.0.0.1:\(port)"), "\(result.stderr)")
        #expect(result.stderr.contains("connection refused"), "\(result.stderr)")
    }
}
