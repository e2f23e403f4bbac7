import Foundation
import SecretsCore
import Testing

@testable import Vault

@Suite("Vault: the SQLite SecretStore")
struct VaultStoreTests {
    @Test("records round-trip exactly: dates, tags nil and [], Unicode, labels in order")
    func recordRoundTrip() throws {
        let directory = try TemporaryDirectory()
        let vault = try VaultFixture.makeVault(in: directory)
        var untagged = VaultFixture.record(
            "prod/db", versions: [("v1", ["AWSPREVIOUS"]), ("v2", ["AWSCURRENT", "blue"])])
        untagged.lastAccessedDate = VaultFixture.now
        untagged.versions[1].lastAccessedDate = VaultFixture.now
        let emptyTags = VaultFixture.record(
            "🔑/ключ", suffix: "Zz9yX8", description: nil, tags: [], versions: [("a", [])])
        var tagged = VaultFixture.record(
            "team/app", suffix: "Qq1Ww2", tags: [Tag(key: "env", value: "prod"), Tag(key: "Ünïcode", value: "")],
            versions: [("x", ["AWSCURRENT"])])
        tagged.kmsKeyId = "alias/custom"
        tagged.deletedDate = VaultFixture.now.addingTimeInterval(86_400 * 7)
        try VaultFixture.seed(vault, [untagged, emptyTags, tagged])

        let all = try vault.readSync { try $0.allRecords() }
        #expect(all == [untagged, emptyTags, tagged])
        #expect(try vault.readSync { try $0.record(named: "🔑/ключ") } == emptyTags)
        #expect(try vault.readSync { try $0.record(arn: tagged.arn) } == tagged)
        #expect(try vault.readSync { try $0.record(named: "missing") } == nil)
        #expect(try vault.readSync { try $0.record(arn: tagged.arn + "x") } == nil)
    }

    @Test("string and binary values round-trip; a version without a value answers nil")
    func valuesRoundTrip() throws {
        let directory = try TemporaryDirectory()
        let vault = try VaultFixture.makeVault(in: directory)
        var record = VaultFixture.record(
            "s", versions: [("text", []), ("bytes", ["AWSCURRENT"]), ("empty", ["AWSPENDING"])])
        record.versions[2].hasValue = false
        let bytes = Data((0...255).map { UInt8($0) })
        try vault.writeSync { store in
            try store.saveValue(.string("{\"password\":\"é\\u0000\"}"), secretARN: record.arn, versionId: "text")
            try store.saveValue(.binary(bytes), secretARN: record.arn, versionId: "bytes")
            try store.save(record)
        }
        try vault.readSync { store throws in
            #expect(try store.value(secretARN: record.arn, versionId: "text") == .string("{\"password\":\"é\\u0000\"}"))
            #expect(try store.value(secretARN: record.arn, versionId: "bytes") == .binary(bytes))
            #expect(try store.value(secretARN: record.arn, versionId: "empty") == nil)
            #expect(try store.value(secretARN: record.arn, versionId: "unknown") == nil)
            #expect(try store.record(arn: record.arn) == record)
        }
    }

    @Test("a value saved before its version exists is readable at once and stored by save")
    func pendingValue() throws {
        let directory = try TemporaryDirectory()
        let vault = try VaultFixture.makeVault(in: directory)
        let record = VaultFixture.record("new", versions: [("v1", ["AWSCURRENT"])])
        try vault.writeSync { store in
            try store.saveValue(.string("early"), secretARN: record.arn, versionId: "v1")
            #expect(try store.value(secretARN: record.arn, versionId: "v1") == .string("early"))
            try store.save(record)
            try store.saveValue(.string("filled later"), secretARN: record.arn, versionId: "v1")
        }
        #expect(try vault.readSync { try $0.value(secretARN: record.arn, versionId: "v1") } == .string("filled later"))
    }

