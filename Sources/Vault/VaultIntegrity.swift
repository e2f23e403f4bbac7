import SecretsCore

/// The errors a vault answers when its file was altered behind its back.
enum VaultIntegrity {
    /// A sealed value that does not open under its secret and version.
    static func valueFailure(secretName: String, versionId: String) -> ServiceError {
        ServiceError(
            code: ServiceError.Code.decryptionFailure,
            message: "The vault can't decrypt version \(versionId) of secret \(secretName): its sealed value fails "
                + "authentication (the vault file was altered outside secretty).")
    }

    /// A secret whose metadata or label set does not match its MAC.
    static func recordFailure(secretName: String) -> ServiceError {
        ServiceError(
            code: ServiceError.Code.decryptionFailure,
            message: "The vault's record of secret \(secretName) fails its integrity check: its metadata or staging "
                + "labels were altered outside secretty.")
    }

    /// A secret whose label journal breaks its MAC chain.
    static func journalFailure(secretName: String) -> ServiceError {
        ServiceError(
            code: ServiceError.Code.decryptionFailure,
            message: "The vault's label journal of secret \(secretName) fails its integrity check: entries were "
                + "altered, removed or reordered outside secretty.")
    }
}
