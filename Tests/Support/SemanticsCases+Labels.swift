import Foundation
import SecretsCore

// MARK: - §4.7 UpdateSecretVersionStage, §4.8 UpdateSecret

extension SemanticsCases {
    /// UpdateSecretVersionStage.
    public static var labels: [SemanticsCase] {
        [
            SemanticsCase(
                "stage.rollback-swaps-current-and-previous", spec: "§4.7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .stage("${a}", "AWSCURRENT", remove: Tok.t2, move: Tok.t1, .ok(.name("${a}"), .arn("${arn:a}"))),
                    .get("${a}", versionId: Tok.t1, .ok(.stages(["AWSCURRENT"]))),
                    .get("${a}", versionId: Tok.t2, .ok(.stages(["AWSPREVIOUS"]))),
                    .get("${a}", stage: "AWSCURRENT", .ok(.string("v1"))),
                ]),
            SemanticsCase(
                "stage.rollback-default-read", spec: "§4.7",
                moto: .differs("§8.1: a plain GetSecretValue still returns the old version"),
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .stage("${a}", "AWSCURRENT", remove: Tok.t2, move: Tok.t1),
                    .get("${a}", .ok(.string("v1"))),
                    .update("${a}", token: Tok.t3, string: "v3"),
                    .describe("${a}", .ok(.versionMap([Tok.t1: ["AWSPREVIOUS"], Tok.t3: ["AWSCURRENT"]]))),
                ]),
            SemanticsCase(
                "stage.current-needs-remove-from", spec: "§4.7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["NEXT"]),
                    .stage(
                        "${a}", "AWSCURRENT", move: Tok.t2,
                        .fails(
                            code: "InvalidParameterException",
                            message: "The parameter RemoveFromVersionId can't be empty. Staging label AWSCURRENT is currently attached to version \(Tok.t1), so you must explicitly reference that version in RemoveFromVersionId.")),
                    .get("${a}", .ok(.versionId(Tok.t1))),
                ]),
            SemanticsCase(
                "stage.custom-needs-remove-from", spec: "§4.7",
                moto: .differs("§8.2: moto copies the label, leaving it on two versions"),
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["GREEN"]),
                    .stage(
                        "${a}", "GREEN", move: Tok.t1,
                        .fails(
                            code: "InvalidParameterException",
                            message: "The parameter RemoveFromVersionId can't be empty. Staging label GREEN is currently attached to version \(Tok.t2), so you must explicitly reference that version in RemoveFromVersionId.")),
                    .get("${a}", versionId: Tok.t2, .ok(.stages(["GREEN"]))),
                ]),
            SemanticsCase(
                "stage.custom-move-with-remove-from", spec: "§4.7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["GREEN"]),
                    .stage("${a}", "GREEN", remove: Tok.t2, move: Tok.t1),
                    .get("${a}", versionId: Tok.t1, .ok(.stages(["AWSCURRENT", "GREEN"]))),
                    .get("${a}", versionId: Tok.t2, .ok(.stages([]))),
                ]),
            SemanticsCase(
                "stage.attach-new-label", spec: "§4.7",
                [
                    .create("${a}", string: "v1"),
                    .stage("${a}", "BLUE", move: Tok.t1),
                    .get("${a}", stage: "BLUE", .ok(.versionId(Tok.t1), .stages(["AWSCURRENT", "BLUE"]))),
                ]),
            SemanticsCase(
                "stage.same-target-no-op", spec: "§4.7", moto: .differs("§8.3: moto appends a duplicate label"),
                [
                    .create("${a}", string: "v1"),
                    .stage("${a}", "GREEN", move: Tok.t1),
                    .stage("${a}", "GREEN", move: Tok.t1),
                    .stage("${a}", "AWSCURRENT", move: Tok.t1),
                    .get("${a}", .ok(
                        .custom("labels without duplicates") { result, _ in
                            guard case .getSecretValue(let r) = result else { return "not a get" }
                            return r.versionStages.sorted() == ["AWSCURRENT", "GREEN"] ? nil : "\(r.versionStages)"
                        })),
                ]),
            SemanticsCase(
                "stage.remove-current-refused", spec: "§4.7", moto: .differs("§8.4: moto leaves no AWSCURRENT"),
                [
                    .create("${a}", string: "v1"),
                    .stage(
                        "${a}", "AWSCURRENT", remove: Tok.t1,
                        .fails(code: "InvalidParameterException", message: ServiceError.cannotRemoveCurrent.message)),
                    .get("${a}", .ok(.versionId(Tok.t1), .stages(["AWSCURRENT"]))),
                ]),
            SemanticsCase(
                "stage.detach-custom-label", spec: "§4.7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["PENDING"]),
                    .stage("${a}", "PENDING", remove: Tok.t2),
                    .get("${a}", versionId: Tok.t2, .ok(.stages([]))),
                    .get("${a}", .ok(.versionId(Tok.t1))),
                ]),
            SemanticsCase(
                "stage.remove-from-without-label", spec: "§4.7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["GREEN"]),
                    .stage(
                        "${a}", "GREEN", remove: Tok.t1, move: Tok.t2,
                        .fails(code: "InvalidParameterException", message: "Version stage GREEN not found in version \(Tok.t1)")),
                ]),
            SemanticsCase(
                "stage.unknown-move-to", spec: "§4.7",
                moto: .differs("§8.23: moto removes AWSCURRENT before refusing"),
                [
                    .create("${a}", string: "v1"),
                    .stage(
                        "${a}", "AWSCURRENT", remove: Tok.t1, move: Tok.unknown,
                        .fails(code: "InvalidParameterException", message: "Not a valid version: \(Tok.unknown)")),
                    .get("${a}", .ok(.versionId(Tok.t1), .stages(["AWSCURRENT"]))),
                ]),
            SemanticsCase(
                "stage.unknown-remove-from", spec: "§4.7, §8.26",
                [
                    .create("${a}", string: "v1"),
                    .stage(
                        "${a}", "GREEN", remove: Tok.unknown,
                        .fails(code: "InvalidParameterException", message: "Not a valid version: \(Tok.unknown)")),
                ]),
            SemanticsCase(
                "stage.pending-stays-on-current-move", spec: "§2 invariant 4-5, §4.7",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: ["AWSPENDING"]),
                    .stage("${a}", "AWSCURRENT", remove: Tok.t1, move: Tok.t2),
                    .get("${a}", versionId: Tok.t2, .ok(.stages(["AWSPENDING", "AWSCURRENT"]))),
                    .get("${a}", versionId: Tok.t1, .ok(.stages(["AWSPREVIOUS"]))),
                ]),
            SemanticsCase(
                "stage.previous-follows-current", spec: "§2 invariant 4",
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .put("${a}", token: Tok.t3, string: "v3", stages: ["NEXT"]),
                    .stage("${a}", "AWSCURRENT", remove: Tok.t2, move: Tok.t3),
                    .get("${a}", versionId: Tok.t1, .ok(.stages([]))),
                    .get("${a}", versionId: Tok.t2, .ok(.stages(["AWSPREVIOUS"]))),
                    .get("${a}", versionId: Tok.t3, .ok(.stages(["NEXT", "AWSCURRENT"]))),
                ]),
            SemanticsCase(
                "stage.neither-version", spec: "§4.7", moto: .differs("observed on moto 5.2.1: succeeds without a change"),
                [
                    .create("${a}", string: "v1"),
                    .stage("${a}", "GREEN", .fails(code: "InvalidParameterException", message: ServiceError.stageUpdateWithoutVersion.message)),
                ]),
            SemanticsCase(
                "stage.label-quota", spec: "§2 limits, §4.7", moto: .differs("§8.6: no label quota"),
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2", stages: (1...19).map { "L\($0)" }),
                    .stage(
                        "${a}", "L20", move: Tok.t1,
                        .fails(code: "LimitExceededException", message: ServiceError.stagingLabelQuota.message)),
                    .stage("${a}", "L19", remove: Tok.t2, move: Tok.t1),
                ]),
            SemanticsCase(
                "stage.scheduled-for-deletion", spec: "§6", moto: .differs("§6: moto succeeds"),
                [
                    .create("${a}", string: "v1"),
                    .delete("${a}"),
                    .stage("${a}", "GREEN", move: Tok.t1, .markedForDeletion),
                ]),
            SemanticsCase(
                "stage.unknown-secret", spec: "§4.7",
                [.stage("${missing}", "GREEN", move: Tok.t1, .notFound)]),
        ]
    }

    /// UpdateSecret.
    public static var updates: [SemanticsCase] {
        [
            SemanticsCase(
                "update.description-only", spec: "§4.8",
                [
                    .create("${a}", string: "v1", description: "old"),
                    .update("${a}", token: Tok.t2, description: "new", .ok(.versionId(nil), .name("${a}"), .arn("${arn:a}"))),
                    .describe("${a}", .ok(.description("new"), .versionMap([Tok.t1: ["AWSCURRENT"]]))),
                ]),
            SemanticsCase(
                "update.description-only-without-token", spec: "§4.8",
                moto: .differs("moto answers ResourceExistsException \"A resource with the ID you requested already exists.\" (not in §8; SDKs always send a token)"),
                [
                    .create("${a}", string: "v1", description: "old"),
                    .update("${a}", description: "new", .ok(.versionId(nil))),
                    .describe("${a}", .ok(.description("new"))),
                ]),
            SemanticsCase(
                "update.value-moves-current", spec: "§4.8",
                [
                    .create("${a}", string: "v1"),
                    .update("${a}", token: Tok.t2, string: "v2", .ok(.versionId(Tok.t2))),
                    .get("${a}", .ok(.string("v2"), .stages(["AWSCURRENT"]))),
                    .get("${a}", versionId: Tok.t1, .ok(.stages(["AWSPREVIOUS"]))),
                ]),
            SemanticsCase(
                "update.idempotent-retry", spec: "§4.8, §5",
                [
                    .create("${a}", string: "v1"),
                    .update("${a}", token: Tok.t2, string: "v2"),
                    .update("${a}", token: Tok.t2, string: "v2", .ok(.versionId(Tok.t2))),
                    .describe("${a}", .ok(.versionMap([Tok.t1: ["AWSPREVIOUS"], Tok.t2: ["AWSCURRENT"]]))),
                ]),
            SemanticsCase(
                "update.conflicting-retry", spec: "§4.8, §5",
                [
                    .create("${a}", string: "v1"),
                    .update("${a}", token: Tok.t1, string: "other", .tokenInUse(Tok.t1, "${arn:a}")),
                ]),
            SemanticsCase(
                "update.late-retry-returns-token-version", spec: "§5",
                moto: .differs("§8.8: moto answers the VersionId of the current version"),
                [
                    .create("${a}", string: "v1"),
                    .update("${a}", token: Tok.t2, string: "v2"),
                    .update("${a}", token: Tok.t3, string: "v3"),
                    .update("${a}", token: Tok.t2, string: "v2", .ok(.versionId(Tok.t2))),
                ]),
            SemanticsCase(
                "update.same-value-fresh-tokens", spec: "§4.8",
                [
                    .create("${a}", string: "v1"),
                    .update("${a}", token: Tok.t2, string: "same"),
                    .update("${a}", token: Tok.t3, string: "same", .ok(.versionId(Tok.t3))),
                    .get("${a}", versionId: Tok.t2, .ok(.stages(["AWSPREVIOUS"]))),
                ]),
            SemanticsCase(
                "update.drops-pending-from-old-current", spec: "§2 invariant 4-5",
                [
                    .create("${a}", string: "v1"),
                    .stage("${a}", "AWSPENDING", move: Tok.t1),
                    .update("${a}", token: Tok.t2, string: "v2"),
                    .get("${a}", versionId: Tok.t1, .ok(.stages(["AWSPREVIOUS"]))),
                ]),
            SemanticsCase(
                "update.kms-key-reset", spec: "§4.8", moto: .differs("observed on moto 5.2.1: KmsKeyId becomes the empty string"),
                [
                    .create("${a}", string: "v1", kmsKeyId: "alias/custom"),
                    .update("${a}", token: Tok.t2, kmsKeyId: ""),
                    .describe("${a}", .ok(.kmsKeyId(nil))),
                ]),
            SemanticsCase(
                "update.scheduled-for-deletion", spec: "§4.8, §6", moto: .differs("§6: prefixed moto text"),
                [
                    .create("${a}", string: "v1"),
                    .delete("${a}"),
                    .update("${a}", token: Tok.t2, string: "v2", .markedForDeletion),
                    .update("${a}", description: "d", .markedForDeletion),
                ]),
            SemanticsCase(
                "update.both-values", spec: "§4.1, §4.8", moto: .differs("§8.11"),
                [
                    .create("${a}", string: "v1"),
                    .update(
                        "${a}", token: Tok.t2, string: "s", binary: Data([1]),
                        .fails(code: "InvalidParameterException", message: ServiceError.bothSecretValues.message)),
                ]),
        ]
    }
}
