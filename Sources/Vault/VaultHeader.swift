import Foundation
import GRDB
import SecretsCore
import SecrettyCrypto

/// The key-derivation function and its parameters, as the header records them.
public struct VaultKDF: Sendable, Hashable {
    /// The function's name; only `scrypt` is known.
    public var name: String
    /// The cost as log2(N).
    public var logN: Int
    /// The block size.
    public var r: Int
    /// The parallelism.
    public var p: Int

    /// scrypt with N = 2^`logN`, r = 8, p = 1.
    public static func scrypt(logN: Int) -> VaultKDF { VaultKDF(name: "scrypt", logN: logN, r: 8, p: 1) }
}

/// The vault's one-row header: format, the context its ARNs use, the KDF, the salt and the wrapped data key.
///
/// Every field except the wrapped key and the key check is bound to the wrapped key as associated data, so
/// an edited header fails to unwrap even with the right passphrase.
struct VaultHeader: Sendable, Hashable {
    /// The format this code writes and reads.
    static let currentFormatVersion = 1
    /// The salt length in bytes.
    static let saltByteCount = 32

    var formatVersion: Int
    var context: StoreContext
    var kdf: VaultKDF
    var salt: [UInt8]
    /// The data key sealed with AES-256-GCM under the key-encryption key (nonce ‖ ciphertext ‖ tag).
    var wrappedKey: [UInt8]
    /// HMAC(key-encryption key, "secretty key check v1").
    var keyCheck: [UInt8]
    /// HMAC of every other field under the metadata key: lets `check()` verify the header without the passphrase.
    var mac: [UInt8]

    /// The associated data of the wrapped key: every header field that is not itself a key.
    var authenticatedData: [UInt8] {
        var encoder = CanonicalEncoder(domain: "secretty header v1")
        encoder.append(formatVersion)
        encoder.append(context.partition)
        encoder.append(context.region)
        encoder.append(context.accountId)
        encoder.append(kdf.name)
        encoder.append(kdf.logN)
        encoder.append(kdf.r)
        encoder.append(kdf.p)
        encoder.append(salt)
        return encoder.bytes
    }

    /// The MAC of the header under the vault's metadata key.
    func expectedMAC(keys: VaultKeys) -> [UInt8] {
        var encoder = CanonicalEncoder(domain: "secretty header mac v1")
        encoder.append(authenticatedData)
        encoder.append(wrappedKey)
        encoder.append(keyCheck)
        return HMACSHA256.authenticate(encoder.bytes, key: keys.metadataKey)
    }

    /// Whether the stored MAC matches the header's fields.
    func isAuthentic(keys: VaultKeys) -> Bool {
        ConstantTime.equal(expectedMAC(keys: keys), mac)
    }
}

// MARK: - Making and unlocking

extension VaultHeader {
    /// Outcome of trying a passphrase against a header.
    enum UnlockFailure: Error {
        /// The passphrase's key does not match the key check.
        case wrongPassphrase
        /// The key check matches but the wrapped key does not open: the header was altered.
        case alteredHeader
    }

    /// A header wrapping the data key under a key derived from `passphrase` with a fresh salt.
    static func wrapping(
        keys: VaultKeys, passphrase: String, context: StoreContext, kdf: VaultKDF, random: any RandomSource
    ) throws -> VaultHeader {
        var header = VaultHeader(
            formatVersion: currentFormatVersion, context: context, kdf: kdf, salt: random.bytes(saltByteCount),
            wrappedKey: [], keyCheck: [], mac: [])
        var kek = try VaultKeys.keyEncryptionKey(passphrase: passphrase, kdf: kdf, salt: header.salt)
        defer { VaultKeys.zero(&kek) }
        header.keyCheck = VaultKeys.keyCheck(keyEncryptionKey: kek)
        header.wrappedKey = try AESGCM.seal(keys.dataKey, key: kek, aad: header.authenticatedData, random: random)
            .combined
        header.mac = header.expectedMAC(keys: keys)
        return header
    }

    /// Unwraps the data key with a passphrase.
    func unlock(passphrase: String) throws -> VaultKeys {
        var kek = try VaultKeys.keyEncryptionKey(passphrase: passphrase, kdf: kdf, salt: salt)
        defer { VaultKeys.zero(&kek) }
        guard ConstantTime.equal(VaultKeys.keyCheck(keyEncryptionKey: kek), keyCheck) else {
            throw UnlockFailure.wrongPassphrase
        }
        guard let box = try? AESGCM.SealedBox(combined: wrappedKey),
            var dataKey = try? AESGCM.open(box, key: kek, aad: authenticatedData),
            dataKey.count == AESGCM.keyByteCount
        else { throw UnlockFailure.alteredHeader }
        defer { VaultKeys.zero(&dataKey) }
        let keys = VaultKeys(dataKey: dataKey)
        guard isAuthentic(keys: keys) else { throw UnlockFailure.alteredHeader }
        return keys
    }
}

// MARK: - Rows

extension VaultHeader {
    /// Reads the header row.
    static func fetch(_ db: Database) throws -> VaultHeader? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM header WHERE id = 1") else { return nil }
        return VaultHeader(
            formatVersion: try row.decode(forColumn: "formatVersion"),
            context: StoreContext(
                partition: try row.decode(forColumn: "partition"), region: try row.decode(forColumn: "region"),
                accountId: try row.decode(forColumn: "accountId")),
            kdf: VaultKDF(
                name: try row.decode(forColumn: "kdfName"), logN: try row.decode(forColumn: "kdfLogN"),
                r: try row.decode(forColumn: "kdfR"), p: try row.decode(forColumn: "kdfP")),
            salt: [UInt8](try row.decode(Data.self, forColumn: "salt")),
            wrappedKey: [UInt8](try row.decode(Data.self, forColumn: "wrappedKey")),
            keyCheck: [UInt8](try row.decode(Data.self, forColumn: "keyCheck")),
            mac: [UInt8](try row.decode(Data.self, forColumn: "mac")))
    }

    /// Writes the header row, replacing any.
    func save(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO header
                    (id, formatVersion, partition, region, accountId, kdfName, kdfLogN, kdfR, kdfP, salt,
                     wrappedKey, keyCheck, mac)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                formatVersion, context.partition, context.region, context.accountId, kdf.name, kdf.logN, kdf.r, kdf.p,
                Data(salt), Data(wrappedKey), Data(keyCheck), Data(mac),
            ])
    }
}
