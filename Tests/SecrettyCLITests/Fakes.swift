import Foundation
import SecretsCore

@testable import SecrettyCLI

/// Deterministic bytes: 0, 1, 2, ... so generated tokens are predictable.
final class CountingRandom: RandomSource, @unchecked Sendable {
    private let lock = NSLock()
    private var next: UInt8 = 0

    func bytes(_ count: Int) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return (0..<count).map { _ in
            defer { next &+= 1 }
            return next
        }
    }
}

/// A backend that records each request (as its wire JSON) and answers with canned responses.
final class RecordingBackend: SecretsBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(SecretsOperation, JSONValue)] = []
    /// Thrown by every call when set.
    var failure: ServiceError?
    /// ListSecrets pages by incoming NextToken ("" for none).
    var secretPages: [String: ListSecretsResponse] = [:]
    /// ListSecretVersionIds pages by incoming NextToken ("" for none).
    var versionPages: [String: ListSecretVersionIdsResponse] = [:]
    /// What GetSecretValue answers.
    var secretValue = GetSecretValueResponse(
        arn: "arn:aws:secretsmanager:us-east-1:000000000000:secret:app/db-AbCdEf", name: "app/db",
        versionId: "11111111-2222-4333-8444-555555555555", secretBinary: nil,
        secretString: #"{"user":"app","password":"pw"}"#,
        versionStages: ["AWSCURRENT"], createdDate: Date(timeIntervalSince1970: 1_795_946_336.123))

    var displayName: String { "recording" }

    var calls: [(SecretsOperation, JSONValue)] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// The wire JSON of the requests, compact.
    var requestTexts: [String] { calls.map { $0.1.compactText() } }

    private func record<R: Encodable>(_ operation: SecretsOperation, _ request: R) throws {
        let value = try JSONValueEncoder().encode(request)
        lock.lock()
        recorded.append((operation, value))
        lock.unlock()
        if let failure { throw failure }
    }

    static let arn = "arn:aws:secretsmanager:us-east-1:000000000000:secret:app/db-AbCdEf"

    func createSecret(_ request: CreateSecretRequest) async throws -> CreateSecretResponse {
        try record(.createSecret, request)
        return CreateSecretResponse(arn: Self.arn, name: request.name, versionId: request.clientRequestToken)
    }
    func putSecretValue(_ request: PutSecretValueRequest) async throws -> PutSecretValueResponse {
        try record(.putSecretValue, request)
        return PutSecretValueResponse(
            arn: Self.arn, name: "app/db", versionId: request.clientRequestToken ?? "",
            versionStages: request.versionStages ?? ["AWSCURRENT"])
    }
    func getSecretValue(_ request: GetSecretValueRequest) async throws -> GetSecretValueResponse {
        try record(.getSecretValue, request)
        return secretValue
    }
    func describeSecret(_ request: DescribeSecretRequest) async throws -> DescribeSecretResponse {
        try record(.describeSecret, request)
        return SecretDescription(
            arn: Self.arn, name: "app/db", description: "Base de données",
            lastChangedDate: Date(timeIntervalSince1970: 1_795_946_336),
            tags: [Tag(key: "env", value: "prod")], versionIdsToStages: ["v2": ["AWSCURRENT"], "v1": ["AWSPREVIOUS"]],
            createdDate: Date(timeIntervalSince1970: 1_795_900_000.5))
    }
    func listSecrets(_ request: ListSecretsRequest) async throws -> ListSecretsResponse {
        try record(.listSecrets, request)
        return secretPages[request.nextToken ?? ""] ?? ListSecretsResponse(secretList: [], nextToken: nil)
    }
    func listSecretVersionIds(_ request: ListSecretVersionIdsRequest) async throws -> ListSecretVersionIdsResponse {
        try record(.listSecretVersionIds, request)
        return versionPages[request.nextToken ?? ""]
            ?? ListSecretVersionIdsResponse(versions: [], nextToken: nil, arn: Self.arn, name: "app/db")
    }
    func updateSecretVersionStage(_ request: UpdateSecretVersionStageRequest) async throws
        -> UpdateSecretVersionStageResponse
    {
        try record(.updateSecretVersionStage, request)
        return SecretReference(arn: Self.arn, name: "app/db")
    }
    func updateSecret(_ request: UpdateSecretRequest) async throws -> UpdateSecretResponse {
        try record(.updateSecret, request)
        return CreateSecretResponse(arn: Self.arn, name: "app/db", versionId: request.clientRequestToken)
    }
    func deleteSecret(_ request: DeleteSecretRequest) async throws -> DeleteSecretResponse {
        try record(.deleteSecret, request)
        return DeleteSecretResponse(
            arn: Self.arn, name: "app/db", deletionDate: Date(timeIntervalSince1970: 1_796_551_136))
    }
    func restoreSecret(_ request: RestoreSecretRequest) async throws -> RestoreSecretResponse {
        try record(.restoreSecret, request)
        return SecretReference(arn: Self.arn, name: "app/db")
    }
    func tagResource(_ request: TagResourceRequest) async throws -> EmptyResponse {
        try record(.tagResource, request)
        return EmptyResponse()
    }
    func untagResource(_ request: UntagResourceRequest) async throws -> EmptyResponse {
        try record(.untagResource, request)
        return EmptyResponse()
    }
    func getRandomPassword(_ request: GetRandomPasswordRequest) async throws -> GetRandomPasswordResponse {
        try record(.getRandomPassword, request)
        return GetRandomPasswordResponse(randomPassword: "p4ss")
    }
    func batchGetSecretValue(_ request: BatchGetSecretValueRequest) async throws -> BatchGetSecretValueResponse {
        try record(.batchGetSecretValue, request)
        return BatchGetSecretValueResponse(secretValues: [secretValue], nextToken: nil, errors: [])
    }
}

