import SecretsCore

/// What `VaultBackend.check()` found: the vault's context and parameters, its size, and every damaged row.
public struct VaultCheckReport: Sendable, Hashable {
    /// The vault file.
    public var path: String
    /// The partition, region and account id from the header.
    public var context: StoreContext
    /// The file format version.
    public var formatVersion: Int
    /// The key-derivation function and its parameters.
    public var kdf: VaultKDF
    /// How many secrets the vault holds (including those scheduled for deletion).
    public var secretCount: Int
    /// How many versions, over all secrets.
    public var versionCount: Int
    /// How many label moves the journal holds.
    public var journalCount: Int
    /// Every row that fails its MAC or its authenticated decryption, in secret order.
    public var damaged: [VaultDamage]
    /// Problems with the vault as a whole (a missing journal guard), not tied to one secret.
    public var vaultProblems: [String]

    /// Whether nothing is damaged.
    public var isIntact: Bool { damaged.isEmpty && vaultProblems.isEmpty }
}

/// One damaged row found by `check()`.
public struct VaultDamage: Sendable, Hashable, CustomStringConvertible {
    /// The secret's name as stored (or its ARN when the name cannot be read).
    public var secretName: String
    /// The version, when the damage is in one version's sealed value; `nil` for the secret's record.
    public var versionId: String?
    /// What is wrong, in words.
    public var problem: String

    /// Creates a damage entry.
    public init(secretName: String, versionId: String?, problem: String) {
        self.secretName = secretName
        self.versionId = versionId
        self.problem = problem
    }

    /// `secret NAME [version ID]: problem`.
    public var description: String {
        "secret \(secretName)" + (versionId.map { " version \($0)" } ?? "") + ": \(problem)"
    }
}
