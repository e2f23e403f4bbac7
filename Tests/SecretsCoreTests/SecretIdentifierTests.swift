import SecretsCore
import Testing

@Suite("SecretId resolution")
struct SecretIdentifierTests {
    static let context = StoreContext(partition: "aws", region: "eu-central-1", accountId: "123456789012")
    static let prefix = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:"

    static let parsed: [(String, SecretIdentifier)] = [
        ("db/password", .name("db/password")),
        ("Az09/_+=.@-", .name("Az09/_+=.@-")),
        ("name-abcdef", .name("name-abcdef")),
        (prefix + "db/password-AbC123", .fullARN(prefix + "db/password-AbC123")),
        (prefix + "db/password", .partialARN(name: "db/password")),
        (prefix + "name-abcdef", .fullARN(prefix + "name-abcdef")),
        (prefix + "s-c64bdc03", .partialARN(name: "s-c64bdc03")),
        (prefix + "Valid-Name-a1b2", .partialARN(name: "Valid-Name-a1b2")),
        (prefix + "Valid-Name-a1b2c3-", .partialARN(name: "Valid-Name-a1b2c3-")),
        ("arn:aws:secretsmanager:us-east-1:123456789012:secret:db", .foreign),
        ("arn:aws:secretsmanager:eu-central-1:999999999999:secret:db", .foreign),
        ("arn:aws-cn:secretsmanager:eu-central-1:123456789012:secret:db", .foreign),
        ("arn:aws:ssm:eu-central-1:123456789012:parameter:db", .foreign),
        ("arn:aws:secretsmanager:eu-central-1:123456789012:secret:", .foreign),
        ("arn:aws:secretsmanager:eu-central-1", .foreign),
    ]

    @Test("parse", arguments: parsed)
    func parse(_ id: String, _ expected: SecretIdentifier) throws {
        #expect(try SecretIdentifier.parse(id, context: Self.context) == expected)
    }

    @Test("non-ARN ids outside the name syntax are refused", arguments: ["bad name", "semi;colon", "quote'", "é", "tab\t", "a!b", "a:b"])
    func invalidNames(_ id: String) {
        #expect(throws: ServiceError.invalidName) { try SecretIdentifier.parse(id, context: Self.context) }
    }

    @Test("look-up finds by name, full ARN and partial ARN only", arguments: [
        ("db/password", true), (prefix + "db/password-AbC123", true), (prefix + "db/password", true),
        (prefix + "db/password-XyZ789", false), ("db/passwor", false), (prefix + "db/passwor", false),
        ("arn:aws:secretsmanager:us-east-1:123456789012:secret:db/password", false),
    ])
    func lookUp(_ id: String, _ found: Bool) throws {
        var store = InMemorySecretStore()
        try store.save(
            SecretRecord(arn: Self.prefix + "db/password-AbC123", name: "db/password", createdDate: .distantPast,
                         lastChangedDate: .distantPast))
        let record = try SecretIdentifier.parse(id, context: Self.context).lookUp(in: store)
        #expect((record != nil) == found)
    }
}
