import Foundation
import GRDB
import SecretsCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// open(2) with a mode, from the platform's C library.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Glibc)
        Glibc.open(path, flags, mode)
    #else
        Darwin.open(path, flags, mode)
    #endif
}

/// The vault file on disk: creating it with mode 0600, the connection settings, cleaning up after a failure.
enum VaultFile {
    /// The connection settings: foreign keys, a busy timeout, full fsync on commit, secure delete.
    static func configuration(busyTimeout: TimeInterval, journalMode: Configuration.JournalModeConfiguration)
        -> Configuration
    {
        var configuration = Configuration()
        configuration.label = "secretty.vault"
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.journalMode = journalMode
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;")
        }
        return configuration
    }

    /// Fails with the "run vault init" error unless a file exists at `path`.
    static func checkExists(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw VaultErrors.missing(path)
        }
        if isDirectory.boolValue { throw VaultErrors.notAVault(path, "it is a directory") }
    }

    /// Creates an empty file with mode 0600 (and missing parent directories with 0700); fails if one exists.
    static func createEmpty(at path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw LocalError.failure(
                    "Can't create the directory \(directory) for the vault: \(error.localizedDescription)")
            }
        }
        let descriptor = openFile(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw VaultErrors.exists(path) }
            throw LocalError.failure("Can't create the vault \(path): \(String(cString: strerror(code))).")
        }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else {
            throw LocalError.failure("Can't set mode 0600 on \(path): \(String(cString: strerror(errno))).")
        }
    }

    /// Removes a vault file and its WAL and shared-memory files (after a failed create).
    static func removeFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
