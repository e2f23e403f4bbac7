import Foundation
import GRDB
import SecretsCore

/// A secret as its rows hold it: the record rebuilt from the secret, version and label rows, and its MAC.
struct StoredSecret {
    /// The record the rows describe.
    var record: SecretRecord
    /// The MAC stored with the secret row.
    var mac: [UInt8]
    /// What is structurally wrong with the rows (a label on a version the secret does not have), if anything.
    var defect: String?

    /// Rebuilds a secret from its rows; version rows in ordinal order, label rows in position order.
    init(row: Row, versionRows: [Row], labelRows: [Row]) throws {
        let name: String = try row.decode(forColumn: "name")
        do {
            var stagesByVersion: [String: [String]] = [:]
            for labelRow in labelRows {
                stagesByVersion[try labelRow.decode(forColumn: "versionId"), default: []].append(
                    try labelRow.decode(forColumn: "label"))
            }
            let versions = try versionRows.map { versionRow in
                let versionId: String = try versionRow.decode(forColumn: "versionId")
                return VersionRecord(
                    versionId: versionId,
                    createdDate: Date(storedValue: try versionRow.decode(forColumn: "createdDate")),
                    lastAccessedDate: (try versionRow.decode(Double?.self, forColumn: "lastAccessedDate"))
                        .map(Date.init(storedValue:)),
                    stages: stagesByVersion.removeValue(forKey: versionId) ?? [],
                    hasValue: try versionRow.decode(forColumn: "hasValue"))
            }
            record = SecretRecord(
                arn: try row.decode(forColumn: "arn"), name: name,
                description: try row.decode(forColumn: "description"),
                kmsKeyId: try row.decode(forColumn: "kmsKeyId"),
                tags: try Self.decodeTags(try row.decode(String?.self, forColumn: "tags")),
                createdDate: Date(storedValue: try row.decode(forColumn: "createdDate")),
                lastChangedDate: Date(storedValue: try row.decode(forColumn: "lastChangedDate")),
                lastAccessedDate: (try row.decode(Double?.self, forColumn: "lastAccessedDate"))
                    .map(Date.init(storedValue:)),
                deletedDate: (try row.decode(Double?.self, forColumn: "deletedDate")).map(Date.init(storedValue:)),
                versions: versions)
            mac = [UInt8](try row.decode(Data.self, forColumn: "mac"))
            defect =
                stagesByVersion.isEmpty
                ? nil : "staging labels \(stagesByVersion.values.joined().sorted()) name versions the secret lacks"
        } catch let error as ServiceError {
            throw error
        } catch {
            throw VaultIntegrity.recordFailure(secretName: name)
        }
    }

    /// The record, when its rows are whole and its MAC matches; `DecryptionFailure` naming the secret otherwise.
    func verified(keys: VaultKeys) throws -> SecretRecord {
        guard defect == nil, keys.verify(record, mac: mac) else {
            throw VaultIntegrity.recordFailure(secretName: record.name)
        }
        return record
    }

    // MARK: - Tags

    /// Tags as stored: `NULL` when never tagged, a JSON array otherwise (`[]` after every tag was removed).
    static func encodeTags(_ tags: [Tag]?) throws -> String? {
        guard let tags else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(tags), as: UTF8.self)
    }

    /// Tags from their stored form.
    static func decodeTags(_ text: String?) throws -> [Tag]? {
        guard let text else { return nil }
        return try JSONDecoder().decode([Tag].self, from: Data(utf8Of: text))
    }
}
