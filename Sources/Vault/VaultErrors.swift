import Foundation
import GRDB
import SecretsCore

/// The local errors a vault reports, in words that say what to do.
enum VaultErrors {
    /// No file at the path.
    static func missing(_ path: String) -> LocalError {
        .configuration("No vault at \(path): run 'secretty vault init' to create one.")
    }

    /// A file already exists where a vault is to be created.
    static func exists(_ path: String) -> LocalError {
        .configuration("A file already exists at \(path); a vault is never created over it.")
    }

    /// The passphrase does not unlock the vault.
    static func wrongPassphrase(_ path: String) -> LocalError {
        .configuration("Wrong passphrase for the vault \(path).")
    }

    /// The file is not a vault (not SQLite, or SQLite without a vault header).
    static func notAVault(_ path: String, _ detail: String) -> LocalError {
        .configuration("\(path) is not a secretty vault (\(detail)).")
    }

    /// The header's key check matches but its fields do not: it was edited.
    static func alteredHeader(_ path: String) -> ServiceError {
        ServiceError(
            code: ServiceError.Code.decryptionFailure,
            message: "The header of the vault \(path) fails its integrity check: its context or key parameters "
                + "were altered outside secretty.")
    }

    /// A newer format than this build reads.
    static func newerFormat(_ path: String, _ version: Int) -> LocalError {
        .configuration("The vault \(path) has format \(version), newer than this secretty reads; upgrade secretty.")
    }

    /// Another process held the lock past the busy timeout.
    static func busy(_ path: String, timeout: TimeInterval) -> LocalError {
        .failure("The vault is busy (held by another process): \(path); gave up after \(formatted(timeout)) s.")
    }

    /// Maps any error out of GRDB or SQLite to the vault's errors; service and local errors pass through.
    static func map(_ error: any Error, path: String, busyTimeout: TimeInterval) -> any Error {
        switch error {
        case is ServiceError, is LocalError:
            return error
        case let error as DatabaseError:
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return busy(path, timeout: busyTimeout)
            case .SQLITE_NOTADB:
                return notAVault(path, "file is not a database")
            case .SQLITE_CORRUPT:
                return LocalError.configuration(
                    "The vault \(path) is damaged: \(error.message ?? "database disk image is malformed").")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_FULL:
                return LocalError.failure("Can't use the vault \(path): \(error.message ?? "\(error.resultCode)").")
            default:
                return LocalError.failure("Vault \(path): SQLite error \(error.resultCode): \(error.message ?? "").")
            }
        default:
            return LocalError.failure("Vault \(path): \(error)")
        }
    }

    private static func formatted(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
