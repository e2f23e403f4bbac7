import Foundation
import SecretsCore
import TestSupport
import Testing

/// Engine behaviour that the protocol-level case table cannot drive: time, store access, journal, randomness.
@Suite("SecretsEngine (time, storage, journal, randomness)")
struct SecretsEngineTests {
    let clock = TestClock()
    let day: TimeInterval = 86_400

    func engine(seed: UInt64 = 7) -> SecretsEngine {
        SecretsEngine(context: StoreContext(), clock: clock.closure, random: SeededRandomSource(seed: seed))
    }

    func token(_ n: Int) -> String { Tok.n(n) }

    @discardableResult
    func create(_ name: String, _ value: String? = "v", in store: inout some SecretStore, engine: SecretsEngine)
        throws -> CreateSecretResponse
    {
        try engine.createSecret(
            CreateSecretRequest(name: name, clientRequestToken: token(0), secretString: value), in: &store)
    }

    // MARK: - Deletion and purge

    @Test("a scheduled secret is purged lazily once its DeletedDate has passed")
    func lazyPurge() throws {
        var store = InMemorySecretStore()
        let engine = engine()
        let first = try create("db", in: &store, engine: engine)
        _ = try engine.deleteSecret(DeleteSecretRequest(secretId: "db", recoveryWindowInDays: 7), in: &store)
        clock.advance(by: 7 * day - 1)
        #expect(try engine.describeSecret(DescribeSecretRequest(secretId: "db"), in: &store).deletedDate != nil)
        clock.advance(by: 1)
        #expect(throws: ServiceError.secretNotFound) {
            try engine.describeSecret(DescribeSecretRequest(secretId: "db"), in: &store)
        }
        #expect(try store.record(named: "db") == nil)
        let second = try create("db", in: &store, engine: engine)
        #expect(second.arn != first.arn)
    }

    @Test("ListSecrets purges every expired secret, also with IncludePlannedDeletion")
    func listPurges() throws {
        var store = InMemorySecretStore()
        let engine = engine()
        for name in ["a", "b", "c"] { try create(name, in: &store, engine: engine) }
        _ = try engine.deleteSecret(DeleteSecretRequest(secretId: "a", recoveryWindowInDays: 7), in: &store)
        _ = try engine.deleteSecret(DeleteSecretRequest(secretId: "b", recoveryWindowInDays: 30), in: &store)
        clock.advance(by: 8 * day)
        let listed = try engine.listSecrets(ListSecretsRequest(includePlannedDeletion: true), in: &store)
        #expect(listed.secretList.map(\.name) == ["b", "c"])
        #expect(try store.allRecords().map(\.name) == ["b", "c"])
    }

    @Test("DeleteSecret's DeletionDate is the window after now; force delete answers now")
    func deletionDates() throws {
        var store = InMemorySecretStore()
        let engine = engine()
        try create("a", in: &store, engine: engine)
        try create("b", in: &store, engine: engine)
        let scheduled = try engine.deleteSecret(DeleteSecretRequest(secretId: "a"), in: &store)
        #expect(scheduled.deletionDate == clock.now.addingTimeInterval(30 * day))
        let forced = try engine.deleteSecret(DeleteSecretRequest(secretId: "b", forceDeleteWithoutRecovery: true), in: &store)
        #expect(forced.deletionDate == clock.now)
        let unknownARN = "arn:aws:secretsmanager:us-east-1:000000000000:secret:gone-AbCdEf"
        let unknown = try engine.deleteSecret(
            DeleteSecretRequest(secretId: unknownARN, forceDeleteWithoutRecovery: true), in: &store)
        #expect(unknown.arn == unknownARN && unknown.name == unknownARN)
        let unknownName = try engine.deleteSecret(
            DeleteSecretRequest(secretId: "gone", forceDeleteWithoutRecovery: true), in: &store)
        #expect(unknownName.arn.hasPrefix("arn:aws:secretsmanager:us-east-1:000000000000:secret:gone-"))
        #expect(unknownName.arn.count == "arn:aws:secretsmanager:us-east-1:000000000000:secret:gone-".count + 6)
    }

    // MARK: - Version retention

    @Test("100 versions: young unlabelled versions are kept and a burst is refused; old ones are removed")
    func versionRetention() throws {
        var store = InMemorySecretStore()
        let engine = engine()
        let arn = try create("busy", in: &store, engine: engine).arn
        for n in 1..<100 {
            _ = try engine.putSecretValue(
                PutSecretValueRequest(secretId: "busy", clientRequestToken: token(n), secretString: "v\(n)"), in: &store)
        }
        #expect(try store.record(named: "busy")?.versions.count == 100)
        #expect(throws: ServiceError.versionQuota) {
            try engine.putSecretValue(
                PutSecretValueRequest(secretId: "busy", clientRequestToken: token(100), secretString: "v100"), in: &store)
        }
        #expect(try store.value(secretARN: arn, versionId: token(100)) == nil)
        clock.advance(by: day)
        _ = try engine.putSecretValue(
            PutSecretValueRequest(secretId: "busy", clientRequestToken: token(100), secretString: "v100"), in: &store)
        let versions = try #require(try store.record(named: "busy")).versions
        #expect(versions.count == 100)
        #expect(versions.first?.versionId == token(1))
        #expect(try store.value(secretARN: arn, versionId: token(0)) == nil)
        #expect(versions.last?.stages == ["AWSCURRENT"])
        #expect(versions[versions.count - 2].stages == ["AWSPREVIOUS"])
    }

    @Test("labelled versions are never removed by retention")
    func retentionKeepsLabelled() throws {
        var store = InMemorySecretStore()
        let engine = engine()
        try create("busy", in: &store, engine: engine)
        for n in 1..<100 {
            _ = try engine.putSecretValue(
                PutSecretValueRequest(
                    secretId: "busy", clientRequestToken: token(n), secretString: "v\(n)", versionStages: ["L\(n % 18)"]),
                in: &store)
        }
        clock.advance(by: 2 * day)
        _ = try engine.putSecretValue(
            PutSecretValueRequest(secretId: "busy", clientRequestToken: token(100), secretString: "x"), in: &store)
        let versions = try #require(try store.record(named: "busy")).versions
        #expect(versions.count == 100)
        #expect(versions.contains { $0.versionId == token(0) })
        #expect(!versions.contains { $0.versionId == token(1) })
    }

    // MARK: - LastAccessedDate

    @Test("GetSecretValue records the UTC day on the secret and the version, saving once a day")
    func lastAccessed() throws {
        var store = CountingStore()
        let engine = engine()
        try create("a", in: &store, engine: engine)
        let midnight = Date(timeIntervalSince1970: 1_768_435_200)
        _ = try engine.getSecretValue(GetSecretValueRequest(secretId: "a"), in: &store)
        let saves = store.saves
        _ = try engine.getSecretValue(GetSecretValueRequest(secretId: "a"), in: &store)
        #expect(store.saves == saves)
        #expect(try engine.describeSecret(DescribeSecretRequest(secretId: "a"), in: &store).lastAccessedDate == midnight)
        clock.advance(by: day)
        _ = try engine.getSecretValue(GetSecretValueRequest(secretId: "a"), in: &store)
        #expect(store.saves == saves + 1)
        let versions = try engine.listSecretVersionIds(ListSecretVersionIdsRequest(secretId: "a"), in: &store)
        #expect(versions.versions.first?.lastAccessedDate == midnight.addingTimeInterval(day))
        #expect(versions.versions.first?.kmsKeyIds == ["DefaultEncryptionKey"])
    }

    // MARK: - Store access

    @Test("listing and describing load no value; GetSecretValue loads exactly one")
    func valueLoads() throws {
        var store = CountingStore()
        let engine = engine()
        for n in 0..<20 { try create("s\(n)", in: &store, engine: engine) }
        let before = store.valueReads.count
        _ = try engine.listSecrets(ListSecretsRequest(filters: [Filter(key: "all", values: ["s1"])]), in: &store)
        _ = try engine.describeSecret(DescribeSecretRequest(secretId: "s3"), in: &store)
        _ = try engine.listSecretVersionIds(ListSecretVersionIdsRequest(secretId: "s3"), in: &store)
        #expect(store.valueReads.count == before)
        _ = try engine.getSecretValue(GetSecretValueRequest(secretId: "s3"), in: &store)
        #expect(store.valueReads.count == before + 1)
    }

    // MARK: - Journal

    @Test("every label move is journalled by the call that made it")
    func journal() throws {
        var store = InMemorySecretStore()
        let engine = engine()
        let arn = try create("a", in: &store, engine: engine).arn
        #expect(store.journal.count == 1)
        _ = try engine.putSecretValue(
            PutSecretValueRequest(secretId: "a", clientRequestToken: token(1), secretString: "2"), in: &store)
        clock.advance(by: 60)
        _ = try engine.updateSecretVersionStage(
            UpdateSecretVersionStageRequest(
                secretId: "a", versionStage: "AWSCURRENT", removeFromVersionId: token(1), moveToVersionId: token(0)),
            in: &store)
        let moves = store.journal.map { "\($0.operation) \($0.label) \($0.fromVersion ?? "-")>\($0.toVersion ?? "-")" }
        #expect(
            moves == [
                "CreateSecret AWSCURRENT ->\(token(0))",
                "PutSecretValue AWSCURRENT \(token(0))>\(token(1))",
                "PutSecretValue AWSPREVIOUS ->\(token(0))",
                "UpdateSecretVersionStage AWSCURRENT \(token(1))>\(token(0))",
                "UpdateSecretVersionStage AWSPREVIOUS \(token(0))>\(token(1))",
            ])
        #expect(store.journal.allSatisfy { $0.secretARN == arn })
        #expect(store.journal.last?.date == clock.now)
        _ = try engine.updateSecretVersionStage(
            UpdateSecretVersionStageRequest(secretId: "a", versionStage: "AWSCURRENT", moveToVersionId: token(0)),
            in: &store)
        _ = try engine.putSecretValue(
            PutSecretValueRequest(secretId: "a", clientRequestToken: token(1), secretString: "2"), in: &store)
        #expect(store.journal.count == 5)
    }

    @Test("EngineBackend keeps the journal per secret and leaves the store untouched by a refused call")
    func backendJournalAndAtomicity() async throws {
        let backend = EngineBackend(clock: clock.closure, random: SeededRandomSource())
        _ = try await backend.createSecret(CreateSecretRequest(name: "a", clientRequestToken: token(0), secretString: "1"))
        _ = try await backend.createSecret(CreateSecretRequest(name: "b", clientRequestToken: token(0), secretString: "1"))
        _ = try await backend.putSecretValue(
            PutSecretValueRequest(secretId: "a", clientRequestToken: token(1), secretString: "2"))
        let history = try await backend.labelHistory(secretId: "a")
        #expect(history.map(\.label) == ["AWSCURRENT", "AWSCURRENT", "AWSPREVIOUS"])
        let before = await backend.store
        await #expect(throws: ServiceError.self) {
            try await backend.putSecretValue(
                PutSecretValueRequest(
                    secretId: "a", clientRequestToken: token(2), secretString: "3",
                    versionStages: (1...20).map { "L\($0)" }))
        }
        #expect(await backend.store == before)
        #expect(backend.displayName == "memory")
        await #expect(throws: ServiceError.secretNotFound) { try await backend.labelHistory(secretId: "zzz") }
    }

    // MARK: - Validation

    @Test("several constraint failures are reported together")
    func multipleValidationErrors() throws {
        var store = InMemorySecretStore()
        let error = try #require(throws: ServiceError.self) {
            try engine().createSecret(CreateSecretRequest(name: "", clientRequestToken: "short", secretString: ""), in: &store)
        }
        #expect(error.code == "ValidationException")
        #expect(
            error.message
                == "3 validation errors detected: Value at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1; Value at 'clientRequestToken' failed to satisfy constraint: Member must have length greater than or equal to 32; Value at 'secretString' failed to satisfy constraint: Member must have length greater than or equal to 1")
    }

    // MARK: - Randomness

    @Test("ARN suffixes come from the random source")
    func suffixFromRandom() throws {
        var first = InMemorySecretStore()
        var second = InMemorySecretStore()
        var third = InMemorySecretStore()
        let a = try create("x", in: &first, engine: engine(seed: 1)).arn
        let b = try create("x", in: &second, engine: engine(seed: 1)).arn
        let c = try create("x", in: &third, engine: engine(seed: 2)).arn
        #expect(a == b)
        #expect(a != c)
    }

    @Test("required characters land at random positions, and a seed repeats its passwords")
    func passwordPositions() throws {
        let engine = engine(seed: 99)
        var digitPositions = Set<Int>()
        for _ in 0..<200 {
            let password = try engine.getRandomPassword(GetRandomPasswordRequest(passwordLength: 4)).randomPassword
            let characters = Array(password)
            #expect(characters.contains(where: \.isLowercase) && characters.contains(where: \.isUppercase))
            #expect(characters.contains(where: \.isNumber) && characters.contains(where: { !$0.isLetter && !$0.isNumber }))
            if let index = characters.firstIndex(where: \.isNumber) { digitPositions.insert(index) }
        }
        #expect(digitPositions == [0, 1, 2, 3])
        let again = self.engine(seed: 5)
        let once = self.engine(seed: 5)
        #expect(
            try again.getRandomPassword(GetRandomPasswordRequest()).randomPassword
                == once.getRandomPassword(GetRandomPasswordRequest()).randomPassword)
    }

    @Test("GetRandomPassword refuses an empty character set")
    func passwordWithoutCharacters() {
        #expect(throws: ServiceError.passwordNoCharacters) {
            try engine().getRandomPassword(
                GetRandomPasswordRequest(
                    excludeCharacters: "0123456789", excludePunctuation: true, excludeUppercase: true,
                    excludeLowercase: true))
        }
    }

    // MARK: - Pagination

    @Test("250 secrets page through in MaxResults pages, and a token is bound to its listing")
    func pagination() throws {
        var store = InMemorySecretStore()
        let engine = engine()
        for n in 0..<250 { try create(String(format: "s%03d", n), in: &store, engine: engine) }
        var names: [String] = []
        var token: String?
        var pages = 0
        repeat {
            let page = try engine.listSecrets(ListSecretsRequest(maxResults: 100, nextToken: token, sortBy: "name"), in: &store)
            names += page.secretList.map(\.name)
            token = page.nextToken
            pages += 1
        } while token != nil
        #expect(pages == 3)
        #expect(names == (0..<250).map { String(format: "s%03d", $0) })
        let first = try engine.listSecrets(ListSecretsRequest(maxResults: 10), in: &store)
        let issued = try #require(first.nextToken)
        #expect(issued.count <= 4096)
        #expect(throws: ServiceError.invalidNextToken) {
            try engine.listSecrets(ListSecretsRequest(maxResults: 10, nextToken: issued, sortBy: "name"), in: &store)
        }
        #expect(throws: ServiceError.invalidNextToken) {
            try engine.listSecretVersionIds(ListSecretVersionIdsRequest(secretId: "s001", nextToken: issued), in: &store)
        }
    }

    @Test("SortBy last-accessed-date puts never-read secrets first")
    func sortByLastAccessed() throws {
        var store = InMemorySecretStore()
        let engine = engine()
        for name in ["a", "b", "c"] { try create(name, in: &store, engine: engine) }
        _ = try engine.getSecretValue(GetSecretValueRequest(secretId: "a"), in: &store)
        clock.advance(by: day)
        _ = try engine.getSecretValue(GetSecretValueRequest(secretId: "b"), in: &store)
        let ascending = try engine.listSecrets(ListSecretsRequest(sortBy: "last-accessed-date"), in: &store)
        #expect(ascending.secretList.map(\.name) == ["c", "a", "b"])
        let descending = try engine.listSecrets(
            ListSecretsRequest(sortOrder: "desc", sortBy: "last-accessed-date"), in: &store)
        #expect(descending.secretList.map(\.name) == ["b", "a", "c"])
    }
}
