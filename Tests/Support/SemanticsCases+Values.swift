import Foundation
import SecretsCore

// MARK: - §2 values, §4.1 CreateSecret

extension SemanticsCases {
    /// SecretString / SecretBinary rules.
    public static var values: [SemanticsCase] {
        let eAcute = "\u{E9}"
        return [
            SemanticsCase(
                "value.both-string-and-binary", spec: "§4.1", moto: .differs("§8.11: both are stored"),
                [
                    .create(
                        "${a}", string: "s", binary: Data([1]),
                        .fails(code: "InvalidParameterException", message: ServiceError.bothSecretValues.message)),
                    .describe("${a}", .notFound),
                ]),
            SemanticsCase(
                "value.empty-string", spec: "§4.1", moto: .differs("§8.10: no value validation"),
                [.create("${a}", string: "", .constraint("secretString", "Member must have length greater than or equal to 1"))]),
            SemanticsCase(
                "value.max-size-accepted", spec: "§2 limits",
                [
                    .create("${a}", string: letters(65_536), .ok(.versionId(Tok.t1))),
                    .put("${a}", token: Tok.t2, binary: Data(repeating: 7, count: 65_536)),
                    .get("${a}", .ok(.binary(Data(repeating: 7, count: 65_536)))),
                ]),
            SemanticsCase(
                "value.string-too-long", spec: "§2 limits, §4.1", moto: .differs("§8.10"),
                [
                    .create(
                        "${a}", string: letters(65_537),
                        .constraint("secretString", "Member must have length less than or equal to 65536")),
                ]),
            SemanticsCase(
                "value.limit-counts-utf8-bytes", spec: "§2 limits", moto: .differs("§8.10"),
                [
                    .create("${a}", string: String(repeating: eAcute, count: 32_768)),
                    .put(
                        "${a}", token: Tok.t2, string: String(repeating: eAcute, count: 32_769),
                        .constraint("secretString", "Member must have length less than or equal to 65536")),
                ]),
            SemanticsCase(
                "value.binary-too-long", spec: "§2 limits", moto: .differs("§8.10"),
                [
                    .create("${a}", string: "v"),
                    .put(
                        "${a}", token: Tok.t2, binary: Data(repeating: 1, count: 65_537),
                        .constraint("secretBinary", "Member must have length less than or equal to 65536")),
                ]),
            SemanticsCase(
                "value.binary-round-trip", spec: "§1, §9",
                [
                    .create("${a}", binary: Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x80])),
                    .get("${a}", .ok(.binary(Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x80])))),
                ]),
            SemanticsCase(
                "value.unicode-string-round-trip", spec: "§2",
                [
                    .create("${a}", string: "p\u{E4}ss \u{1F511} \"quoted\" \\ \n"),
                    .get("${a}", .ok(.string("p\u{E4}ss \u{1F511} \"quoted\" \\ \n"))),
                ]),
            SemanticsCase(
                "value.put-without-value", spec: "§4.2",
                [
                    .create("${a}", string: "v"),
                    .put(
                        "${a}", token: Tok.t2,
                        .fails(code: "InvalidRequestException", message: "You must provide either SecretString or SecretBinary.")),
                ]),
        ]
    }

    /// CreateSecret.
    public static var creation: [SemanticsCase] {
        [
            SemanticsCase(
                "create.without-value", spec: "§4.1",
                [
                    .create("${a}", .ok(.versionId(nil), .name("${a}"))),
                    .describe("${a}", .ok(.versionMap(nil))),
                    .get(
                        "${a}",
                        .fails(
                            code: "ResourceNotFoundException",
                            message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT")),
                ]),
            SemanticsCase(
                "create.first-version-current", spec: "§4.1",
                [
                    .create("${a}", string: "v1", .ok(.versionId(Tok.t1), .name("${a}"))),
                    .get("${a}", .ok(.string("v1"), .versionId(Tok.t1), .stages(["AWSCURRENT"]))),
                    .describe("${a}", .ok(.versionMap([Tok.t1: ["AWSCURRENT"]]))),
                ]),
            SemanticsCase(
                "create.metadata", spec: "§2, §4.4",
                [
                    .create(
                        "${a}", string: "v", description: "my secret", kmsKeyId: "alias/custom",
                        tags: [Tag(key: "team", value: "core"), Tag(key: "env", value: "")]),
                    .describe(
                        "${a}",
                        .ok(
                            .description("my secret"), .kmsKeyId("alias/custom"),
                            .tags([Tag(key: "team", value: "core"), Tag(key: "env", value: "")]),
                            .scheduledForDeletion(false))),
                ]),
            SemanticsCase(
                "create.default-kms-key-omitted", spec: "§2, §4.4",
                [.create("${a}", string: "v"), .describe("${a}", .ok(.kmsKeyId(nil), .description(nil)))]),
            SemanticsCase(
                "create.existing-name-new-token", spec: "§4.1, §5",
                [
                    .create("${a}", string: "v"),
                    .create(
                        "${a}", token: Tok.t2, string: "v",
                        .fails(code: "ResourceExistsException", message: "The operation failed because the secret ${a} already exists.")),
                ]),
            SemanticsCase(
                "create.idempotent-retry", spec: "§4.1, §5",
                [
                    .create("${a}", string: "v"),
                    .create("${a}", string: "v", .ok(.versionId(Tok.t1), .arn("${arn:a}"))),
                    .describe("${a}", .ok(.versionMap([Tok.t1: ["AWSCURRENT"]]))),
                ]),
            SemanticsCase(
                "create.conflicting-retry", spec: "§4.1, §5",
                [
                    .create("${a}", string: "v"),
                    .create("${a}", string: "other", .tokenInUse(Tok.t1, "${arn:a}")),
                    .create("${a}", binary: Data("v".utf8), .tokenInUse(Tok.t1, "${arn:a}")),
                ]),
            SemanticsCase(
                "create.late-retry-returns-token-version", spec: "§5",
                moto: .differs("§8.8: moto answers the VersionId of the current version"),
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .create("${a}", string: "v1", .ok(.versionId(Tok.t1))),
                ]),
            SemanticsCase(
                "create.name-scheduled-for-deletion", spec: "§4.1, §6",
                moto: .differs("§6: moto answers ResourceExistsException"),
                [
                    .create("${a}", string: "v"),
                    .delete("${a}"),
                    .create(
                        "${a}", token: Tok.t2, string: "v",
                        .fails(
                            code: "InvalidRequestException",
                            message: "You can't create this secret because a secret with this name is already scheduled for deletion.")),
                ]),
            SemanticsCase(
                "create.after-force-delete-new-arn", spec: "§2",
                [
                    .create("${a}", string: "v"),
                    .delete("${a}", force: true),
                    .create(
                        "${a}", token: Tok.t2, string: "w",
                        .ok(
                            .custom("a new ARN suffix") { result, env in
                                guard case .createSecret(let r) = result else { return "not a create" }
                                let old = (try? env.arn("a")) ?? ""
                                return r.arn != old && r.arn.dropLast(7) == old.dropLast(7) ? nil : "\(r.arn) after \(old)"
                            })),
                    .get("${a}", .ok(.string("w"), .versionId(Tok.t2))),
                ]),
        ]
    }
}
