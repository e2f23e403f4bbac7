import Foundation
import GRDB
import SecretsCore
import SecrettyCrypto

@testable import Vault

/// A directory under the system temporary directory, removed with everything in it when released.
final class TemporaryDirectory: Sendable {
    /// The directory's path.
    let path: String

    /// Creates a fresh, empty directory.
    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "secretty-vault-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A path inside the directory.
    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
}

/// Shared values and helpers for the vault tests.
enum VaultFixture {
    static let passphrase = "correct horse battery staple"
    static let context = StoreContext(partition: "aws", region: "eu-west-1", accountId: "123456789012")
    /// A fixed instant with sub-millisecond digits, so date storage must be exact.
    static let now = Date(timeIntervalSince1970: 1_795_000_000.123_456)
    /// The test cost: scrypt N = 2^10.
    static let logN = 10

    /// Creates a vault of cost 2^10 in a directory.
    static func makeVault(
        in directory: TemporaryDirectory, name: String = "vault.db",
        clock: @escaping @Sendable () -> Date = { VaultFixture.now }, busyTimeout: TimeInterval = 5
    ) throws -> VaultBackend {
        try VaultBackend.create(
            path: directory.file(name), passphrase: passphrase, context: context, kdfLogN: logN, clock: clock,
            busyTimeout: busyTimeout)
    }

    /// A record with the given versions, each `(versionId, stages, hasValue)`.
    static func record(
        _ name: String, suffix: String = "AbCdEf", description: String? = "a test secret", tags: [Tag]? = nil,
        versions: [(String, [String])]
    ) -> SecretRecord {
        SecretRecord(
            arn: context.secretARNPrefix + name + "-" + suffix, name: name, description: description, tags: tags,
            createdDate: now, lastChangedDate: now.addingTimeInterval(1.000_001),
            versions: versions.enumerated().map { index, version in
                VersionRecord(
                    versionId: version.0, createdDate: now.addingTimeInterval(Double(index) + 0.000_123),
                    stages: version.1)
            })
    }

    /// Saves records and their values (`"value of <versionId>"`) in one transaction.
    static func seed(_ vault: VaultBackend, _ records: [SecretRecord]) throws {
        try vault.writeSync { store in
            for record in records {
                for version in record.versions {
                    try store.saveValue(
                        .string("value of \(version.versionId)"), secretARN: record.arn, versionId: version.versionId)
                }
                try store.save(record)
            }
        }
    }

    /// Runs SQL against a vault file through a second, independent connection (as a tamperer would).
    static func tamper(_ path: String, foreignKeys: Bool = true, _ sql: String, _ arguments: StatementArguments = [])
        throws
    {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = foreignKeys
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in try db.execute(sql: sql, arguments: arguments) }
        try queue.close()
    }

    /// Reads one value through a second connection.
    static func peek<T: DatabaseValueConvertible & Sendable>(_ path: String, _ sql: String, as type: T.Type) throws
        -> T?
    {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try T.fetchOne(db, sql: sql) }
    }

    /// The bytes of a file, or `nil` when it does not exist.
    static func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// A file's permission bits.
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// A fresh vault in its own directory, seeded with records alpha (a1 AWSPREVIOUS, a2 AWSCURRENT), beta (b1) and
/// gamma (c1).
struct SeededVault {
    let directory: TemporaryDirectory
    let path: String
    let vault: VaultBackend
    let alpha = VaultFixture.record(
        "alpha", suffix: "AAAAAA", versions: [("a1", ["AWSPREVIOUS"]), ("a2", ["AWSCURRENT"])])
    let beta = VaultFixture.record("beta", suffix: "BBBBBB", versions: [("b1", ["AWSCURRENT"])])
    let gamma = VaultFixture.record("gamma", suffix: "CCCCCC", versions: [("c1", ["AWSCURRENT"])])

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.file("vault.db")
        vault = try VaultFixture.makeVault(in: directory)
        try VaultFixture.seed(vault, [alpha, beta, gamma])
    }
}
