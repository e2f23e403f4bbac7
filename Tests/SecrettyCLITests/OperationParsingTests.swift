import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// Every operation's options, as the aws CLI spells them, become the service request.
@Suite struct OperationParsingTests {
    static let token = "00010203-0405-4607-8809-0a0b0c0d0e0f"

    @Test(arguments: [
        (
            [
                "create-secret", "--name", "app/db", "--secret-string", "s3cr3t", "--description", "Base de données",
                "--kms-key-id", "alias/k", "--tags", "Key=env,Value=prod", "Key=team,Value=ops",
                "--force-overwrite-replica-secret",
            ],
            #"{"Name":"app/db","ClientRequestToken":"\#(token)","Description":"Base de données","KmsKeyId":"alias/k","SecretString":"s3cr3t","Tags":[{"Key":"env","Value":"prod"},{"Key":"team","Value":"ops"}],"ForceOverwriteReplicaSecret":true}"#
        ),
        (
            [
                "create-secret", "--name", "bin", "--secret-binary", "AAEC/w==", "--client-request-token",
                "tok-1234567890123456789012345678901",
            ],
            #"{"Name":"bin","ClientRequestToken":"tok-1234567890123456789012345678901","SecretBinary":"AAEC/w=="}"#
        ),
        (
            [
                "put-secret-value", "--secret-id", "app/db", "--secret-string", "{\"a\":1}", "--version-stages",
                "AWSCURRENT", "blue",
            ],
            #"{"SecretId":"app/db","ClientRequestToken":"\#(token)","SecretString":"{\"a\":1}","VersionStages":["AWSCURRENT","blue"]}"#
        ),
        (
            [
                "put-secret-value", "--secret-id", "app/db", "--secret-string", "x", "--version-stages",
                "[\"AWSPENDING\"]", "--rotation-token", "rt",
            ],
            #"{"SecretId":"app/db","ClientRequestToken":"\#(token)","SecretString":"x","VersionStages":["AWSPENDING"],"RotationToken":"rt"}"#
        ),
        (
            [
                "--cli-binary-format", "raw-in-base64-out", "put-secret-value", "--secret-id", "x", "--secret-binary",
                "hi",
            ],
            #"{"SecretId":"x","ClientRequestToken":"\#(token)","SecretBinary":"aGk="}"#
        ),
        (
            ["get-secret-value", "--secret-id", "app/db", "--version-stage", "AWSPREVIOUS"],
            #"{"SecretId":"app/db","VersionStage":"AWSPREVIOUS"}"#
        ),
        (
            ["get-secret-value", "--secret-id", "app/db", "--version-id", "v1"],
            #"{"SecretId":"app/db","VersionId":"v1"}"#
        ),
        (
            ["describe-secret", "--secret-id", "arn:aws:secretsmanager:us-east-1:000000000000:secret:app/db"],
            #"{"SecretId":"arn:aws:secretsmanager:us-east-1:000000000000:secret:app/db"}"#
        ),
        (
            [
                "list-secret-version-ids", "--secret-id", "app/db", "--include-deprecated", "--max-results", "5",
                "--next-token", "t1",
            ],
            #"{"SecretId":"app/db","MaxResults":5,"NextToken":"t1","IncludeDeprecated":true}"#
        ),
        (
            ["list-secret-version-ids", "--secret-id", "app/db", "--no-include-deprecated"],
            #"{"SecretId":"app/db","IncludeDeprecated":false}"#
        ),
        (
            [
                "update-secret-version-stage", "--secret-id", "app/db", "--version-stage", "AWSCURRENT",
                "--remove-from-version-id", "v2", "--move-to-version-id", "v1",
            ],
            #"{"SecretId":"app/db","VersionStage":"AWSCURRENT","RemoveFromVersionId":"v2","MoveToVersionId":"v1"}"#
        ),
        (
            ["update-secret", "--secret-id", "app/db", "--description", "new"],
            #"{"SecretId":"app/db","ClientRequestToken":"\#(token)","Description":"new"}"#
        ),
        (
            ["update-secret", "--secret-id", "app/db", "--secret-string", "v"],
            #"{"SecretId":"app/db","ClientRequestToken":"\#(token)","SecretString":"v"}"#
        ),
        (
            ["delete-secret", "--secret-id", "app/db", "--recovery-window-in-days", "7"],
            #"{"SecretId":"app/db","RecoveryWindowInDays":7}"#
        ),
        (
            ["delete-secret", "--secret-id", "app/db", "--force-delete-without-recovery"],
            #"{"SecretId":"app/db","ForceDeleteWithoutRecovery":true}"#
        ),
        (["restore-secret", "--secret-id", "app/db"], #"{"SecretId":"app/db"}"#),
        (
            ["tag-resource", "--secret-id", "app/db", "--tags", #"[{"Key":"env","Value":"prod"}]"#],
            #"{"SecretId":"app/db","Tags":[{"Key":"env","Value":"prod"}]}"#
        ),
        (
            ["untag-resource", "--secret-id", "app/db", "--tag-keys", "env", "team"],
            #"{"SecretId":"app/db","TagKeys":["env","team"]}"#
        ),
        (
            [
                "get-random-password", "--password-length", "20", "--exclude-characters", "-/@",
                "--exclude-punctuation",
                "--no-exclude-numbers", "--require-each-included-type", "--no-include-space", "--exclude-uppercase",
                "--no-exclude-lowercase",
            ],
            #"{"PasswordLength":20,"ExcludeCharacters":"-/@","ExcludeNumbers":false,"ExcludePunctuation":true,"ExcludeUppercase":true,"ExcludeLowercase":false,"IncludeSpace":false,"RequireEachIncludedType":true}"#
        ),
        (["get-random-password", "--no-require-each-included-type"], #"{"RequireEachIncludedType":false}"#),
        (["batch-get-secret-value", "--secret-id-list", "a", "b", "c"], #"{"SecretIdList":["a","b","c"]}"#),
        (["batch-get-secret-value", "--secret-id-list", #"["a","b"]"#], #"{"SecretIdList":["a","b"]}"#),
        (
            [
                "batch-get-secret-value", "--filters",
                #"[{"Key":"tag-value","Values":["prod","données"]},{"Key":"all","Values":["x"]}]"#,
            ],
            #"{"Filters":[{"Key":"tag-value","Values":["prod","données"]},{"Key":"all","Values":["x"]}]}"#
        ),
        (
            [
                "batch-get-secret-value", "--filters", "Key=name,Values=db/,app/", "--max-results", "10",
                "--next-token", "n",
            ],
            #"{"Filters":[{"Key":"name","Values":["db/","app/"]}],"MaxResults":10,"NextToken":"n"}"#
        ),
        (
            [
                "list-secrets", "--no-paginate", "--include-planned-deletion", "--filters", "Key=tag-key,Values=env",
                "Key=name,Values=[a,b]",
                "--sort-order", "desc", "--sort-by", "name",
            ],
            #"{"IncludePlannedDeletion":true,"Filters":[{"Key":"tag-key","Values":["env"]},{"Key":"name","Values":["a","b"]}],"SortOrder":"desc","SortBy":"name"}"#
        ),
    ])
    func buildsTheServiceRequest(arguments: [String], request: String) async {
        let backend = RecordingBackend()
        let result = await Harness().run(arguments, backend: backend)
        #expect(result.code == 0, "stderr: \(result.err)")
        #expect(backend.requestTexts == [request])
    }

    @Test("a parsed operation is found by its type; housekeeping and built-in commands are not operations")
    func operationsAreFoundByType() throws {
        let get = try SecrettyCommand.parseAsRoot(["get-secret-value", "--secret-id", "app/db"])
        let operation = try #require(SecrettyCommand.operation(get) as? GetSecretValueCommand)
        #expect(operation.secretId == "app/db")
        let list = try SecrettyCommand.parseAsRoot(["list-secrets"])
        #expect(SecrettyCommand.operation(list) is ListSecretsCommand)
        for words in [["vault", "check"], ["demo"], ["tui"]] {
            #expect(SecrettyCommand.operation(try SecrettyCommand.parseAsRoot(words)) == nil, "\(words)")
        }
    }

    @Test func everyOperationIsSpelledAsTheAWSCLISpellsIt() {
        let names = SecrettyCommand.operationCommands.map { $0.configuration.commandName ?? "" }
        #expect(names == SecretsOperation.allCases.map(\.cliName))
        #expect(Set(SecrettyCommand.operationCommands.map { $0.operation }) == Set(SecretsOperation.allCases))
    }

    // MARK: - Global options anywhere

    @Test(arguments: [
        ["--output", "text", "--read-only", "get-secret-value", "--secret-id", "app/db"],
        ["get-secret-value", "--output", "text", "--secret-id", "app/db", "--read-only"],
        ["get-secret-value", "--secret-id", "app/db", "--output=text", "--read-only"],
    ])
    func globalOptionsBeforeOrAfterTheOperation(arguments: [String]) async {
        let backend = RecordingBackend()
        let result = await Harness().run(arguments, backend: backend)
        #expect(result.code == 0, "stderr: \(result.err)")
        #expect(backend.requestTexts == [#"{"SecretId":"app/db"}"#])
        #expect(
            result.out.hasPrefix(
                "arn:aws:secretsmanager:us-east-1:000000000000:secret:app/db-AbCdEf\t2026-11-29T10:58:56.123000+01:00\t"
            ))
    }

    @Test func aValueThatLooksLikeAGlobalOptionStaysAValue() async {
        let backend = RecordingBackend()
        let result = await Harness().run(
            ["put-secret-value", "--secret-id", "x", "--secret-string", "--region"], backend: backend)
        #expect(result.code == 0, "stderr: \(result.err)")
        #expect(backend.requestTexts.first?.contains(#""SecretString":"--region""#) == true)
    }

    @Test func scannerSplitsGlobalsFromTheRest() throws {
        let (globals, rest) = try GlobalOptionScanner.scan([
            "--profile", "p", "get-secret-value", "--secret-id", "--output", "--query=SecretString", "--no-cli-pager",
            "--color", "off", "--no-cli-auto-prompt", "--debug", "--passphrase-file", "/pf", "--endpoint-url",
            "http://localhost:5000",
        ])
        #expect(rest == ["get-secret-value", "--secret-id", "--output"])
        #expect(globals.profile == "p")
        #expect(globals.query == "SecretString")
        #expect(globals.noCLIPager && globals.noCLIAutoPrompt && globals.debug)
        #expect(globals.color == .off)
        #expect(globals.passphraseFile == "/pf")
        #expect(globals.endpointURL == "http://localhost:5000")
        #expect(globals.output == .json)
    }
}
