import Foundation
import SecretsCore

// MARK: - §4.2 PutSecretValue, §7, §4.3 GetSecretValue

extension SemanticsCases {
    /// PutSecretValue and its label rules.
    public static var puts: [SemanticsCase] {
        [
            SemanticsCase(
                "put.default-stages-move-current", spec: "§4.2, §7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", .ok(.stages(["AWSCURRENT"]), .versionId(Tok.t2), .name("${a}"))),
                    .get("${a}", .ok(.string("v2"), .versionId(Tok.t2))),
                    .get("${a}", stage: "AWSPREVIOUS", .ok(.string("v1"), .versionId(Tok.t1))),
                    .get("${a}", versionId: Tok.t1, .ok(.stages(["AWSPREVIOUS"]))),
                ]),
            SemanticsCase(
                "put.third-version-deprecates-first", spec: "§2 invariant 3-4",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .put("${a}", token: Tok.t3, string: "v3"),
                    .get("${a}", versionId: Tok.t1, .ok(.stages([]), .string("v1"))),
                    .get("${a}", versionId: Tok.t2, .ok(.stages(["AWSPREVIOUS"]))),
                    .get("${a}", versionId: Tok.t3, .ok(.stages(["AWSCURRENT"]))),
                ]),
            SemanticsCase(
                "put.custom-stage-only-leaves-current", spec: "§4.2, §7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["STAGED"], .ok(.stages(["STAGED"]))),
                    .get("${a}", .ok(.string("v1"), .stages(["AWSCURRENT"]))),
                    .get("${a}", stage: "STAGED", .ok(.string("v2"))),
                ]),
            SemanticsCase(
                "put.pending-only-leaves-current", spec: "§4.2, §7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["AWSPENDING"], .ok(.stages(["AWSPENDING"]))),
                    .get("${a}", .ok(.string("v1"))),
                    .get("${a}", stage: "AWSPENDING", .ok(.string("v2"))),
                ]),
            SemanticsCase(
                "put.literal-list-keeps-unnamed-labels", spec: "§4.2",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["one", "two", "three"]),
                    .put("${a}", token: Tok.t3, string: "v3", stages: ["one", "two", "four"]),
                    .get("${a}", versionId: Tok.t2, .ok(.stages(["three"]))),
                    .get("${a}", versionId: Tok.t3, .ok(.stages(["one", "two", "four"]))),
                    .get("${a}", .ok(.versionId(Tok.t1))),
                ]),
            SemanticsCase(
                "put.first-version-always-current", spec: "§4.2, §7",
                [
                    .create("${a}"),
                    .put("${a}", token: Tok.t1, string: "v1", stages: ["CUSTOM"], .ok(.stages(["CUSTOM", "AWSCURRENT"]))),
                    .get("${a}", .ok(.string("v1"))),
                ]),
            SemanticsCase(
                "put.first-put-after-valueless-create", spec: "§9",
                [
                    .create("${a}"),
                    .put("${a}", token: Tok.t1, string: "v1", .ok(.stages(["AWSCURRENT"]))),
                ]),
            SemanticsCase(
                "put.moves-existing-custom-label", spec: "§4.2, §7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["STAGED"]),
                    .put("${a}", token: Tok.t3, string: "v3", stages: ["STAGED"]),
                    .get("${a}", versionId: Tok.t2, .ok(.stages([]))),
                    .get("${a}", stage: "STAGED", .ok(.versionId(Tok.t3))),
                ]),
            SemanticsCase(
                "put.explicit-current-plus-custom", spec: "§7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["AWSCURRENT", "BLUE"], .ok(.stages(["AWSCURRENT", "BLUE"]))),
                    .get("${a}", versionId: Tok.t1, .ok(.stages(["AWSPREVIOUS"]))),
                ]),
            SemanticsCase(
                "put.idempotent-retry", spec: "§4.2, §5",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t1, string: "v1", .ok(.versionId(Tok.t1), .stages(["AWSCURRENT"]))),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .put("${a}", token: Tok.t2, string: "v2", .ok(.versionId(Tok.t2), .stages(["AWSCURRENT"]))),
                    .put("${a}", token: Tok.t1, string: "v1", .ok(.versionId(Tok.t1), .stages(["AWSPREVIOUS"]))),
                    .get("${a}", .ok(.versionId(Tok.t2))),
                ]),
            SemanticsCase(
                "put.binary-idempotent-retry", spec: "§5",
                [
                    .create("${a}", binary: Data([1, 2, 3])),
                    .put("${a}", token: Tok.t1, binary: Data([1, 2, 3]), .ok(.versionId(Tok.t1))),
                    .put("${a}", token: Tok.t1, string: "\u{1}\u{2}\u{3}", .tokenInUse(Tok.t1, "${arn:a}")),
                ]),
            SemanticsCase(
                "put.conflicting-retry", spec: "§4.2, §5",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t1, string: "changed", .tokenInUse(Tok.t1, "${arn:a}")),
                    .get("${a}", .ok(.string("v1"))),
                ]),
            SemanticsCase(
                "put.current-move-drops-pending-from-old", spec: "§2 invariant 4",
                moto: .differs("§8.1: after UpdateSecretVersionStage moto relabels from a stale current version"),
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["AWSPENDING"]),
                    .stage("${a}", "AWSCURRENT", remove: Tok.t1, move: Tok.t2),
                    .put("${a}", token: Tok.t3, string: "v3", .ok(.stages(["AWSCURRENT"]))),
                    .get("${a}", versionId: Tok.t2, .ok(.stages(["AWSPREVIOUS"]))),
                    .get("${a}", versionId: Tok.t1, .ok(.stages([]))),
                ]),
            SemanticsCase(
                "put.custom-label-on-old-current-kept", spec: "§2 invariant 4",
                moto: .differs("§8.5: moto replaces the old current version's labels by AWSPREVIOUS"),
                [
                    .create("${a}", string: "v1"),
                    .stage("${a}", "CUSTOM", move: Tok.t1),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .get("${a}", versionId: Tok.t1, .ok(.stages(["CUSTOM", "AWSPREVIOUS"]))),
                ]),
            SemanticsCase(
                "put.empty-stage-list", spec: "§2 limits", moto: .differs("§8.6: an unlabelled version is created"),
                [
                    .create("${a}", string: "v1"),
                    .put(
                        "${a}", token: Tok.t2, string: "v2", stages: [],
                        .constraint("versionStages", "Member must have length greater than or equal to 1")),
                ]),
            SemanticsCase(
                "put.21-labels-in-request", spec: "§2 limits", moto: .differs("§8.6: accepted"),
                [
                    .create("${a}", string: "v1"),
                    .put(
                        "${a}", token: Tok.t2, string: "v2", stages: (1...21).map { "L\($0)" },
                        .constraint("versionStages", "Member must have length less than or equal to 20")),
                ]),
            SemanticsCase(
                "put.label-too-long", spec: "§2 limits", moto: .differs("§8.6: no label validation"),
                [
                    .create("${a}", string: "v1"),
                    .put(
                        "${a}", token: Tok.t2, string: "v2", stages: [letters(257)],
                        .constraint("versionStages.1.member", "Member must have length less than or equal to 256")),
                ]),
            SemanticsCase(
                "put.21st-label-across-versions", spec: "§2 limits", moto: .differs("§8.6: no label quota"),
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: (1...19).map { "L\($0)" }),
                    .put(
                        "${a}", token: Tok.t3, string: "v3", stages: ["L20"],
                        .fails(code: "LimitExceededException", message: ServiceError.stagingLabelQuota.message)),
                    .get("${a}", versionId: Tok.t3, .fails(
                        code: "ResourceNotFoundException",
                        message: "Secrets Manager can't find the specified secret value for VersionId: \(Tok.t3)")),
                    .put("${a}", token: Tok.t3, string: "v3", stages: ["L1"], .ok(.stages(["L1"]))),
                ]),
            SemanticsCase(
                "put.unknown-secret", spec: "§4.2",
                [.put("${missing}", token: Tok.t1, string: "v", .notFound)]),
        ]
    }

    /// GetSecretValue and DescribeSecret.
    public static var reads: [SemanticsCase] {
        [
            SemanticsCase(
                "get.unknown-stage", spec: "§4.3", moto: .differs("§8.17: the plain not-found text"),
                [
                    .create("${a}", string: "v1"),
                    .get(
                        "${a}", stage: "NOPE",
                        .fails(
                            code: "ResourceNotFoundException",
                            message: "Secrets Manager can't find the specified secret value for staging label: NOPE")),
                ]),
            SemanticsCase(
                "get.unknown-version-id", spec: "§4.3",
                [
                    .create("${a}", string: "v1"),
                    .get(
                        "${a}", versionId: Tok.unknown,
                        .fails(
                            code: "ResourceNotFoundException",
                            message: "Secrets Manager can't find the specified secret value for VersionId: \(Tok.unknown)")),
                ]),
            SemanticsCase(
                "get.version-and-stage-mismatch", spec: "§4.3",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .get(
                        "${a}", versionId: Tok.t1, stage: "AWSCURRENT",
                        .fails(
                            code: "InvalidRequestException",
                            message: "You provided a VersionStage that is not associated to the provided VersionId.")),
                    .get("${a}", versionId: Tok.t1, stage: "AWSPREVIOUS", .ok(.string("v1"))),
                ]),
            SemanticsCase(
                "get.version-id-length", spec: "§4.3", moto: .differs("observed on moto 5.2.1: no length check, ResourceNotFoundException for the VersionId"),
                [
                    .create("${a}", string: "v1"),
                    .get("${a}", versionId: "short", .constraint("versionId", "Member must have length greater than or equal to 32")),
                ]),
            SemanticsCase(
                "get.scheduled-for-deletion", spec: "§4.3, §6", moto: .differs("§6: prefixed moto text"),
                [.create("${a}", string: "v1"), .delete("${a}"), .get("${a}", .markedForDeletion)]),
            SemanticsCase(
                "get.sets-last-accessed-date", spec: "§2, §4.3", moto: .differs("§8.20: never set"),
                [
                    .create("${a}", string: "v1"),
                    .describe(
                        "${a}",
                        .ok(.custom("no LastAccessedDate before a read") { result, _ in
                            guard case .describeSecret(let r) = result else { return "not a describe" }
                            return r.lastAccessedDate == nil ? nil : "\(r.lastAccessedDate!)"
                        })),
                    .get("${a}"),
                    .describe("${a}", .ok(.lastAccessedAtMidnight)),
                ]),
            SemanticsCase(
                "describe.scheduled-for-deletion", spec: "§4.4, §6",
                [
                    .create("${a}", string: "v1"),
                    .delete("${a}"),
                    .describe("${a}", .ok(.scheduledForDeletion(true), .name("${a}"))),
                ]),
            SemanticsCase(
                "describe.hides-deprecated-versions", spec: "§2 invariant 3, §4.4",
                moto: .differs("§8.6: moto lists unlabelled versions"),
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .put("${a}", token: Tok.t3, string: "v3"),
                    .describe("${a}", .ok(.versionMap([Tok.t2: ["AWSPREVIOUS"], Tok.t3: ["AWSCURRENT"]]))),
                ]),
        ]
    }
}
