import Foundation
import SecretsCore
import Vault

/// `VaultAccess` over the `Vault` module's SQLite vault.
public struct VaultModuleAccess: VaultAccess {
    /// Creates the access.
    public init() {}

    public func create(path: String, passphrase: String, context: StoreContext, kdfLogN: Int?) async throws {
        if let kdfLogN {
            _ = try VaultBackend.create(path: path, passphrase: passphrase, context: context, kdfLogN: kdfLogN)
        } else {
            _ = try VaultBackend.create(path: path, passphrase: passphrase, context: context)
        }
    }

    public func open(path: String, passphrase: String) async throws -> any SecretsBackend {
        try VaultBackend.open(path: path, passphrase: passphrase)
    }

    public func changePassphrase(path: String, old: String, new: String) async throws {
        try VaultBackend.open(path: path, passphrase: old).changePassphrase(to: new)
    }

    public func check(path: String, passphrase: String) async throws -> VaultCheckSummary {
        let report = try VaultBackend.open(path: path, passphrase: passphrase).check()
        return VaultCheckSummary(
            partition: report.context.partition, region: report.context.region, accountId: report.context.accountId,
            details: [
                ("Format", String(report.formatVersion)),
                ("KDF", "\(report.kdf.name) log2N=\(report.kdf.logN) r=\(report.kdf.r) p=\(report.kdf.p)"),
                ("Secrets", String(report.secretCount)), ("Versions", String(report.versionCount)),
                ("JournalEntries", String(report.journalCount)),
            ],
            damagedRows: report.vaultProblems + report.damaged.map(\.description))
    }

    public func labelHistory(path: String, passphrase: String, secretId: String) async throws -> [LabelMove] {
        try await VaultBackend.open(path: path, passphrase: passphrase).labelHistory(secretId: secretId)
    }
}
