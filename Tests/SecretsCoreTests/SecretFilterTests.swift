import Foundation
import SecretsCore
import Testing

@Suite("ListSecrets filter matching")
struct SecretFilterTests {
    @Test("word splitting", arguments: [
        ("test", ["test"]),
        ("MyTest", ["My", "Test"]),
        ("AppBeta", ["App", "Beta"]),
        ("COMPANYthings", ["COMPAN", "Ythings"]),
        ("SecretFTag", ["Secret", "F", "Tag"]),
        ("prod-AppBeta", ["prod", "App", "Beta"]),
        ("prod-AppBeta/x", ["prod-AppBeta/x"]),
        ("a/b/c", ["a", "b", "c"]),
        ("+", []),
        ("a secret", ["a", "secret"]),
        ("one and two", ["one", "and", "two"]),
        ("A SECRET", ["A", "SECRET"]),
        ("", []),
        ("\u{C9}t\u{E9}Beta", ["\u{C9}t", "\u{E9}", "Beta"]),
        ("tab\tsep  two", ["tab", "sep", "two"]),
    ])
    func words(_ text: String, _ expected: [String]) {
        #expect(SecretFilter.words(of: text) == expected)
    }

    static func record(
        name: String, description: String? = nil, tags: [SecretsCore.Tag]? = nil
    ) -> SecretRecord {
        SecretRecord(
            arn: "arn:aws:secretsmanager:us-east-1:000000000000:secret:\(name)-AAAAAA", name: name,
            description: description, tags: tags, createdDate: .distantPast, lastChangedDate: .distantPast)
    }

    static let records: [String: SecretRecord] = [
        "slash": record(name: "/prod/db"),
        "plain": record(name: "prod-db", description: "a secret"),
        "an": record(name: "other", description: "an secret"),
        "glued": record(name: "glued", description: "asecret"),
        "the": record(name: "the", description: "thesecret"),
        "tagged": record(name: "SecretOne", tags: [SecretsCore.Tag(key: "Env", value: "prod"), SecretsCore.Tag(key: "SecretFTag", value: "x")]),
    ]

    static let table: [(String, [Filter], [String])] = [
        ("name prefix", [Filter(key: "name", values: ["/"])], ["slash"]),
        ("negated name prefix", [Filter(key: "name", values: ["!/"])], ["an", "glued", "plain", "tagged", "the"]),
        ("name is case-sensitive", [Filter(key: "name", values: ["Prod"])], []),
        ("name has no word splitting", [Filter(key: "name", values: ["prod db"])], []),
        ("values are ORed", [Filter(key: "name", values: ["/", "glu"])], ["glued", "slash"]),
        ("filters are ANDed", [Filter(key: "name", values: ["prod", "/"]), Filter(key: "name", values: ["/"])], ["slash"]),
        ("description word prefix", [Filter(key: "description", values: ["a"])], ["an", "glued", "plain"]),
        ("description two words", [Filter(key: "description", values: ["a secret"])], ["an", "plain"]),
        ("description ignores case", [Filter(key: "description", values: ["SECRET"])], ["an", "plain"]),
        ("tag-key prefix", [Filter(key: "tag-key", values: ["En"])], ["tagged"]),
        ("tag-key is case-sensitive", [Filter(key: "tag-key", values: ["env"])], []),
        ("tag-value prefix", [Filter(key: "tag-value", values: ["pro"])], ["tagged"]),
        ("all finds camel-case words of tags", [Filter(key: "all", values: ["t"])], ["tagged", "the"]),
        ("all finds name words", [Filter(key: "all", values: ["sec"])], ["an", "plain", "tagged"]),
        ("all does not match inside words", [Filter(key: "all", values: ["ret"])], []),
        ("all with a bare separator", [Filter(key: "all", values: ["+"])], []),
        ("primary-region never matches a local secret", [Filter(key: "primary-region", values: ["us"])], []),
        ("owning-service negated matches everything untagged", [Filter(key: "owning-service", values: ["!x"])], []),
    ]

    @Test("matching", arguments: table)
    func matching(_ name: String, _ filters: [Filter], _ expected: [String]) {
        let matched = Self.records.filter { SecretFilter.matches($0.value, filters: filters) }.keys.sorted()
        #expect(matched == expected, "\(name)")
    }
}
