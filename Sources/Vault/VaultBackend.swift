import Foundation
import GRDB
import SecretsCore
import SecrettyCrypto

/// The embedded encrypted backend: one SQLite file, values sealed with AES-256-GCM under a data key that a
/// scrypt-derived key wraps.
///
/// The vault holds no service semantics: each operation runs `SecretsEngine` on a `VaultStore` inside one
/// IMMEDIATE write transaction, so a process killed at any instant leaves the vault as it was before or after
/// that operation. Several processes share one file through SQLite's locks (WAL mode, a busy timeout).
public final class VaultBackend: Sendable {
    /// The vault file.
    public let path: String
    /// The partition, region and account id every ARN of this vault uses, from its header.
    public let context: StoreContext
    /// The connection.
    let database: DatabaseQueue
    /// The unlocked keys.
    let keys: VaultKeys
    /// The clock the engine records dates with.
    let clock: @Sendable () -> Date
    /// The engine's randomness: ARN suffixes and passwords. Keys, salts and nonces always come from the CSPRNG.
    let random: any RandomSource
    /// How long a write waits for another process's lock.
    let busyTimeout: TimeInterval
    /// The verified records of the last full read, for listings page by page.
    let recordCache = RecordCache()

    private init(
        path: String, context: StoreContext, database: DatabaseQueue, keys: VaultKeys,
        clock: @escaping @Sendable () -> Date, random: any RandomSource, busyTimeout: TimeInterval
    ) {
        self.path = path
        self.context = context
        self.database = database
        self.keys = keys
        self.clock = clock
        self.random = random
        self.busyTimeout = busyTimeout
    }

    /// Where requests go, for the status bar: `vault PATH`.
    public var displayName: String { "vault \(path)" }

    /// The default busy timeout: how long a write waits while another process holds the vault.
    public static let defaultBusyTimeout: TimeInterval = 5

    /// The lowest and highest scrypt cost (log2 N) a vault accepts.
    public static let kdfLogNRange = 10...22

    // MARK: - Create

    /// Creates a new vault file (mode 0600) with a fresh data key wrapped under `passphrase`.
    ///
    /// Fails when any file exists at `path`; creates missing parent directories with mode 0700. `random` drives
    /// the engine (ARN suffixes, passwords); the data key, salts and nonces always come from the CSPRNG.
    public static func create(
        path: String, passphrase: String, context: StoreContext, kdfLogN: Int = 17,
        clock: @escaping @Sendable () -> Date = { Date() }, random: any RandomSource = SecureRandom(),
        busyTimeout: TimeInterval = defaultBusyTimeout
    ) throws -> VaultBackend {
        guard kdfLogNRange.contains(kdfLogN) else {
            throw LocalError.usage(
                "The vault's scrypt cost (log2 N) must be between \(kdfLogNRange.lowerBound) and "
                    + "\(kdfLogNRange.upperBound); got \(kdfLogN).")
        }
        try VaultFile.createEmpty(at: path)
        do {
            var dataKey = SecureRandom().bytes(AESGCM.keyByteCount)
            let keys = VaultKeys(dataKey: dataKey)
            VaultKeys.zero(&dataKey)
            let header = try VaultHeader.wrapping(
                keys: keys, passphrase: passphrase, context: context, kdf: .scrypt(logN: kdfLogN),
                random: SecureRandom())
            let database = try DatabaseQueue(
                path: path, configuration: VaultFile.configuration(busyTimeout: busyTimeout, journalMode: .wal))
            try VaultSchema.migrator.migrate(database)
            try database.write { db in try header.save(db) }
            return VaultBackend(
                path: path, context: context, database: database, keys: keys, clock: clock,
                random: random, busyTimeout: busyTimeout)
        } catch {
            VaultFile.removeFiles(at: path)
            throw VaultErrors.map(error, path: path, busyTimeout: busyTimeout)
        }
    }

    // MARK: - Open