/// A vault stand-in that hands out one backend and records what it was asked.
final class FakeVaultAccess: VaultAccess, @unchecked Sendable {
    let backend: any SecretsBackend
    private let lock = NSLock()
    private var log: [String] = []
    var report = VaultCheckSummary(partition: "aws", region: "eu-west-3", accountId: "123456789012", damagedRows: [])
    var history: [LabelMove] = []

    init(backend: any SecretsBackend) {
        self.backend = backend
    }

    var events: [String] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }

    private func note(_ event: String) {
        lock.lock()
        log.append(event)
        lock.unlock()
    }

    func create(path: String, passphrase: String, context: StoreContext, kdfLogN: Int?) async throws {
        note(
            "create \(path) \(passphrase) \(context.region) \(context.accountId) \(kdfLogN.map(String.init) ?? "default")"
        )
    }
    func open(path: String, passphrase: String) async throws -> any SecretsBackend {
        note("open \(path) \(passphrase)")
        return backend
    }
    func changePassphrase(path: String, old: String, new: String) async throws { note("passwd \(path) \(old) \(new)") }
    func check(path: String, passphrase: String) async throws -> VaultCheckSummary {
        note("check \(path) \(passphrase)")
        return report
    }
    func labelHistory(path: String, passphrase: String, secretId: String) async throws -> [LabelMove] {
        note("history \(path) \(secretId)")
        return history
    }
}

/// Collects what the CLI writes.
final class Streams: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    private var promptLog: [String] = []

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }
    var prompts: [String] { lock.withLock { promptLog } }
    func writeOut(_ s: String) { lock.withLock { outText += s } }
    func writeErr(_ s: String) { lock.withLock { errText += s } }
    func prompted(_ s: String) { lock.withLock { promptLog.append(s) } }
}

/// A command-line run against fakes.
struct Harness {
    var files: [String: Data] = [:]
    var variables: [String: String] = ["HOME": "/home/op", "SECRETTY_PASSPHRASE": "pw"]
    var stdin = Data()
    var stdoutIsTerminal = false
    var stdinIsTerminal = false
    var terminalWidth = 80
    var timeZone = TimeZone(identifier: "Europe/Paris")!
    var promptAnswers: [String]? = nil
    var commandOutput: [String: Data] = [:]
    var vaultPath = "/tmp/test.db"
    var query: QueryCompiler = QuerySeam.unavailable
    var tui: TUIRunner = TUISeam.notBuilt
    /// Shared by every run of this harness, so successive calls get fresh tokens.
    let random = CountingRandom()

    struct Result {
        var code: Int32
        var out: String
        var err: String
        var prompts: [String]
    }

    func environment(_ streams: Streams) -> CLIEnvironment {
        let files = self.files
        let stdin = self.stdin
        let answers = PromptQueue(promptAnswers)
        let commands = commandOutput
        return CLIEnvironment(
            variables: variables, readFile: { files[$0] }, fileExists: { files[$0] != nil },
            readStandardInput: { stdin },
            writeOutput: streams.writeOut, writeError: streams.writeErr, stdoutIsTerminal: stdoutIsTerminal,
            stdinIsTerminal: stdinIsTerminal, terminalWidth: terminalWidth, timeZone: timeZone,
            homeDirectory: "/home/op",
            runCommand: { command in
                guard let output = commands[command] else {
                    throw LocalError.configuration("command failed: \(command)")
                }
                return output
            },
            promptSecret: { prompt in
                streams.prompted(prompt)
                return answers.next()
            })
    }

    func run(_ arguments: [String], backend: RecordingBackend = RecordingBackend(), vault: FakeVaultAccess? = nil) async
        -> Result
    {
        let streams = Streams()
        var harness = self
        if harness.files[vaultPath] == nil { harness.files[vaultPath] = Data() }
        let seams = SecrettyMain.Seams(
            vault: vault ?? FakeVaultAccess(backend: backend), query: query, tui: tui, random: random)
        let hasVault = arguments.contains("--vault") || arguments.contains { $0.hasPrefix("--vault=") }
        let args = hasVault ? arguments : ["--vault", vaultPath] + arguments
        let code = await SecrettyMain.run(arguments: args, environment: harness.environment(streams), seams: seams)
        return Result(code: code, out: streams.out, err: streams.err, prompts: streams.prompts)
    }

    /// Runs without adding `--vault`, for backend-selection and housekeeping tests.
    func runBare(
        _ arguments: [String], backend: RecordingBackend = RecordingBackend(), vault: FakeVaultAccess? = nil,
        aws: AWSBackendFactory? = nil
    ) async -> Result {
        let streams = Streams()
        let seams = SecrettyMain.Seams(
            awsBackend: aws ?? AWSBackendSeam.notBuilt, vault: vault ?? FakeVaultAccess(backend: backend), query: query,
            tui: tui,
            random: random)
        let code = await SecrettyMain.run(arguments: arguments, environment: environment(streams), seams: seams)
        return Result(code: code, out: streams.out, err: streams.err, prompts: streams.prompts)
    }
}

/// Prompt answers handed out in order; `nil` (no terminal) when there are none.
final class PromptQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [String]?

    init(_ answers: [String]?) { self.answers = answers }

    func next() -> String? {
        lock.withLock {
            guard var list = answers, !list.isEmpty else { return nil }
            let first = list.removeFirst()
            answers = list
            return first
        }
    }
}
