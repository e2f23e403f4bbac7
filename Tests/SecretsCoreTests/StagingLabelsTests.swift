import Foundation
import TestSupport
import SecretsCore
import Testing

/// One row of the label-rule table: a starting map, a change, and the expected map and moves or error.
struct LabelRuleCase: Sendable, CustomStringConvertible {
    var name: String
    var start: [(String, [String])]
    var change: LabelChange
    /// Expected map (order of versions and of labels matters), when the change is accepted.
    var expected: [(String, [String])]?
    /// Expected moves as `label:from>to`, `-` standing for no version (`L:->v1` attaches, `L:v1>-` detaches).
    var moves: [String]
    /// Expected error code when refused.
    var error: String?

    var description: String { name }

    static func ok(
        _ name: String, _ start: [(String, [String])], _ change: LabelChange, _ expected: [(String, [String])],
        moves: [String]
    ) -> LabelRuleCase {
        LabelRuleCase(name: name, start: start, change: change, expected: expected, moves: moves, error: nil)
    }

    static func refused(_ name: String, _ start: [(String, [String])], _ change: LabelChange, _ code: String)
        -> LabelRuleCase
    {
        LabelRuleCase(name: name, start: start, change: change, expected: nil, moves: [], error: code)
    }
}

@Suite("StagingLabels rules")
struct StagingLabelsTests {
    static let cur = "AWSCURRENT"
    static let prev = "AWSPREVIOUS"
    static let pend = "AWSPENDING"