    /// Opens and unlocks an existing vault; writes nothing until an operation does.
    public static func open(
        path: String, passphrase: String, clock: @escaping @Sendable () -> Date = { Date() },
        random: any RandomSource = SecureRandom(), busyTimeout: TimeInterval = defaultBusyTimeout
    ) throws -> VaultBackend {
        try VaultFile.checkExists(path)
        do {
            let database = try DatabaseQueue(
                path: path, configuration: VaultFile.configuration(busyTimeout: busyTimeout, journalMode: .default))
            let (header, current) = try database.read { db in
                guard try VaultSchema.isVault(db) else { throw VaultErrors.notAVault(path, "no vault header") }
                guard let header = try VaultHeader.fetch(db) else {
                    throw VaultErrors.notAVault(path, "the header is empty")
                }
                return (header, try VaultSchema.migrator.hasCompletedMigrations(db))
            }
            guard header.formatVersion <= VaultHeader.currentFormatVersion else {
                throw VaultErrors.newerFormat(path, header.formatVersion)
            }
            // Only the parameters this code writes are accepted, so an edited header cannot demand hours of work.
            guard header.kdf.name == "scrypt", kdfLogNRange.contains(header.kdf.logN), header.kdf.r == 8,
                header.kdf.p == 1
            else { throw VaultErrors.alteredHeader(path) }
            let keys: VaultKeys
            do {
                keys = try header.unlock(passphrase: passphrase)
            } catch VaultHeader.UnlockFailure.wrongPassphrase {
                throw VaultErrors.wrongPassphrase(path)
            } catch VaultHeader.UnlockFailure.alteredHeader {
                throw VaultErrors.alteredHeader(path)
            }
            if !current { try VaultSchema.migrator.migrate(database) }
            return VaultBackend(
                path: path, context: header.context, database: database, keys: keys, clock: clock, random: random,
                busyTimeout: busyTimeout)
        } catch {
            throw VaultErrors.map(error, path: path, busyTimeout: busyTimeout)
        }
    }

    // MARK: - Passphrase

    /// Re-wraps the data key under a new passphrase (fresh salt; the cost kept unless `kdfLogN` is given).
    ///
    /// Values and MACs stay as they are; the old passphrase stops working at once. The old header's bytes are
    /// overwritten (secure delete) and the write-ahead log is truncated when no other process is reading.
    public func changePassphrase(to newPassphrase: String, kdfLogN: Int? = nil) throws {
        try run {
            let current = try database.read { db in try VaultHeader.fetch(db) }
            guard let current else { throw VaultErrors.notAVault(path, "the header is empty") }
            let logN = kdfLogN ?? current.kdf.logN
            guard Self.kdfLogNRange.contains(logN) else {
                throw LocalError.usage(
                    "The vault's scrypt cost (log2 N) must be between \(Self.kdfLogNRange.lowerBound) and "
                        + "\(Self.kdfLogNRange.upperBound); got \(logN).")
            }
            let header = try VaultHeader.wrapping(
                keys: keys, passphrase: newPassphrase, context: context, kdf: .scrypt(logN: logN),
                random: SecureRandom())
            try database.write { db in
                guard try VaultHeader.fetch(db)?.context == context else { throw VaultErrors.alteredHeader(path) }
                try header.save(db)
            }
            _ = try? database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
    }

    // MARK: - Transactions

    /// Runs a body, mapping GRDB and SQLite errors to the vault's errors.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw VaultErrors.map(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Runs a body on a store inside one IMMEDIATE write transaction: all of its changes or none.
    func write<T: Sendable>(_ body: @escaping @Sendable (inout VaultStore) throws -> T) async throws -> T {
        let keys = keys
        let cache = recordCache
        do {
            return try await database.write { db in
                var store = VaultStore(db: db, keys: keys, cache: cache)
                return try body(&store)
            }
        } catch {
            cache.invalidate()
            throw VaultErrors.map(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Runs a body on a store inside one write transaction, synchronously.
    func writeSync<T>(_ body: (inout VaultStore) throws -> T) throws -> T {
        do {
            return try run {
                try database.write { db in
                    var store = VaultStore(db: db, keys: keys, cache: recordCache)
                    return try body(&store)
                }
            }
        } catch {
            recordCache.invalidate()
            throw error
        }
    }

    /// Runs a body on a store inside one read transaction (a consistent snapshot; writes are refused).
    func readSync<T>(_ body: (VaultStore) throws -> T) throws -> T {
        try run {
            try database.read { db in try body(VaultStore(db: db, keys: keys)) }
        }
    }
}
