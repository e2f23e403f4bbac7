import Foundation
import SecretsCore

/// The behavioural case table of the semantics spec (sections 2–7), written against `SecretsBackend` only,
/// so the same cases run against the engine, the vault and moto. Each case names its spec section and
/// whether moto 5.2.1 is expected to answer differently (spec §8), so a moto runner can skip or invert it.
///
/// Time-dependent rules (lazy purge, 24-hour version retention, LastAccessedDate's day) cannot be driven
/// through the protocol and are tested directly against the engine.
public enum SemanticsCases {
    /// Every case, grouped by area.
    public static var all: [SemanticsCase] {
        tokens + names + values + creation + puts + reads + labels + updates + listing + versionListing
            + deletion + tagging + passwords + batches
    }

    /// The value of a string of `count` ASCII letters.
    static func letters(_ count: Int) -> String { String(repeating: "x", count: count) }
}

// MARK: - §1 / §5 tokens

extension SemanticsCases {
    /// ClientRequestToken rules.
    public static var tokens: [SemanticsCase] {
        [
            SemanticsCase(
                "token.create-missing", spec: "§1, §5", moto: .differs("§8.12: moto generates a token server-side"),
                [
                    .create(
                        "${a}", token: nil, string: "v",
                        .fails(
                            code: "InvalidRequestException",
                            message: "You must provide a ClientRequestToken value. We recommend a UUID-type value.")),
                    .describe("${a}", .notFound),
                ]),
            SemanticsCase(
                "token.put-missing-even-for-unknown-secret", spec: "§1",
                moto: .differs("§8.12: moto generates a token server-side"),
                [
                    .put(
                        "${nothing}", token: nil, string: "v",
                        .fails(
                            code: "InvalidRequestException",
                            message: "You must provide a ClientRequestToken value. We recommend a UUID-type value.")),
                ]),
            SemanticsCase(
                "token.update-with-value-missing", spec: "§1, §4.8", moto: .differs("§8.12"),
                [
                    .create("${a}", string: "v1"),
                    .update(
                        "${a}", string: "v2",
                        .fails(
                            code: "InvalidRequestException",
                            message: "You must provide a ClientRequestToken value. We recommend a UUID-type value.")),
                ]),
            SemanticsCase(
                "token.too-short", spec: "§2 limits, §5",
                moto: .differs("§8.13: InvalidParameterException \"ClientRequestToken must be 32-64 characters long.\""),
                [
                    .create(
                        "${a}", token: letters(31), string: "v",
                        .constraint("clientRequestToken", "Member must have length greater than or equal to 32")),
                ]),
            SemanticsCase(
                "token.too-long", spec: "§2 limits, §5", moto: .differs("§8.13"),
                [
                    .create("${a}", string: "v1"),
                    .put(
                        "${a}", token: letters(65), string: "v2",
                        .constraint("clientRequestToken", "Member must have length less than or equal to 64")),
                ]),
            SemanticsCase(
                "token.bounds-accepted", spec: "§2 limits",
                [
                    .create("${a}", token: letters(32), string: "v1", .ok(.versionId(letters(32)))),
                    .put("${a}", token: letters(64), string: "v2", .ok(.versionId(letters(64)))),
                ]),
        ]
    }
}

// MARK: - §3 names and SecretId resolution

