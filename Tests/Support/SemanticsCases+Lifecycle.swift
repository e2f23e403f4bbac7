import Foundation
import SecretsCore

// MARK: - §4.9 DeleteSecret, §4.10 RestoreSecret, §4.11 tags, §6

extension SemanticsCases {
    /// Checks on DescribeSecret that `DeletedDate` lies `days` after `CreatedDate` (within an hour), for a
    /// secret deleted right after it was created.
    static func deletionWindow(_ days: Int) -> ResultCheck {
        .custom("DeletedDate \(days) days after creation") { result, _ in
            guard case .describeSecret(let r) = result else { return "not a describe" }
            guard let deleted = r.deletedDate, let created = r.createdDate else { return "dates missing" }
            let window = deleted.timeIntervalSince(created)
            return abs(window - TimeInterval(days * 86_400)) < 3_600 ? nil : "window of \(window) s"
        }
    }

    /// DeleteSecret and RestoreSecret.
    public static var deletion: [SemanticsCase] {
        [
            SemanticsCase(
                "delete.schedules-and-restore", spec: "§4.9, §4.10",
                [
                    .create("${a}", string: "v1"),
                    .delete("${a}", .ok(.name("${a}"), .arn("${arn:a}"))),
                    .describe("${a}", .ok(.scheduledForDeletion(true))),
                    .restore("${a}", .ok(.name("${a}"), .arn("${arn:a}"))),
                    .describe("${a}", .ok(.scheduledForDeletion(false))),
                    .get("${a}", .ok(.string("v1"))),
                ]),
            SemanticsCase(
                "delete.recovery-window-bounds", spec: "§4.9", moto: .differs("§8.25: moto pads the range text"),
                [
                    .create("${a}", string: "v1"),
                    .delete(
                        "${a}", window: 6,
                        .fails(
                            code: "InvalidParameterException",
                            message: "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).")),
                    .delete(
                        "${a}", window: 31,
                        .fails(
                            code: "InvalidParameterException",
                            message: "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).")),
                    .describe("${a}", .ok(.scheduledForDeletion(false))),
                ]),
            SemanticsCase(
                "delete.recovery-window-7", spec: "§4.9",
                [.create("${a}", string: "v1"), .delete("${a}", window: 7), .describe("${a}", .ok(deletionWindow(7)))]),
            SemanticsCase(
                "delete.default-window-30", spec: "§4.9",
                [.create("${a}", string: "v1"), .delete("${a}"), .describe("${a}", .ok(deletionWindow(30)))]),
            SemanticsCase(
                "delete.force-with-window", spec: "§4.9", moto: .differs("§8.25: moto prefixes and pads the text"),
                [
                    .create("${a}", string: "v1"),
                    .delete(
                        "${a}", window: 7, force: true,
                        .fails(
                            code: "InvalidParameterException",
                            message: "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.")),
                ]),
            SemanticsCase(
                "delete.force", spec: "§4.9",
                [
                    .create("${a}", string: "v1"),
                    .delete("${a}", force: true, .ok(.name("${a}"), .arn("${arn:a}"))),
                    .describe("${a}", .notFound),
                    .get("${a}", .notFound),
                ]),
            SemanticsCase(
                "delete.force-unknown-secret", spec: "§4.9",
                [.delete("${missing}", force: true, .ok(.name("${missing}")))]),
            SemanticsCase(
                "delete.force-scheduled-secret", spec: "§4.9, §6",
                [
                    .create("${a}", string: "v1"),
                    .delete("${a}"),
                    .delete("${a}", force: true),
                    .describe("${a}", .notFound),
                ]),
            SemanticsCase(
                "delete.twice", spec: "§4.9, §6", moto: .differs("§6: prefixed moto text"),
                [.create("${a}", string: "v1"), .delete("${a}"), .delete("${a}", .markedForDeletion)]),
            SemanticsCase(
                "delete.unknown-secret", spec: "§4.9", [.delete("${missing}", .notFound)]),
            SemanticsCase(
                "delete.put-refused-while-scheduled", spec: "§6", moto: .differs("§6: moto accepts the put"),
                [
                    .create("${a}", string: "v1"),
                    .delete("${a}"),
                    .put("${a}", token: Tok.t2, string: "v2", .markedForDeletion),
                ]),
            SemanticsCase(
                "restore.not-scheduled", spec: "§4.10, §8.26",
                [.create("${a}", string: "v1"), .restore("${a}", .ok(.name("${a}")))]),
            SemanticsCase(
                "restore.unknown-secret", spec: "§4.10", [.restore("${missing}", .notFound)]),
        ]
    }

