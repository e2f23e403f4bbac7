import AWSClient
import CurlTransport
import Foundation
import SecretsCore
import Testing
import TestSupport

/// AWSBackend and STSClient against a real moto_server over libcurl, with signatures and IAM policies checked.
///
/// Each test starts its own moto on a free port and stops it at the end. moto answers some things unlike AWS
/// (spec §8): these tests only assert what moto and AWS agree on.
@Suite(
    "AWS backend against moto_server", .serialized,
    .enabled(if: MotoServer.isAvailable, "moto_server is not on PATH (pip install 'moto[server]')"))
struct AWSBackendMotoTests {
    static let allowAll = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
    static let noDelete = #"""
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:*","Resource":"*"},
        {"Effect":"Deny","Action":"secretsmanager:DeleteSecret","Resource":"*"}]}
        """#

    static func backend(_ moto: MotoServer, _ credentials: Credentials, transport: (any HTTPTransport)? = nil) -> AWSBackend {
        AWSBackend(
            endpoint: URL(string: moto.endpoint)!, region: "us-east-1",
            credentials: FixedCredentialsProvider(value: credentials),
            transport: transport ?? CurlTransport(environment: [:]), random: CountingRandom(), jitter: FixedJitter([0]),
            sleeper: RecordingSleeper())
    }

    /// Runs `body` with a fresh moto (the first `freeActions` calls unchecked) and stops it afterwards.
    static func withMoto(freeActions: Int? = nil, _ body: (MotoServer) async throws -> Void) async throws {
        let moto = try await MotoServer.start(noAuthActionCount: freeActions)
        defer { moto.stop() }
        try await body(moto)
    }

    /// An IAM user with an inline policy, as credentials.
    static func user(_ moto: MotoServer, _ name: String, policy: String) async throws -> Credentials {
        let key = try await moto.createIAMUser(name: name, policyDocument: policy)
        return Credentials(accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, source: "moto user \(name)")
    }

    // MARK: - Every operation

    @Test("every operation, signed and authorised, through libcurl")
    func everyOperation() async throws {
        try await Self.withMoto(freeActions: 50) { moto in
            let alice = try await Self.user(moto, "alice", policy: Self.allowAll)
            try await moto.resetAuth()
            let backend = Self.backend(moto, alice)

            let created = try await backend.createSecret(
                CreateSecretRequest(name: "app/db", description: "db", secretString: #"{"pw":"héllo ☃"}"#))
            #expect(created.name == "app/db")
            #expect(created.arn.contains(":secret:app/db-"))
            let v1 = try #require(created.versionId)

            let put = try await backend.putSecretValue(PutSecretValueRequest(secretId: "app/db", secretString: "v2"))
            #expect(put.versionStages == ["AWSCURRENT"])
            #expect(put.versionId != v1)

            let current = try await backend.getSecretValue(GetSecretValueRequest(secretId: "app/db"))
            #expect(current.secretString == "v2")
            let previous = try await backend.getSecretValue(
                GetSecretValueRequest(secretId: "app/db", versionStage: "AWSPREVIOUS"))
            #expect(previous.secretString == #"{"pw":"héllo ☃"}"#)

            let described = try await backend.describeSecret(DescribeSecretRequest(secretId: created.arn))
            #expect(described.description == "db")
            #expect(described.versionIdsToStages?[put.versionId] == ["AWSCURRENT"])
            #expect(described.versionIdsToStages?[v1] == ["AWSPREVIOUS"])

            let listed = try await backend.listSecrets(ListSecretsRequest())
            #expect(listed.secretList.map(\.name) == ["app/db"])

            let versions = try await backend.listSecretVersionIds(ListSecretVersionIdsRequest(secretId: "app/db"))
            #expect(Set(versions.versions.map(\.versionId)) == [v1, put.versionId])

            _ = try await backend.updateSecretVersionStage(
                UpdateSecretVersionStageRequest(
                    secretId: "app/db", versionStage: "AWSCURRENT", removeFromVersionId: put.versionId,
                    moveToVersionId: v1))
            let rolledBack = try await backend.getSecretValue(
                GetSecretValueRequest(secretId: "app/db", versionStage: "AWSCURRENT"))
            #expect(rolledBack.versionId == v1)

            let updated = try await backend.updateSecret(UpdateSecretRequest(secretId: "app/db", secretString: "v3"))
            #expect(updated.versionId != nil)
            _ = try await backend.updateSecret(UpdateSecretRequest(secretId: "app/db", description: "renamed"))
            #expect(try await backend.describeSecret(DescribeSecretRequest(secretId: "app/db")).description == "renamed")

            _ = try await backend.tagResource(
                TagResourceRequest(secretId: "app/db", tags: [Tag(key: "team", value: "a"), Tag(key: "env", value: "p")]))
            _ = try await backend.untagResource(UntagResourceRequest(secretId: "app/db", tagKeys: ["env"]))
            #expect(try await backend.describeSecret(DescribeSecretRequest(secretId: "app/db")).tags == [Tag(key: "team", value: "a")])

            let password = try await backend.getRandomPassword(GetRandomPasswordRequest(passwordLength: 24))
            #expect(password.randomPassword.count == 24)

            let binary = try await backend.createSecret(
                CreateSecretRequest(name: "bin", secretBinary: Data([0, 1, 2, 0xFF, 0xFE, 0x80])))
            let batch = try await backend.batchGetSecretValue(BatchGetSecretValueRequest(secretIdList: ["bin", "app/db"]))
            #expect(batch.secretValues.count == 2)
            #expect(batch.secretValues.first { $0.name == "bin" }?.secretBinary == Data([0, 1, 2, 0xFF, 0xFE, 0x80]))
            #expect(binary.versionId != nil)

            let deleted = try await backend.deleteSecret(DeleteSecretRequest(secretId: "bin", recoveryWindowInDays: 7))
            #expect(deleted.deletionDate > Date())
            let refused = await #expect(throws: ServiceError.self) {
                try await backend.getSecretValue(GetSecretValueRequest(secretId: "bin"))
            }
            #expect(refused?.code == "InvalidRequestException")
            _ = try await backend.restoreSecret(RestoreSecretRequest(secretId: "bin"))
            #expect(try await backend.getSecretValue(GetSecretValueRequest(secretId: "bin")).secretBinary?.count == 6)

            let missing = await #expect(throws: ServiceError.self) {
                try await backend.describeSecret(DescribeSecretRequest(secretId: "nope"))
            }
            #expect(missing?.code == "ResourceNotFoundException")
        }
    }

    // MARK: - Retries never write twice

    @Test("a write whose response is lost is retried with the same token and makes one version")
    func lostResponseMakesOneVersion() async throws {
        try await Self.withMoto(freeActions: 50) { moto in
            let alice = try await Self.user(moto, "alice", policy: Self.allowAll)
            try await moto.resetAuth()
            let flaky = FlakyTransport(
                CurlTransport(environment: [:]), loseFirst: ["secretsmanager.CreateSecret", "secretsmanager.PutSecretValue"])
            let backend = Self.backend(moto, alice, transport: flaky)

            let created = try await backend.createSecret(CreateSecretRequest(name: "once", secretString: "v1"))
            let put = try await backend.putSecretValue(PutSecretValueRequest(secretId: "once", secretString: "v2"))
            #expect(flaky.targets.filter { $0 == "secretsmanager.CreateSecret" }.count == 2)
            #expect(flaky.targets.filter { $0 == "secretsmanager.PutSecretValue" }.count == 2)

            let versions = try await backend.listSecretVersionIds(ListSecretVersionIdsRequest(secretId: "once"))
            #expect(versions.versions.count == 2)
            #expect(Set(versions.versions.map(\.versionId)) == Set([created.versionId, put.versionId].compactMap { $0 }))
            #expect(try await backend.getSecretValue(GetSecretValueRequest(secretId: "once")).secretString == "v2")
        }
    }

    // MARK: - Refusals

    @Test("wrong secret key → SignatureDoesNotMatch; unknown key → InvalidClientTokenId; deny → AccessDenied; none retried")
    func refusals() async throws {
        try await Self.withMoto(freeActions: 50) { moto in
            let alice = try await Self.user(moto, "alice", policy: Self.allowAll)
            let limited = try await Self.user(moto, "limited", policy: Self.noDelete)
            try await moto.resetAuth()

            var wrong = alice
            wrong.secretAccessKey = "not-the-secret-key"
            let counting = FlakyTransport(CurlTransport(environment: [:]))
            let badSignature = await #expect(throws: ServiceError.self) {
                try await Self.backend(moto, wrong, transport: counting).listSecrets(ListSecretsRequest())
            }
            #expect(badSignature?.code == "SignatureDoesNotMatch")
            #expect(badSignature?.httpStatus == 403)
            #expect(badSignature?.message.isEmpty == false)
            #expect(counting.count == 1)

            let unknown = Credentials(accessKeyId: "AKIAUNKNOWNUNKNOWN00", secretAccessKey: "x", source: "test")
            let unknownKey = await #expect(throws: ServiceError.self) {
                try await Self.backend(moto, unknown).listSecrets(ListSecretsRequest())
            }
            #expect(unknownKey?.code == "InvalidClientTokenId")

            let backend = Self.backend(moto, limited, transport: counting)
            _ = try await backend.createSecret(CreateSecretRequest(name: "kept", secretString: "x"))
            let before = counting.count
            let denied = await #expect(throws: ServiceError.self) {
                try await backend.deleteSecret(DeleteSecretRequest(secretId: "kept", forceDeleteWithoutRecovery: true))
            }
            #expect(denied?.code == "AccessDenied")
            #expect(denied?.httpStatus == 403)
            #expect(counting.count == before + 1)
            #expect(try await backend.describeSecret(DescribeSecretRequest(secretId: "kept")).name == "kept")
        }
    }

    // MARK: - STS

    @Test("STS AssumeRole and AssumeRoleWithWebIdentity against moto, and the assumed credentials work")
    func sts() async throws {
        try await Self.withMoto { moto in
            let caller = Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret", source: "test")
            let sts = STSClient(
                endpoint: URL(string: moto.endpoint)!, region: "us-east-1", transport: CurlTransport(environment: [:]))
            let assumed = try await sts.assumeRole(
                roleArn: "arn:aws:iam::123456789012:role/demo", sessionName: "secretty", externalId: "ext",
                durationSeconds: 900, credentials: caller)
            #expect(!assumed.accessKeyId.isEmpty)
            #expect(!assumed.secretAccessKey.isEmpty)
            #expect(assumed.sessionToken?.isEmpty == false)
            #expect((assumed.expiration ?? .distantPast) > Date())

            let web = try await sts.assumeRoleWithWebIdentity(
                roleArn: "arn:aws:iam::123456789012:role/web", sessionName: "web", webIdentityToken: "token.jwt.value",
                durationSeconds: nil)
            #expect(web.sessionToken?.isEmpty == false)

            let listed = try await Self.backend(moto, assumed).listSecrets(ListSecretsRequest())
            #expect(listed.secretList.isEmpty)
        }
    }
}