    static let cases: [LabelRuleCase] = [
        // MARK: new versions
        .ok("first version gets AWSCURRENT", [], .addVersion(versionId: "v1", stages: nil), [("v1", [cur])],
            moves: ["AWSCURRENT:->v1"]),
        .ok("first version with custom list still gets AWSCURRENT", [], .addVersion(versionId: "v1", stages: ["CUSTOM"]),
            [("v1", ["CUSTOM", cur])], moves: ["CUSTOM:->v1", "AWSCURRENT:->v1"]),
        .ok("default put moves AWSCURRENT, AWSPREVIOUS follows", [("v1", [cur])], .addVersion(versionId: "v2", stages: nil),
            [("v1", [prev]), ("v2", [cur])], moves: ["AWSCURRENT:v1>v2", "AWSPREVIOUS:->v1"]),
        .ok("AWSPREVIOUS leaves its old holder", [("v1", [prev]), ("v2", [cur])], .addVersion(versionId: "v3", stages: nil),
            [("v1", []), ("v2", [prev]), ("v3", [cur])], moves: ["AWSCURRENT:v2>v3", "AWSPREVIOUS:v1>v2"]),
        .ok("custom-only put leaves AWSCURRENT", [("v1", [cur])], .addVersion(versionId: "v2", stages: ["STAGED"]),
            [("v1", [cur]), ("v2", ["STAGED"])], moves: ["STAGED:->v2"]),
        .ok("named label is detached from its holder", [("v1", [cur]), ("v2", ["STAGED"])],
            .addVersion(versionId: "v3", stages: ["STAGED"]),
            [("v1", [cur]), ("v2", []), ("v3", ["STAGED"])], moves: ["STAGED:v2>v3"]),
        .ok("AWSPENDING dropped from the old current on a default put", [("v1", [cur, pend])],
            .addVersion(versionId: "v2", stages: nil),
            [("v1", [prev]), ("v2", [cur])], moves: ["AWSCURRENT:v1>v2", "AWSPREVIOUS:->v1", "AWSPENDING:v1>-"]),
        .ok("AWSPENDING elsewhere stays", [("v1", [cur]), ("v2", [pend])], .addVersion(versionId: "v3", stages: nil),
            [("v1", [prev]), ("v2", [pend]), ("v3", [cur])], moves: ["AWSCURRENT:v1>v3", "AWSPREVIOUS:->v1"]),
        .ok("custom label on the old current is kept", [("v1", [cur, "CUSTOM"])], .addVersion(versionId: "v2", stages: nil),
            [("v1", ["CUSTOM", prev]), ("v2", [cur])], moves: ["AWSCURRENT:v1>v2", "AWSPREVIOUS:->v1"]),
        .ok("explicit AWSCURRENT plus custom", [("v1", [cur])], .addVersion(versionId: "v2", stages: [cur, "BLUE"]),
            [("v1", [prev]), ("v2", [cur, "BLUE"])], moves: ["AWSCURRENT:v1>v2", "BLUE:->v2", "AWSPREVIOUS:->v1"]),
        .ok("duplicates in the request count once", [("v1", [cur])], .addVersion(versionId: "v2", stages: ["X", "X"]),
            [("v1", [cur]), ("v2", ["X"])], moves: ["X:->v2"]),
        .ok("named AWSPREVIOUS does not follow", [("v1", [cur])], .addVersion(versionId: "v2", stages: [cur, prev]),
            [("v1", []), ("v2", [cur, prev])], moves: ["AWSCURRENT:v1>v2", "AWSPREVIOUS:->v2"]),
        .ok("20 labels are allowed", [("v1", [cur])], .addVersion(versionId: "v2", stages: (1...19).map { "L\($0)" }),
            [("v1", [cur]), ("v2", (1...19).map { "L\($0)" })], moves: (1...19).map { "L\($0):->v2" }),
        .refused("21st label", [("v1", [cur]), ("v2", (1...19).map { "L\($0)" })],
            .addVersion(versionId: "v3", stages: ["L20"]), "LimitExceededException"),
        .ok("moving an existing label at the quota is fine", [("v1", [cur]), ("v2", (1...19).map { "L\($0)" })],
            .addVersion(versionId: "v3", stages: ["L19"]),
            [("v1", [cur]), ("v2", (1...18).map { "L\($0)" }), ("v3", ["L19"])], moves: ["L19:v2>v3"]),

        // MARK: UpdateSecretVersionStage
        .ok("rollback swaps AWSCURRENT and AWSPREVIOUS", [("v1", [prev]), ("v2", [cur])],
            .moveStage(label: cur, removeFrom: "v2", moveTo: "v1"),
            [("v1", [cur]), ("v2", [prev])], moves: ["AWSCURRENT:v2>v1", "AWSPREVIOUS:v1>v2"]),
        .ok("moving AWSCURRENT keeps AWSPENDING and custom labels", [("v1", [cur, "C"]), ("v2", [pend])],
            .moveStage(label: cur, removeFrom: "v1", moveTo: "v2"),
            [("v1", ["C", prev]), ("v2", [pend, cur])], moves: ["AWSCURRENT:v1>v2", "AWSPREVIOUS:->v1"]),
        .refused("AWSCURRENT elsewhere without RemoveFromVersionId", [("v1", [cur]), ("v2", [])],
            .moveStage(label: cur, removeFrom: nil, moveTo: "v2"), "InvalidParameterException"),
        .refused("custom label elsewhere without RemoveFromVersionId", [("v1", [cur]), ("v2", ["G"])],
            .moveStage(label: "G", removeFrom: nil, moveTo: "v1"), "InvalidParameterException"),
        .refused("RemoveFromVersionId without the label", [("v1", [cur]), ("v2", ["G"])],
            .moveStage(label: "G", removeFrom: "v1", moveTo: "v1"), "InvalidParameterException"),
        .refused("unknown MoveToVersionId", [("v1", [cur])], .moveStage(label: cur, removeFrom: "v1", moveTo: "nope"),
            "InvalidParameterException"),
        .refused("unknown RemoveFromVersionId", [("v1", [cur])], .moveStage(label: "G", removeFrom: "nope", moveTo: nil),
            "InvalidParameterException"),
        .refused("removing AWSCURRENT", [("v1", [cur])], .moveStage(label: cur, removeFrom: "v1", moveTo: nil),
            "InvalidParameterException"),
        .refused("neither version", [("v1", [cur])], .moveStage(label: "G", removeFrom: nil, moveTo: nil),
            "InvalidParameterException"),
        .ok("attach a new label", [("v1", [cur])], .moveStage(label: "G", removeFrom: nil, moveTo: "v1"),
            [("v1", [cur, "G"])], moves: ["G:->v1"]),
        .ok("same target is a no-op", [("v1", [cur, "G"])], .moveStage(label: "G", removeFrom: nil, moveTo: "v1"),
            [("v1", [cur, "G"])], moves: []),
        .ok("same target named twice is a no-op", [("v1", [cur])], .moveStage(label: cur, removeFrom: "v1", moveTo: "v1"),
            [("v1", [cur])], moves: []),
        .ok("detach a custom label", [("v1", [cur]), ("v2", ["G"])], .moveStage(label: "G", removeFrom: "v2", moveTo: nil),
            [("v1", [cur]), ("v2", [])], moves: ["G:v2>-"]),
        .ok("move a custom label with RemoveFromVersionId", [("v1", [cur]), ("v2", ["G"])],
            .moveStage(label: "G", removeFrom: "v2", moveTo: "v1"),
            [("v1", [cur, "G"]), ("v2", [])], moves: ["G:v2>v1"]),
        .refused("label quota on attach", [("v1", [cur] + (1...19).map { "L\($0)" })],
            .moveStage(label: "NEW", removeFrom: nil, moveTo: "v1"), "LimitExceededException"),
    ]

