import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// aws CLI v2 paging: NextToken followed, --page-size per call, --max-items with a resume token.
@Suite struct PagingTests {
    static func entry(_ name: String) -> SecretDescription { SecretDescription(arn: "arn:\(name)", name: name) }

    static func pagedBackend() -> RecordingBackend {
        let backend = RecordingBackend()
        backend.secretPages = [
            "": ListSecretsResponse(secretList: [entry("a"), entry("b")], nextToken: "t1"),
            "t1": ListSecretsResponse(secretList: [entry("c"), entry("d")], nextToken: "t2"),
            "t2": ListSecretsResponse(secretList: [entry("e")], nextToken: nil),
        ]
        return backend
    }

    static func names(_ out: String) throws -> [String] {
        let value = try JSONValue.parse(out)
        guard case .array(let list) = value["SecretList"] else { return [] }
        return list.compactMap { $0["Name"]?.stringValue }
    }

    @Test func followsEveryPage() async throws {
        let backend = Self.pagedBackend()
        let result = await Harness().run(["list-secrets", "--page-size", "2"], backend: backend)
        #expect(result.code == 0)
        #expect(try Self.names(result.out) == ["a", "b", "c", "d", "e"])
        #expect(try JSONValue.parse(result.out)["NextToken"] == nil)
        #expect(
            backend.requestTexts == [
                #"{"MaxResults":2}"#, #"{"MaxResults":2,"NextToken":"t1"}"#, #"{"MaxResults":2,"NextToken":"t2"}"#,
            ])
    }

    @Test func maxItemsCutsAndResumes() async throws {
        let first = await Harness().run(["list-secrets", "--max-items", "3"], backend: Self.pagedBackend())
        #expect(try Self.names(first.out) == ["a", "b", "c"])
        let token = try #require(try JSONValue.parse(first.out)["NextToken"]?.stringValue)
        let second = await Harness().run(["list-secrets", "--starting-token", token], backend: Self.pagedBackend())
        #expect(try Self.names(second.out) == ["d", "e"])
        #expect(try JSONValue.parse(second.out)["NextToken"] == nil)
    }

    @Test func maxItemsAtAPageBoundaryResumesFromTheNextPage() async throws {
        let first = await Harness().run(["list-secrets", "--max-items", "2"], backend: Self.pagedBackend())
        #expect(try Self.names(first.out) == ["a", "b"])
        let token = try #require(try JSONValue.parse(first.out)["NextToken"]?.stringValue)
        #expect(try Paginator.decode(token) == ("t1", 0))
        let rest = await Harness().run(
            ["list-secrets", "--starting-token", token, "--max-items", "1"], backend: Self.pagedBackend())
        #expect(try Self.names(rest.out) == ["c"])
    }

    @Test func textModePrintsTheResumeTokenLikeTheAWSCLI() async throws {
        let result = await Harness().run(
            ["list-secrets", "--max-items", "1", "--output", "text"], backend: Self.pagedBackend())
        let lines = result.out.split(separator: "\n")
        #expect(lines.first == "SECRETLIST\tarn:a\ta")
        #expect(lines.last?.hasPrefix("NEXTTOKEN\t") == true)
    }

    @Test(arguments: [["--no-paginate"], ["--max-results", "2"], ["--next-token", "t1"]])
    func manualPagingSendsOneRequest(extra: [String]) async throws {
        let backend = Self.pagedBackend()
        let result = await Harness().run(["list-secrets"] + extra, backend: backend)
        #expect(result.code == 0)
        #expect(backend.calls.count == 1)
        #expect(try JSONValue.parse(result.out)["NextToken"] != nil)
    }

    @Test func versionIdsFollowPagesUnlessTold() async throws {
        let backend = RecordingBackend()
        let arn = RecordingBackend.arn
        backend.versionPages = [
            "": ListSecretVersionIdsResponse(
                versions: [
                    SecretVersionsListEntry(
                        versionId: "v1", versionStages: ["AWSPREVIOUS"], lastAccessedDate: nil, createdDate: nil,
                        kmsKeyIds: nil)
                ],
                nextToken: "n", arn: arn, name: "app/db"),
            "n": ListSecretVersionIdsResponse(
                versions: [
                    SecretVersionsListEntry(
                        versionId: "v2", versionStages: ["AWSCURRENT"], lastAccessedDate: nil, createdDate: nil,
                        kmsKeyIds: nil)
                ],
                nextToken: nil, arn: arn, name: "app/db"),
        ]
        let all = await Harness().run(["list-secret-version-ids", "--secret-id", "app/db"], backend: backend)
        let value = try JSONValue.parse(all.out)
        #expect(
            value["Versions"]?.compactText()
                == #"[{"VersionId":"v1","VersionStages":["AWSPREVIOUS"]},{"VersionId":"v2","VersionStages":["AWSCURRENT"]}]"#
        )
        #expect(value["NextToken"] == nil)
        let one = await Harness().run(
            ["list-secret-version-ids", "--secret-id", "app/db", "--no-paginate"], backend: backend)
        #expect(try JSONValue.parse(one.out)["NextToken"] == .string("n"))
    }

    @Test func resumeTokensRoundTrip() throws {
        let token = Paginator.encode(token: "abc", truncate: 3)
        #expect(try Paginator.decode(token) == ("abc", 3))
        #expect(
            String(data: Data(base64Encoded: token)!, encoding: .utf8)
                == #"{"NextToken":"abc","boto_truncate_amount":3}"#)
    }
}
