import Foundation
import SecretsCore

// MARK: - §4.5 ListSecrets, §4.6 ListSecretVersionIds

extension SemanticsCases {
    /// A filter (shorthand).
    static func f(_ key: String, _ values: String...) -> Filter { Filter(key: key, values: values) }

    /// A ListSecrets request limited to this run's secrets (the first filter) plus more filters.
    static func listing(_ filters: Filter..., maxResults: Int? = nil, sortBy: String? = nil, sortOrder: String? = nil,
                        includePlannedDeletion: Bool? = nil, nextToken: String? = nil) -> ListSecretsRequest {
        ListSecretsRequest(
            includePlannedDeletion: includePlannedDeletion, maxResults: maxResults, nextToken: nextToken,
            filters: [f("name", "${}")] + filters, sortOrder: sortOrder, sortBy: sortBy)
    }

    /// ListSecrets: filters, sorting, pagination, planned deletion.
    public static var listing: [SemanticsCase] {
        [
            SemanticsCase(
                "list.name-prefix-and-negation", spec: "§4.5",
                [
                    .create("${/app/one}", string: "v"),
                    .create("${/app/two}", string: "v"),
                    .create("${app3}", string: "v"),
                    .list(listing(f("name", "${/app}")), .ok(.names(["${/app/one}", "${/app/two}"]))),
                    .list(listing(f("name", "!${/}")), .ok(.names(["${app3}"]))),
                    .list(listing(f("name", "${/APP}")), .ok(.names([]))),
                    .list(listing(f("name", "${/app/one two}")), .ok(.names([]))),
                ]),
            SemanticsCase(
                "list.values-or-filters-and", spec: "§4.5",
                [
                    .create("${alpha}", string: "v"),
                    .create("${beta}", string: "v"),
                    .create("${gamma}", string: "v"),
                    .list(listing(f("name", "${alpha}", "${gamma}")), .ok(.names(["${alpha}", "${gamma}"]))),
                    .list(listing(f("name", "${alpha}", "${beta}"), f("name", "${beta}", "${gamma}")), .ok(.names(["${beta}"]))),
                ]),
            SemanticsCase(
                "list.description-word-prefix", spec: "§4.5",
                [
                    .create("${d1}", string: "v", description: "a secret"),
                    .create("${d2}", string: "v", description: "an secret"),
                    .create("${d3}", string: "v", description: "asecret"),
                    .create("${d4}", string: "v", description: "thesecret"),
                    .create("${d5}", string: "v", description: "one two"),
                    .create("${d6}", string: "v", description: "one and two"),
                    .list(listing(f("description", "a")), .ok(.names(["${d1}", "${d2}", "${d3}", "${d6}"]))),
                    .list(listing(f("description", "a secret")), .ok(.names(["${d1}", "${d2}"]))),
                    .list(listing(f("description", "one two")), .ok(.names(["${d5}", "${d6}"]))),
                ]),
            SemanticsCase(
                "list.description-case-insensitive", spec: "§4.5",
                moto: .differs("moto splits words only at camel-case boundaries, so an all-capitals value with a space stays one word"),
                [
                    .create("${d1}", string: "v", description: "a secret"),
                    .create("${d2}", string: "v", description: "Another Secret"),
                    .create("${d3}", string: "v", description: "asecret"),
                    .list(listing(f("description", "A SECRET")), .ok(.names(["${d1}", "${d2}"]))),
                    .list(listing(f("description", "SECRET")), .ok(.names(["${d1}", "${d2}"]))),
                ]),
            SemanticsCase(
                "list.all-searches-everything", spec: "§4.5",
                [
                    .create("${SecretOne}", string: "v"),
                    .create("${plain}", string: "v", description: "database password"),
                    .create("${marked}", string: "v", tags: [Tag(key: "SecretFTag", value: "blue-green")]),
                    .list(listing(f("all", "database")), .ok(.names(["${plain}"]))),
                    .list(listing(f("all", "t")), .ok(.names(["${marked}"]))),
                    .list(listing(f("all", "green")), .ok(.names(["${marked}"]))),
                    .list(listing(f("all", "ret")), .ok(.names([]))),
                    .list(listing(f("all", "+")), .ok(.names([]))),
                ]),
            SemanticsCase(
                "list.tag-key-and-value", spec: "§4.5",
                [
                    .create("${t1}", string: "v", tags: [Tag(key: "env", value: "prod")]),
                    .create("${t2}", string: "v", tags: [Tag(key: "team", value: "Prod")]),
                    .create("${t3}", string: "v"),
                    .list(listing(f("tag-key", "en")), .ok(.names(["${t1}"]))),
                    .list(listing(f("tag-value", "prod")), .ok(.names(["${t1}"]))),
                    .list(listing(f("tag-value", "Pro")), .ok(.names(["${t2}"]))),
                    .list(listing(f("tag-key", "!env")), .ok(.names(["${t2}"]))),
                ]),
            SemanticsCase(
                "list.invalid-filter-key", spec: "§4.5", moto: .differs("§8.15: moto lists 5 keys"),
                [
                    .list(
                        ListSecretsRequest(filters: [f("color", "red")]),
                        .constraint(
                            "filters.1.member.key",
                            "Member must satisfy enum value set: [description, name, tag-key, tag-value, primary-region, owning-service, all]",
                            value: "color")),
                ]),
            SemanticsCase(
                "list.invalid-filter-value", spec: "§2 limits", moto: .differs("observed on moto 5.2.1: no filter value validation"),
                [
                    .list(
                        ListSecretsRequest(filters: [f("name", "a#b")]),
                        .constraint(
                            "filters.1.member.values.1.member",
                            #"Member must satisfy regular expression pattern: ^\!?[a-zA-Z0-9 :_@\/\+\=\.\-\!]*$"#,
                            value: "a#b")),
                ]),
            SemanticsCase(
                "list.max-results-range", spec: "§2 limits", moto: .differs("observed on moto 5.2.1: no MaxResults validation"),
                [
                    .list(ListSecretsRequest(maxResults: 0), .constraint("maxResults", "Member must have value greater than or equal to 1", value: "0")),
                    .list(ListSecretsRequest(maxResults: 101), .constraint("maxResults", "Member must have value less than or equal to 100", value: "101")),
                ]),
            SemanticsCase(
                "list.planned-deletion", spec: "§4.5, §6",
                [
                    .create("${kept}", string: "v"),
                    .create("${gone}", string: "v"),
                    .delete("${gone}"),
                    .list(listing(), .ok(.names(["${kept}"]))),
                    .list(listing(includePlannedDeletion: true), .ok(.names(["${kept}", "${gone}"]))),
                ]),
            SemanticsCase(
                "list.default-order-created", spec: "§4.5",
                [
                    .create("${b}", string: "v"),
                    .create("${a}", string: "v"),
                    .create("${c}", string: "v"),
                    .list(listing(), .ok(.names(["${b}", "${a}", "${c}"]))),
                ]),
            SemanticsCase(
                "list.sort-by-name", spec: "§4.5", moto: .differs("§8.18: SortBy/SortOrder ignored"),
                [
                    .create("${b}", string: "v"),
                    .create("${a}", string: "v"),
                    .create("${c}", string: "v"),
                    .list(listing(sortBy: "name"), .ok(.names(["${a}", "${b}", "${c}"]))),
                    .list(listing(sortBy: "name", sortOrder: "desc"), .ok(.names(["${c}", "${b}", "${a}"]))),
                    .list(listing(sortOrder: "desc"), .ok(.names(["${c}", "${a}", "${b}"]))),
                ]),
            SemanticsCase(
                "list.invalid-sort", spec: "§4.5", moto: .differs("observed on moto 5.2.1: no SortBy validation"),
                [
                    .list(
                        ListSecretsRequest(sortBy: "size"),
                        .constraint(
                            "sortBy", "Member must satisfy enum value set: [created-date, last-accessed-date, last-changed-date, name]",
                            value: "size")),
                ]),
            SemanticsCase(
                "list.pagination", spec: "§4.5",
                [
                    .create("${p1}", string: "v"),
                    .create("${p2}", string: "v"),
                    .create("${p3}", string: "v"),
                    .list(listing(maxResults: 2), .ok(.names(["${p1}", "${p2}"]), .hasNextToken(true))),
                    .list(listing(maxResults: 2, nextToken: "${next}"), .ok(.names(["${p3}"]), .hasNextToken(false))),
                ]),
            SemanticsCase(
                "list.bad-next-token", spec: "§4.5", moto: .differs("§8.18: HTTP 500"),
                [
                    .list(
                        ListSecretsRequest(nextToken: "not-a-token"),
                        .fails(code: "InvalidNextTokenException", message: ServiceError.invalidNextToken.message)),
                ]),
            SemanticsCase(
                "list.hides-deprecated-versions", spec: "§2 invariant 3, §4.5", moto: .differs("§8.6"),
                [
                    .create("${a}", string: "v1"),
                    .put("${a}", token: Tok.t2, string: "v2"),
                    .put("${a}", token: Tok.t3, string: "v3"),
                    .list(listing(), .ok(.listedVersionMap(name: "${a}", [Tok.t2: ["AWSPREVIOUS"], Tok.t3: ["AWSCURRENT"]]))),
                ]),
        ]
    }