extension SemanticsCases {
    /// Name syntax and SecretId resolution.
    public static var names: [SemanticsCase] {
        [
            SemanticsCase(
                "name.invalid-characters", spec: "§2, §3", moto: .differs("§8.9: no name validation"),
                [.create("${bad name!}", string: "v", .invalidName)]),
            SemanticsCase(
                "name.too-long", spec: "§2 limits", moto: .differs("§8.9: a 513-character name is accepted"),
                [.create("${}" + letters(513), string: "v", .constraint("name", "Member must have length less than or equal to 512"))]),
            SemanticsCase(
                "name.max-length-accepted", spec: "§2 limits",
                [
                    .create("${}" + letters(500), string: "v"),
                    .get("${}" + letters(500), .ok(.string("v"))),
                ]),
            SemanticsCase(
                "name.all-documented-characters", spec: "§2",
                [
                    .create("${Az09/_+=.@-x}", string: "v"),
                    .get("${Az09/_+=.@-x}", .ok(.string("v"))),
                ]),
            SemanticsCase(
                "name.syntax-checked-before-existence", spec: "§3",
                moto: .differs("§8.9: moto answers ResourceNotFoundException"),
                [
                    .get("${no such!}", .invalidName),
                    .describe("${no such!}", .invalidName),
                    .put("${no such!}", token: Tok.t1, string: "v", .invalidName),
                    .versions("${no such!}", .invalidName),
                    .tag("${no such!}", [Tag(key: "k", value: "v")], .invalidName),
                    .untag("${no such!}", ["k"], .invalidName),
                    .update("${no such!}", description: "d", .invalidName),
                    .delete("${no such!}", force: true, .invalidName),
                ]),
            SemanticsCase(
                "name.arn-suffix", spec: "§2",
                [
                    .create(
                        "${a}", string: "v",
                        .ok(
                            .custom("ARN shape") { result, env in
                                guard case .createSecret(let r) = result else { return "not a create" }
                                let expectedStart = ":secret:" + env.prefix + "a-"
                                guard r.arn.hasPrefix("arn:"), r.arn.contains(":secretsmanager:"),
                                    let range = r.arn.range(of: expectedStart)
                                else { return r.arn }
                                let suffix = r.arn[range.upperBound...]
                                return suffix.count == 6 && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
                                    ? nil : "suffix \(suffix)"
                            })),
                ]),
            SemanticsCase(
                "id.full-and-partial-arn", spec: "§3",
                [
                    .create("${a}", string: "v"),
                    .get("${arn:a}", .ok(.string("v"), .name("${a}"), .arn("${arn:a}"))),
                    .get("${parn:a}", .ok(.string("v"))),
                    .describe("${parn:a}", .ok(.arn("${arn:a}"))),
                ]),
            SemanticsCase(
                "id.full-arn-wrong-suffix", spec: "§3",
                [.create("${a}", string: "v"), .get("${arn@suffix:a}", .notFound)]),
            SemanticsCase(
                "id.partial-arn-other-region", spec: "§3", moto: .differs("§8.16: region and account are ignored"),
                [.create("${a}", string: "v"), .get("${parn@region:a}", .notFound)]),
            SemanticsCase(
                "id.partial-arn-other-account", spec: "§3", moto: .differs("§8.16"),
                [.create("${a}", string: "v"), .describe("${parn@account:a}", .notFound)]),
            SemanticsCase(
                "id.partial-arn-of-suffix-like-name", spec: "§3",
                moto: .differs("§3: moto resolves it (get_secret_value_partial_arn_ambiguous)"),
                [
                    .create("${name-abcdef}", string: "v"),
                    .get("${name-abcdef}", .ok(.string("v"))),
                    .get("${arn:name-abcdef}", .ok(.string("v"))),
                    .get("${parn:name-abcdef}", .notFound),
                ]),
            SemanticsCase(
                "id.partial-arn-of-names-not-suffix-like", spec: "§3",
                [
                    .create("${s-c64bdc03}", string: "one"),
                    .create("${Valid-Name-a1b2}", string: "two"),
                    .create("${Valid-Name-a1b2c3-}", string: "three"),
                    .get("${parn:s-c64bdc03}", .ok(.string("one"))),
                    .get("${parn:Valid-Name-a1b2}", .ok(.string("two"))),
                    .get("${parn:Valid-Name-a1b2c3-}", .ok(.string("three"))),
                ]),
            SemanticsCase(
                "id.unknown", spec: "§3, §4.3",
                [
                    .get("${missing}", .notFound),
                    .describe("${missing}", .notFound),
                ]),
        ]
    }
}
