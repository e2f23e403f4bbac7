import SecretsCore

/// What `vault check` reports: where the vault's ARNs point, its key parameters and counts, and what is damaged.
public struct VaultCheckSummary: Sendable, Equatable {
    public var partition: String
    public var region: String
    public var accountId: String
    /// Facts about the file worth printing (format, KDF, counts), as name and value.
    public var details: [(String, String)]
    /// One line a damaged row or vault-wide problem; empty when the vault is sound.
    public var damagedRows: [String]

    /// Creates a summary.
    public init(
        partition: String, region: String, accountId: String, details: [(String, String)] = [], damagedRows: [String]
    ) {
        self.partition = partition
        self.region = region
        self.accountId = accountId
        self.details = details
        self.damagedRows = damagedRows
    }

    public static func == (lhs: VaultCheckSummary, rhs: VaultCheckSummary) -> Bool {
        lhs.partition == rhs.partition && lhs.region == rhs.region && lhs.accountId == rhs.accountId
            && lhs.damagedRows == rhs.damagedRows && lhs.details.map(\.0) == rhs.details.map(\.0)
            && lhs.details.map(\.1) == rhs.details.map(\.1)
    }
}

/// The vault operations the CLI needs: create, open, change the passphrase, check and read the label journal.
///
/// The `Vault` module implements them on SQLite; unit tests use an in-memory stand-in.
public protocol VaultAccess: Sendable {
    /// Creates a new vault file (its directory is created when missing); `nil` cost means the vault's default.
    func create(path: String, passphrase: String, context: StoreContext, kdfLogN: Int?) async throws
    /// Opens an existing vault; a wrong passphrase is a configuration error (exit 253).
    func open(path: String, passphrase: String) async throws -> any SecretsBackend
    /// Re-wraps the data key under a new passphrase.
    func changePassphrase(path: String, old: String, new: String) async throws
    /// Checks every row and reports the header's partition, region and account.
    func check(path: String, passphrase: String) async throws -> VaultCheckSummary
    /// The journal of label moves of one secret, oldest first.
    func labelHistory(path: String, passphrase: String, secretId: String) async throws -> [LabelMove]
}
