import Foundation
import SecretsCore
import SecrettyCrypto

/// The unlocked keys of a vault: the data key and the two keys derived from it.
///
/// The value key seals secret values; the metadata key MACs each secret's record and label set. Key bytes are
/// overwritten with zeros when the last reference goes away.
final class VaultKeys: @unchecked Sendable {
    /// The random 32-byte data key (wrapped in the header under the passphrase's key).
    private(set) var dataKey: [UInt8]
    /// AES-256-GCM key for values: HMAC(dataKey, "secretty value v1").
    private(set) var valueKey: [UInt8]
    /// HMAC-SHA256 key for records: HMAC(dataKey, "secretty metadata v1").
    private(set) var metadataKey: [UInt8]

    /// Derives the working keys from a data key.
    init(dataKey: [UInt8]) {
        self.dataKey = dataKey
        valueKey = HMACSHA256.authenticate("secretty value v1", key: dataKey)
        metadataKey = HMACSHA256.authenticate("secretty metadata v1", key: dataKey)
    }

    deinit {
        Self.zero(&dataKey)
        Self.zero(&valueKey)
        Self.zero(&metadataKey)
    }

    /// Overwrites a key buffer with zeros in place.
    static func zero(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices { buffer[index] = 0 }
        }
    }
}

// MARK: - Key encryption

extension VaultKeys {
    /// The key-encryption key: scrypt(passphrase, salt) with the header's parameters.
    static func keyEncryptionKey(passphrase: String, kdf: VaultKDF, salt: [UInt8]) throws -> [UInt8] {
        var passphraseBytes = Array(passphrase.utf8)
        defer { zero(&passphraseBytes) }
        return try Scrypt.derive(
            passphrase: passphraseBytes, salt: salt, logN: kdf.logN, r: kdf.r, p: kdf.p, length: AESGCM.keyByteCount)
    }

    /// The key-check value stored in the header: tells a wrong passphrase from an altered header.
    static func keyCheck(keyEncryptionKey: [UInt8]) -> [UInt8] {
        HMACSHA256.authenticate("secretty key check v1", key: keyEncryptionKey)
    }
}

// MARK: - Values

extension VaultKeys {
    /// The associated data that binds a sealed value to its secret and version.
    static func valueAAD(secretARN: String, versionId: String) -> [UInt8] {
        var encoder = CanonicalEncoder(domain: "secretty value v1")
        encoder.append(secretARN)
        encoder.append(versionId)
        return encoder.bytes
    }

    /// Seals a value under the value key with a fresh nonce: kind byte and payload, nonce ‖ ciphertext ‖ tag.
    func seal(_ value: SecretValue, secretARN: String, versionId: String, random: any RandomSource) throws -> [UInt8] {
        var plaintext: [UInt8]
        switch value {
        case .string(let text): plaintext = [1] + Array(text.utf8)
        case .binary(let data): plaintext = [2] + Array(data)
        }
        defer { Self.zero(&plaintext) }
        let box = try AESGCM.seal(
            plaintext, key: valueKey, aad: Self.valueAAD(secretARN: secretARN, versionId: versionId), random: random)
        return box.combined
    }

    /// Opens a sealed value; `nil` when it fails authentication (altered, or moved from another row).
    func open(_ sealed: [UInt8], secretARN: String, versionId: String) -> SecretValue? {
        guard let box = try? AESGCM.SealedBox(combined: sealed),
            var plaintext = try? AESGCM.open(
                box, key: valueKey, aad: Self.valueAAD(secretARN: secretARN, versionId: versionId)),
            let kind = plaintext.first
        else { return nil }
        defer { Self.zero(&plaintext) }
        switch kind {
        case 1:
            guard let text = String(validating: plaintext.dropFirst(), as: UTF8.self) else { return nil }
            return .string(text)
        case 2:
            return .binary(Data(plaintext.dropFirst()))
        default:
            return nil
        }
    }
}

// MARK: - Records

extension VaultKeys {
    /// The MAC of a secret record: its metadata, its versions and its full label set.
    func mac(of record: SecretRecord) -> [UInt8] {
        HMACSHA256.authenticate(Self.canonicalBytes(of: record), key: metadataKey)
    }

    /// Whether a stored MAC matches the record read back, in constant time.
    func verify(_ record: SecretRecord, mac: [UInt8]) -> Bool {
        ConstantTime.equal(self.mac(of: record), mac)
    }

    /// The canonical encoding of a record that its MAC covers.
    static func canonicalBytes(of record: SecretRecord) -> [UInt8] {
        var encoder = CanonicalEncoder(domain: "secretty secret v1")
        encoder.append(record.arn)
        encoder.append(record.name)
        encoder.append(record.description)
        encoder.append(record.kmsKeyId)
        encoder.appendOptional(record.tags) { encoder, tags in
            encoder.append(tags.count)
            for tag in tags {
                encoder.append(tag.key)
                encoder.append(tag.value)
            }
        }
        encoder.append(record.createdDate)
        encoder.append(record.lastChangedDate)
        encoder.append(record.lastAccessedDate)
        encoder.append(record.deletedDate)
        encoder.append(record.versions.count)
        for version in record.versions {
            encoder.append(version.versionId)
            encoder.append(version.createdDate)
            encoder.append(version.lastAccessedDate)
            encoder.append(version.stages.count)
            for stage in version.stages { encoder.append(stage) }
            encoder.append(version.hasValue)
        }
        return encoder.bytes
    }
}

// MARK: - Journal

extension VaultKeys {
    /// The MAC of a journal entry, chained to the MAC of the secret's previous entry (empty for the first), so
    /// an entry edited, removed from the middle or reordered breaks the chain.
    func mac(of move: LabelMove, previous: [UInt8]) -> [UInt8] {
        var encoder = CanonicalEncoder(domain: "secretty journal v1")
        encoder.append(previous)
        encoder.append(move.date)
        encoder.append(move.secretARN)
        encoder.append(move.label)
        encoder.append(move.fromVersion)
        encoder.append(move.toVersion)
        encoder.append(move.operation)
        return HMACSHA256.authenticate(encoder.bytes, key: metadataKey)
    }
}