    @Test("save drops versions no longer listed, with their values and labels; order of secrets is kept")
    func saveDropsVersions() throws {
        let directory = try TemporaryDirectory()
        let vault = try VaultFixture.makeVault(in: directory)
        let first = VaultFixture.record("first", versions: [("v1", ["AWSPREVIOUS"]), ("v2", ["AWSCURRENT"])])
        let second = VaultFixture.record("second", versions: [("w1", ["AWSCURRENT"])])
        try VaultFixture.seed(vault, [first, second])
        var trimmed = first
        trimmed.versions.removeFirst()
        trimmed.versions.append(VersionRecord(versionId: "v3", createdDate: VaultFixture.now, stages: ["AWSPENDING"]))
        trimmed.description = "changed"
        try vault.writeSync { store in
            try store.saveValue(.string("v3 value"), secretARN: first.arn, versionId: "v3")
            try store.save(trimmed)
        }
        #expect(try vault.readSync { try $0.allRecords() } == [trimmed, second])
        #expect(try vault.readSync { try $0.value(secretARN: first.arn, versionId: "v1") } == nil)
        let path = directory.file("vault.db")
        #expect(try VaultFixture.peek(path, "SELECT COUNT(*) FROM version", as: Int.self) == 3)
        #expect(try VaultFixture.peek(path, "SELECT COUNT(*) FROM label", as: Int.self) == 3)
    }

    @Test("remove deletes the secret, its versions and labels, and keeps its journal")
    func remove() throws {
        let directory = try TemporaryDirectory()
        let vault = try VaultFixture.makeVault(in: directory)
        let record = VaultFixture.record("gone", versions: [("v1", ["AWSCURRENT"])])
        try VaultFixture.seed(vault, [record])
        try vault.writeSync { store in
            try store.appendJournal([
                LabelMove(
                    date: VaultFixture.now, secretARN: record.arn, label: "AWSCURRENT", fromVersion: nil,
                    toVersion: "v1", operation: "CreateSecret")
            ])
            try store.remove(secretARN: record.arn)
        }
        #expect(try vault.readSync { try $0.allRecords() }.isEmpty)
        let path = directory.file("vault.db")
        for table in ["secret", "version", "label"] {
            #expect(try VaultFixture.peek(path, "SELECT COUNT(*) FROM \(table)", as: Int.self) == 0, "\(table)")
        }
        #expect(try vault.labelHistorySync(secretId: record.arn).count == 1)
    }

    @Test("saving a new ARN under a taken name replaces the old secret (purge and recreate)")
    func sameNameNewARN() throws {
        let directory = try TemporaryDirectory()
        let vault = try VaultFixture.makeVault(in: directory)
        let old = VaultFixture.record("name", suffix: "OldOld", versions: [("v1", ["AWSCURRENT"])])
        let new = VaultFixture.record("name", suffix: "NewNew", versions: [("v9", ["AWSCURRENT"])])
        try VaultFixture.seed(vault, [old])
        try VaultFixture.seed(vault, [new])
        #expect(try vault.readSync { try $0.allRecords() } == [new])
    }

    @Test("a throwing operation leaves nothing behind")
    func rollback() throws {
        struct Boom: Error {}
        let directory = try TemporaryDirectory()
        let vault = try VaultFixture.makeVault(in: directory)
        #expect(throws: LocalError.self) {
            try vault.writeSync { store in
                try store.save(VaultFixture.record("half", versions: [("v1", ["AWSCURRENT"])]))
                throw Boom()
            }
        }
        #expect(try vault.readSync { try $0.allRecords() }.isEmpty)
    }

    @Test("no plaintext value, and no key, reaches the file")
    func noPlaintextOnDisk() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        let marker = "PLAINTEXT-MARKER-0123456789"
        do {
            let vault = try VaultFixture.makeVault(in: directory)
            let record = VaultFixture.record("s", versions: [("v1", ["AWSCURRENT"])])
            try vault.writeSync { store in
                try store.saveValue(.string(marker), secretARN: record.arn, versionId: "v1")
                try store.save(record)
            }
            for file in [path, path + "-wal"] {
                let bytes = try #require(VaultFixture.contents(file))
                #expect(bytes.range(of: Data(marker.utf8)) == nil)
                #expect(bytes.range(of: Data(vault.keys.dataKey)) == nil)
                #expect(bytes.range(of: Data(vault.keys.valueKey)) == nil)
            }
        }
    }
}
