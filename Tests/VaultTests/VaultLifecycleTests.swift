import Foundation
import GRDB
import SecretsCore
import Testing

@testable import Vault

@Suite("Vault: create, open, passphrase")
struct VaultLifecycleTests {
    // MARK: - Create and open

    @Test("a created vault reopens with its context, and the file is mode 0600")
    func createAndReopen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        do {
            let vault = try VaultFixture.makeVault(in: directory)
            #expect(vault.context == VaultFixture.context)
            #expect(vault.path == path)
            #expect(vault.displayName == "vault \(path)")
            try VaultFixture.seed(vault, [VaultFixture.record("db/password", versions: [("v1", ["AWSCURRENT"])])])
            #expect(try VaultFixture.mode(path) == 0o600)
            #expect(try VaultFixture.mode(path + "-wal") == 0o600)
        }
        let reopened = try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        #expect(reopened.context == VaultFixture.context)
        let record = try reopened.readSync { try $0.record(named: "db/password") }
        #expect(record == VaultFixture.record("db/password", versions: [("v1", ["AWSCURRENT"])]))
        let value = try reopened.readSync { try $0.value(secretARN: record!.arn, versionId: "v1") }
        #expect(value == .string("value of v1"))
        #expect(try VaultFixture.peek(path, "PRAGMA journal_mode", as: String.self) == "wal")
    }

    @Test("create makes missing parent directories with mode 0700")
    func createMakesParents() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("a/b/vault.db")
        _ = try VaultBackend.create(
            path: path, passphrase: VaultFixture.passphrase, context: VaultFixture.context, kdfLogN: VaultFixture.logN)
        #expect(try VaultFixture.mode(directory.file("a/b")) == 0o700)
        #expect(try VaultFixture.mode(path) == 0o600)
    }

    @Test("create refuses an existing file and leaves it untouched")
    func createRefusesExisting() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: LocalError.configuration("A file already exists at \(path); a vault is never created over it."))
        {
            try VaultBackend.create(
                path: path, passphrase: "p", context: VaultFixture.context, kdfLogN: VaultFixture.logN)
        }
        #expect(VaultFixture.contents(path) == Data("keep me".utf8))
    }

    @Test("create refuses a cost outside 2^10...2^22 and creates no file", arguments: [9, 23])
    func createRefusesCost(logN: Int) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        #expect(throws: LocalError.usage("The vault's scrypt cost (log2 N) must be between 10 and 22; got \(logN).")) {
            try VaultBackend.create(path: path, passphrase: "p", context: VaultFixture.context, kdfLogN: logN)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("the default cost is scrypt 2^17, r=8, p=1, and it unlocks")
    func defaultCost() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        _ = try VaultBackend.create(path: path, passphrase: VaultFixture.passphrase, context: StoreContext())
        let vault = try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        let report = try vault.check()
        #expect(report.kdf == VaultKDF(name: "scrypt", logN: 17, r: 8, p: 1))
        #expect(report.context == StoreContext(partition: "aws", region: "us-east-1", accountId: "000000000000"))
        #expect(try VaultFixture.peek(path, "SELECT length(salt) FROM header", as: Int.self) == 32)
    }

    // MARK: - Refusals

    @Test("a missing file names 'secretty vault init' and is not created")
    func missingFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("nothing.db")
        #expect(throws: LocalError.configuration("No vault at \(path): run 'secretty vault init' to create one.")) {
            try VaultBackend.open(path: path, passphrase: "p")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a wrong passphrase is a configuration error and writes nothing")
    func wrongPassphrase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        do {
            let vault = try VaultFixture.makeVault(in: directory)
            try VaultFixture.seed(vault, [VaultFixture.record("s", versions: [("v1", ["AWSCURRENT"])])])
        }
        let before = VaultFixture.contents(path)
        let walBefore = VaultFixture.contents(path + "-wal")
        let error = #expect(throws: LocalError.self) {
            try VaultBackend.open(path: path, passphrase: "not the passphrase")
        }
        #expect(error == LocalError.configuration("Wrong passphrase for the vault \(path)."))
        #expect(error?.category == .configuration)
        #expect(VaultFixture.contents(path) == before)
        #expect(VaultFixture.contents(path + "-wal") == walBefore)
    }

    @Test("a file that is not SQLite is refused by path and left as it was")
    func notSQLite() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.txt")
        let text = Data(String(repeating: "not a database, just notes\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: LocalError.configuration("\(path) is not a secretty vault (file is not a database).")) {
            try VaultBackend.open(path: path, passphrase: "p")
        }
        #expect(VaultFixture.contents(path) == text)
    }

    @Test("a SQLite database without a vault header is refused by path")
    func otherSQLite() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("other.sqlite")
        try VaultFixture.tamper(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')")
        let before = VaultFixture.contents(path)
        #expect(throws: LocalError.configuration("\(path) is not a secretty vault (no vault header).")) {
            try VaultBackend.open(path: path, passphrase: "p")
        }
        #expect(VaultFixture.contents(path) == before)
        #expect(try VaultFixture.peek(path, "PRAGMA journal_mode", as: String.self) == "delete")
    }

    @Test("a vault whose pages are overwritten is a configuration error naming the file")
    func corruptedPages() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        do {
            let vault = try VaultFixture.makeVault(in: directory)
            try VaultFixture.seed(vault, [VaultFixture.record("s", versions: [("v1", ["AWSCURRENT"])])])
        }
        var bytes = try #require(VaultFixture.contents(path))
        #expect(bytes.count > 4096)
        // Keep SQLite's 100-byte file header; scribble over every page's contents.
        for index in 100..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31 &+ 7) }
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: LocalError.self) {
            try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        }
        #expect(error == LocalError.configuration("The vault \(path) is damaged: database disk image is malformed."))
    }

    @Test("a directory is refused by path")
    func directoryPath() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: LocalError.configuration("\(directory.path) is not a secretty vault (it is a directory).")) {
            try VaultBackend.open(path: directory.path, passphrase: "p")
        }
    }

    // MARK: - Passphrase change

    @Test("changing the passphrase keeps the data; the old passphrase stops working")
    func changePassphrase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        let record = VaultFixture.record("app/key", versions: [("v1", []), ("v2", ["AWSCURRENT"])])
        do {
            let vault = try VaultFixture.makeVault(in: directory)
            try VaultFixture.seed(vault, [record])
            let oldSalt = try VaultFixture.peek(path, "SELECT salt FROM header", as: Data.self)
            try vault.changePassphrase(to: "a new passphrase", kdfLogN: 11)
            #expect(try VaultFixture.peek(path, "SELECT salt FROM header", as: Data.self) != oldSalt)
            // The open backend keeps working: the data key did not change.
            #expect(
                try vault.readSync { try $0.value(secretARN: record.arn, versionId: "v2") } == .string("value of v2"))
        }
        #expect(throws: LocalError.configuration("Wrong passphrase for the vault \(path).")) {
            try VaultBackend.open(path: path, passphrase: VaultFixture.passphrase)
        }
        let reopened = try VaultBackend.open(path: path, passphrase: "a new passphrase")
        #expect(try reopened.readSync { try $0.record(arn: record.arn) } == record)
        #expect(
            try reopened.readSync { try $0.value(secretARN: record.arn, versionId: "v1") } == .string("value of v1"))
        let report = try reopened.check()
        #expect(report.kdf.logN == 11)
        #expect(report.isIntact)
    }

    @Test("a changed passphrase leaves no copy of the old wrapped key in the file")
    func oldWrappedKeyGone() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vault.db")
        let vault = try VaultFixture.makeVault(in: directory)
        let oldWrapped = try #require(try VaultFixture.peek(path, "SELECT wrappedKey FROM header", as: Data.self))
        try vault.changePassphrase(to: "another")
        for file in [path, path + "-wal"] {
            if let bytes = VaultFixture.contents(file) { #expect(bytes.range(of: oldWrapped) == nil, "\(file)") }
        }
    }
}