    /// TagResource and UntagResource.
    public static var tagging: [SemanticsCase] {
        [
            SemanticsCase(
                "tags.merge-and-overwrite", spec: "§4.11",
                [
                    .create("${a}", string: "v", tags: [Tag(key: "a", value: "1"), Tag(key: "b", value: "2")]),
                    .tag("${a}", [Tag(key: "b", value: "20"), Tag(key: "c", value: "3")]),
                    .describe(
                        "${a}", .ok(.tags([Tag(key: "a", value: "1"), Tag(key: "b", value: "20"), Tag(key: "c", value: "3")]))),
                ]),
            SemanticsCase(
                "tags.untag-ignores-unknown-keys", spec: "§4.11",
                [
                    .create("${a}", string: "v", tags: [Tag(key: "a", value: "1"), Tag(key: "b", value: "2")]),
                    .untag("${a}", ["a", "zzz"]),
                    .describe("${a}", .ok(.tags([Tag(key: "b", value: "2")]))),
                ]),
            SemanticsCase(
                "tags.case-sensitive-keys", spec: "§2",
                [
                    .create("${a}", string: "v", tags: [Tag(key: "Env", value: "1")]),
                    .tag("${a}", [Tag(key: "env", value: "2")]),
                    .describe("${a}", .ok(.tags([Tag(key: "Env", value: "1"), Tag(key: "env", value: "2")]))),
                ]),
            SemanticsCase(
                "tags.empty-after-removing-all", spec: "§4.4", moto: .same,
                [
                    .create("${a}", string: "v"),
                    .describe("${a}", .ok(.tags(nil))),
                    .tag("${a}", [Tag(key: "k", value: "v")]),
                    .untag("${a}", ["k"]),
                    .describe("${a}", .ok(.tags([]))),
                ]),
            SemanticsCase(
                "tags.scheduled-for-deletion", spec: "§4.11, §6", moto: .differs("§6: moto tags deleted secrets"),
                [
                    .create("${a}", string: "v"),
                    .delete("${a}"),
                    .tag("${a}", [Tag(key: "k", value: "v")], .markedForDeletion),
                    .untag("${a}", ["k"], .markedForDeletion),
                ]),
            SemanticsCase(
                "tags.unknown-secret", spec: "§4.11",
                [.tag("${missing}", [Tag(key: "k", value: "v")], .notFound), .untag("${missing}", ["k"], .notFound)]),
            SemanticsCase(
                "tags.reserved-prefix", spec: "§4.11", moto: .differs("observed on moto 5.2.1: aws: keys accepted"),
                [
                    .create("${a}", string: "v"),
                    .tag("${a}", [Tag(key: "aws:owner", value: "x")], .fails(code: "InvalidParameterException", message: ServiceError.reservedTagKey.message)),
                ]),
            SemanticsCase(
                "tags.key-length", spec: "§2 limits", moto: .differs("observed on moto 5.2.1: no tag length validation"),
                [
                    .create("${a}", string: "v"),
                    .tag(
                        "${a}", [Tag(key: letters(129), value: "x")],
                        .constraint("tags.1.member.key", "Member must have length less than or equal to 128")),
                ]),
            SemanticsCase(
                "tags.quota", spec: "§2 limits", moto: .differs("observed on moto 5.2.1: no tag quota"),
                [
                    .create("${a}", string: "v", tags: (1...50).map { Tag(key: "k\($0)", value: "") }),
                    .tag("${a}", [Tag(key: "k51", value: "")], .fails(code: "InvalidParameterException", message: ServiceError.tagQuota.message)),
                    .tag("${a}", [Tag(key: "k50", value: "changed")]),
                ]),
        ]
    }
}