    /// ListSecretVersionIds.
    public static var versionListing: [SemanticsCase] {
        let fourVersions: [SemanticsStep] = [
            .create("${a}", string: "v1"),
            .put("${a}", token: Tok.t2, string: "v2"),
            .put("${a}", token: Tok.t3, string: "v3"),
            .put("${a}", token: Tok.t4, string: "v4"),
        ]
        return [
            SemanticsCase(
                "versions.default-hides-deprecated", spec: "§4.6", moto: .differs("§8.6"),
                fourVersions + [
                    .versions(
                        "${a}",
                        .ok(
                            .versions([ExpectedVersion(Tok.t4, ["AWSCURRENT"]), ExpectedVersion(Tok.t3, ["AWSPREVIOUS"])]),
                            .arn("${arn:a}"), .name("${a}"), .hasNextToken(false))),
                ]),
            SemanticsCase(
                "versions.include-deprecated-newest-first", spec: "§4.6", moto: .differs("§8.6, §8.19"),
                fourVersions + [
                    .versions(
                        "${a}", includeDeprecated: true,
                        .ok(
                            .versions([
                                ExpectedVersion(Tok.t4, ["AWSCURRENT"]), ExpectedVersion(Tok.t3, ["AWSPREVIOUS"]),
                                ExpectedVersion(Tok.t2, nil), ExpectedVersion(Tok.t1, nil),
                            ]))),
                ]),
            SemanticsCase(
                "versions.pagination", spec: "§4.6", moto: .differs("§8.6: MaxResults/NextToken ignored"),
                fourVersions + [
                    .versions("${a}", maxResults: 3, includeDeprecated: true, .ok(.hasNextToken(true))),
                    .versions(
                        "${a}", maxResults: 3, nextToken: "${next}", includeDeprecated: true,
                        .ok(.versions([ExpectedVersion(Tok.t1, nil)]), .hasNextToken(false))),
                ]),
            SemanticsCase(
                "versions.unknown-secret", spec: "§4.6", moto: .differs("§8.19: HTTP 500"),
                [.versions("${missing}", .notFound)]),
            SemanticsCase(
                "versions.bad-next-token", spec: "§4.6", moto: .differs("§8.6: NextToken ignored"),
                [
                    .create("${a}", string: "v1"),
                    .versions(
                        "${a}", nextToken: "garbage",
                        .fails(code: "InvalidNextTokenException", message: ServiceError.invalidNextToken.message)),
                ]),
        ]
    }
}
