import GRDB

/// The vault's tables, created and evolved through `DatabaseMigrator`.
enum VaultSchema {
    /// The migrations, in order; a vault is up to date when all have run.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: version1)
        }
        return migrator
    }

    /// Whether the database holds a vault: the header table exists.
    static func isVault(_ db: Database) throws -> Bool {
        try db.tableExists("header")
    }

    // MARK: - Version 1

    /// Header, secrets, versions, labels and the append-only journal.
    ///
    /// Dates are REAL seconds since 2001-01-01 UTC (the exact `Date` value); blobs are raw bytes.
    private static let version1 = """
        CREATE TABLE header (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            formatVersion INTEGER NOT NULL,
            partition TEXT NOT NULL,
            region TEXT NOT NULL,
            accountId TEXT NOT NULL,
            kdfName TEXT NOT NULL,
            kdfLogN INTEGER NOT NULL,
            kdfR INTEGER NOT NULL,
            kdfP INTEGER NOT NULL,
            salt BLOB NOT NULL,
            wrappedKey BLOB NOT NULL,
            keyCheck BLOB NOT NULL,
            mac BLOB NOT NULL
        ) STRICT;

        CREATE TABLE secret (
            arn TEXT PRIMARY KEY NOT NULL,
            ordinal INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE,
            description TEXT,
            kmsKeyId TEXT,
            tags TEXT,
            createdDate REAL NOT NULL,
            lastChangedDate REAL NOT NULL,
            lastAccessedDate REAL,
            deletedDate REAL,
            mac BLOB NOT NULL
        ) STRICT;

        CREATE TABLE version (
            secretArn TEXT NOT NULL REFERENCES secret(arn) ON DELETE CASCADE,
            versionId TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            createdDate REAL NOT NULL,
            lastAccessedDate REAL,
            hasValue INTEGER NOT NULL,
            sealedValue BLOB,
            PRIMARY KEY (secretArn, versionId)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE label (
            secretArn TEXT NOT NULL,
            label TEXT NOT NULL,
            versionId TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (secretArn, label),
            FOREIGN KEY (secretArn, versionId) REFERENCES version(secretArn, versionId) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX label_by_version ON label(secretArn, versionId);

        CREATE TABLE journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date REAL NOT NULL,
            secretArn TEXT NOT NULL,
            label TEXT NOT NULL,
            fromVersion TEXT,
            toVersion TEXT,
            operation TEXT NOT NULL,
            mac BLOB NOT NULL
        ) STRICT;
        CREATE INDEX journal_by_secret ON journal(secretArn, id);
        CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
            BEGIN SELECT RAISE(ABORT, 'the vault journal is append-only'); END;
        CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
            BEGIN SELECT RAISE(ABORT, 'the vault journal is append-only'); END;
        """
}