    @Test("label rule", arguments: cases)
    func labelRule(_ rule: LabelRuleCase) throws {
        let start = rule.start.map { VersionLabels(versionId: $0.0, stages: $0.1) }
        let date = Date(timeIntervalSince1970: 1_000)
        do {
            let outcome = try StagingLabels.apply(
                rule.change, to: start, secretARN: "arn:s", date: date, operation: .putSecretValue)
            #expect(rule.error == nil, "accepted, expected \(rule.error ?? "")")
            let expected = (rule.expected ?? []).map { VersionLabels(versionId: $0.0, stages: $0.1) }
            #expect(outcome.versions == expected)
            let moves = outcome.moves.map { "\($0.label):\($0.fromVersion ?? "-")>\($0.toVersion ?? "-")" }
            #expect(moves == rule.moves)
            #expect(outcome.moves.allSatisfy { $0.date == date && $0.secretARN == "arn:s" && $0.operation == "PutSecretValue" })
        } catch let error as ServiceError {
            #expect(error.code == rule.error, "\(error)")
        }
    }

    @Test("a refused change leaves the input untouched and the outcome reports stages")
    func refusedChangeIsPure() throws {
        let start = [VersionLabels(versionId: "v1", stages: ["AWSCURRENT"])]
        #expect(throws: ServiceError.self) {
            try StagingLabels.apply(
                .moveStage(label: "AWSCURRENT", removeFrom: "v1", moveTo: nil), to: start, secretARN: "a",
                date: Date(), operation: .updateSecretVersionStage)
        }
        let outcome = try StagingLabels.apply(
            .addVersion(versionId: "v2", stages: nil), to: start, secretARN: "a", date: Date(), operation: .putSecretValue)
        #expect(outcome.stages(of: "v1") == ["AWSPREVIOUS"])
        #expect(outcome.stages(of: "missing") == [])
    }
}

@Suite("Label maps for prediction")
struct LabelMapTests {
    @Test("a ListSecretVersionIds listing becomes an oldest-first map that predicts the engine's write")
    func predictionMatchesEngine() throws {
        let clock = TestClock()
        let engine = SecretsEngine(context: StoreContext(), clock: clock.closure, random: SeededRandomSource())
        var store = InMemorySecretStore()
        _ = try engine.createSecret(CreateSecretRequest(name: "a", clientRequestToken: Tok.t1, secretString: "1"), in: &store)
        for (token, stages) in [(Tok.t2, nil), (Tok.t3, ["GREEN"]), (Tok.t4, ["AWSPENDING"])] as [(String, [String]?)] {
            clock.advance(by: 10)
            _ = try engine.putSecretValue(
                PutSecretValueRequest(secretId: "a", clientRequestToken: token, secretString: token, versionStages: stages),
                in: &store)
        }
        let listing = try engine.listSecretVersionIds(
            ListSecretVersionIdsRequest(secretId: "a", includeDeprecated: true), in: &store)
        let map = VersionLabels.map(fromListing: listing.versions.shuffled())
        #expect(map.map(\.versionId) == [Tok.t1, Tok.t2, Tok.t3, Tok.t4])
        let record = try #require(try store.record(named: "a"))
        #expect(map == VersionLabels.map(of: record))

        clock.advance(by: 10)
        let predicted = try StagingLabels.apply(
            .addVersion(versionId: Tok.t5, stages: nil), to: map, secretARN: record.arn, date: clock.now,
            operation: .putSecretValue)
        _ = try engine.putSecretValue(
            PutSecretValueRequest(secretId: "a", clientRequestToken: Tok.t5, secretString: "5"), in: &store)
        #expect(predicted.versions == VersionLabels.map(of: try #require(try store.record(named: "a"))))
        #expect(Array(store.journal.suffix(predicted.moves.count)) == predicted.moves)
    }
}
