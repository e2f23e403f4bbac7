import Foundation
import SecretsCore
import TestSupport
import Testing

@Suite("SecretsEngine basics")
struct EngineSmokeTests {
    let clock = TestClock()
    let token1 = "11111111-1111-4111-8111-111111111111"
    let token2 = "22222222-2222-4222-8222-222222222222"

    func engine() -> SecretsEngine {
        SecretsEngine(context: StoreContext(), clock: clock.closure, random: SeededRandomSource())
    }

    @Test("create, put and get move AWSCURRENT and AWSPREVIOUS and journal the moves")
    func createPutGet() throws {
        var store = InMemorySecretStore()
        let engine = engine()
        let created = try engine.createSecret(
            CreateSecretRequest(name: "db/password", clientRequestToken: token1, secretString: "one"), in: &store)
        #expect(created.versionId == token1)
        #expect(created.arn.hasPrefix("arn:aws:secretsmanager:us-east-1:000000000000:secret:db/password-"))
        #expect(created.arn.count == "arn:aws:secretsmanager:us-east-1:000000000000:secret:db/password-".count + 6)
        let put = try engine.putSecretValue(
            PutSecretValueRequest(secretId: "db/password", clientRequestToken: token2, secretString: "two"), in: &store)
        #expect(put.versionStages == ["AWSCURRENT"])
        let current = try engine.getSecretValue(GetSecretValueRequest(secretId: created.arn), in: &store)
        #expect(current.secretString == "two")
        let previous = try engine.getSecretValue(
            GetSecretValueRequest(secretId: "db/password", versionStage: "AWSPREVIOUS"), in: &store)
        #expect(previous.versionId == token1)
        #expect(store.journal.map(\.label) == ["AWSCURRENT", "AWSCURRENT", "AWSPREVIOUS"])
        let described = try engine.describeSecret(DescribeSecretRequest(secretId: "db/password"), in: &store)
        #expect(described.versionIdsToStages == [token1: ["AWSPREVIOUS"], token2: ["AWSCURRENT"]])
        #expect(described.lastAccessedDate == Date(timeIntervalSince1970: 1_768_435_200))
    }
}
