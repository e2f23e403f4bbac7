import Foundation
import SecretsCore

// MARK: - §4.12 GetRandomPassword, §4.13 BatchGetSecretValue

extension SemanticsCases {
    /// A check on the generated password.
    static func passwordCheck(_ what: String, _ body: @escaping @Sendable (String) -> Bool) -> ResultCheck {
        .custom(what) { result, _ in
            guard case .getRandomPassword(let r) = result else { return "not a password" }
            return body(r.randomPassword) ? nil : "password «\(r.randomPassword)»"
        }
    }

    static let punctuation = Set(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##)

    /// GetRandomPassword.
    public static var passwords: [SemanticsCase] {
        [
            SemanticsCase(
                "password.defaults", spec: "§4.12",
                [
                    .password(
                        GetRandomPasswordRequest(),
                        .ok(
                            passwordCheck("32 characters") { $0.count == 32 },
                            passwordCheck("one of each type") { p in
                                p.contains(where: \.isLowercase) && p.contains(where: \.isUppercase)
                                    && p.contains(where: \.isNumber) && p.contains(where: { punctuation.contains($0) })
                            },
                            passwordCheck("no space") { !$0.contains(" ") })),
                ]),
            SemanticsCase(
                "password.exclusions", spec: "§4.12",
                [
                    .password(
                        GetRandomPasswordRequest(
                            passwordLength: 200, excludeCharacters: "abcABC012", excludePunctuation: true),
                        .ok(
                            passwordCheck("200 characters") { $0.count == 200 },
                            passwordCheck("no excluded characters") { p in
                                !p.contains(where: { "abcABC012".contains($0) || punctuation.contains($0) })
                            })),
                    .password(
                        GetRandomPasswordRequest(passwordLength: 50, excludeNumbers: true, excludeLowercase: true),
                        .ok(passwordCheck("upper and punctuation only") { p in
                            p.allSatisfy { $0.isUppercase || punctuation.contains($0) }
                        })),
                ]),
            SemanticsCase(
                "password.include-space", spec: "§4.12",
                [
                    .password(
                        GetRandomPasswordRequest(
                            passwordLength: 64, excludeNumbers: true, excludePunctuation: true, excludeUppercase: true,
                            excludeLowercase: true, includeSpace: true),
                        .ok(passwordCheck("spaces only") { $0 == String(repeating: " ", count: 64) })),
                ]),
            SemanticsCase(
                "password.single-class-length-1", spec: "§4.12", moto: .differs("§8.14: minimum length 4"),
                [
                    .password(
                        GetRandomPasswordRequest(
                            passwordLength: 1, excludeNumbers: true, excludePunctuation: true, excludeUppercase: true),
                        .ok(passwordCheck("one lower-case letter") { $0.count == 1 && $0.allSatisfy(\.isLowercase) })),
                ]),
            SemanticsCase(
                "password.too-short-for-types", spec: "§4.12", moto: .differs("§8.25: padded text"),
                [
                    .password(
                        GetRandomPasswordRequest(passwordLength: 3),
                        .fails(code: "InvalidParameterException", message: "Password length is too short based on the required types.")),
                    .password(
                        GetRandomPasswordRequest(passwordLength: 3, requireEachIncludedType: false),
                        .ok(passwordCheck("3 characters") { $0.count == 3 })),
                ]),
            SemanticsCase(
                "password.length-bounds", spec: "§4.12", moto: .differs("§8.14: InvalidParameterValue"),
                [
                    .password(
                        GetRandomPasswordRequest(passwordLength: 4097),
                        .constraint("passwordLength", "Member must have value less than or equal to 4096", value: "4097")),
                    .password(
                        GetRandomPasswordRequest(passwordLength: 0),
                        .constraint("passwordLength", "Member must have value greater than or equal to 1", value: "0")),
                    .password(GetRandomPasswordRequest(passwordLength: 4096), .ok(passwordCheck("4096") { $0.count == 4096 })),
                ]),
        ]
    }

    /// BatchGetSecretValue.
    public static var batches: [SemanticsCase] {
        [
            SemanticsCase(
                "batch.by-ids-with-errors", spec: "§4.13",
                [
                    .create("${a}", string: "va"),
                    .create("${b}", string: "vb"),
                    .create("${gone}", string: "vg"),
                    .delete("${gone}"),
                    .batch(
                        BatchGetSecretValueRequest(secretIdList: ["${b}", "${missing}", "${arn:a}", "${gone}"]),
                        .ok(
                            .batch(
                                values: ["${b}", "${a}"],
                                errors: [
                                    BatchError("${missing}", "ResourceNotFoundException"),
                                    BatchError("${gone}", "InvalidRequestException"),
                                ]),
                            .custom("values") { result, _ in
                                guard case .batchGetSecretValue(let r) = result else { return "not a batch" }
                                return r.secretValues.map(\.secretString) == ["vb", "va"] ? nil : "\(r.secretValues)"
                            })),
                ]),
            SemanticsCase(
                "batch.by-filters-skips-deleted", spec: "§4.13",
                moto: .differs("§6: the whole call fails on a deleted match"),
                [
                    .create("${x1}", string: "v1"),
                    .create("${x2}", string: "v2"),
                    .create("${x3}", string: "v3"),
                    .delete("${x3}"),
                    .batch(
                        BatchGetSecretValueRequest(filters: [Filter(key: "name", values: ["${x}"])]),
                        .ok(.batch(values: ["${x1}", "${x2}"], errors: []))),
                ]),
            SemanticsCase(
                "batch.filter-pagination", spec: "§4.13",
                [
                    .create("${x1}", string: "v1"),
                    .create("${x2}", string: "v2"),
                    .batch(
                        BatchGetSecretValueRequest(filters: [Filter(key: "name", values: ["${x}"])], maxResults: 1),
                        .ok(.batch(values: ["${x1}"], errors: []), .hasNextToken(true))),
                    .batch(
                        BatchGetSecretValueRequest(
                            filters: [Filter(key: "name", values: ["${x}"])], maxResults: 1, nextToken: "${next}"),
                        .ok(.batch(values: ["${x2}"], errors: []))),
                ]),
            SemanticsCase(
                "batch.both-selectors", spec: "§4.13",
                [
                    .batch(
                        BatchGetSecretValueRequest(secretIdList: ["${a}"], filters: [Filter(key: "name", values: ["${a}"])]),
                        .fails(code: "InvalidParameterException", message: "Either 'SecretIdList' or 'Filters' must be provided, but not both.")),
                ]),
            SemanticsCase(
                "batch.no-selector", spec: "§4.13", moto: .differs("§8.24: an empty result"),
                [
                    .batch(
                        BatchGetSecretValueRequest(),
                        .fails(code: "InvalidParameterException", message: "Either 'SecretIdList' or 'Filters' must be provided, but not both.")),
                ]),
            SemanticsCase(
                "batch.max-results-without-filters", spec: "§4.13",
                [
                    .batch(
                        BatchGetSecretValueRequest(secretIdList: ["${a}"], maxResults: 5),
                        .fails(
                            code: "InvalidParameterException",
                            message: "'Filters' not specified. 'Filters' must also be specified when 'MaxResults' is provided.")),
                ]),
            SemanticsCase(
                "batch.too-many-ids", spec: "§2 limits", moto: .differs("observed on moto 5.2.1: no SecretIdList length validation"),
                [
                    .batch(
                        BatchGetSecretValueRequest(secretIdList: (1...21).map { "${s\($0)}" }),
                        .constraint("secretIdList", "Member must have length less than or equal to 20")),
                ]),
        ]
    }
}
