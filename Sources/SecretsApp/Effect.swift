import SecretsCore

/// Work the reducer asks for; the runner does it off the UI loop and posts the results back as actions.
public enum Effect: Equatable, Sendable {
    /// ListSecrets (one page).
    case listSecrets(RequestID, ListSecretsRequest)
    /// DescribeSecret.
    case describe(RequestID, DescribeSecretRequest)
    /// ListSecretVersionIds, every page.
    case listVersions(RequestID, ListSecretVersionIdsRequest)
    /// GetSecretValue.
    case getValue(RequestID, GetSecretValueRequest)
    /// The backend's label journal (`LabelJournalProviding`), or nil when it keeps none.
    case labelHistory(RequestID, secretId: String)
    /// PutSecretValue (the runner fills a missing ClientRequestToken).
    case put(RequestID, PutSecretValueRequest)
    /// UpdateSecretVersionStage calls, one after another, stopping at the first failure.
    case updateStages(RequestID, [UpdateSecretVersionStageRequest])
    /// DeleteSecret.
    case delete(RequestID, DeleteSecretRequest)
    /// RestoreSecret.
    case restore(RequestID, RestoreSecretRequest)
    /// CreateSecret (the runner fills a missing ClientRequestToken).
    case create(RequestID, CreateSecretRequest)
    /// GetRandomPassword.
    case generatePassword(RequestID, GetRandomPasswordRequest)
    /// Cancel running requests (Esc).
    case cancel([RequestID])
    /// Put text on the terminal's clipboard with OSC 52.
    case copyToClipboard(String)
    /// Empty the clipboard again.
    case clearClipboard
    /// Fire `timerFired(id)` after `milliseconds`.
    case startTimer(TimerID, milliseconds: Int)
    /// Switch to another backend.
    case switchBackend(BackendSwitch)
    /// Load and use another theme.
    case loadTheme(String)
    /// End the app (the loop restores the terminal).
    case quit
}

/// A backend switch asked for with a command.
public enum BackendSwitch: Equatable, Sendable {
    /// `:profile NAME`.
    case profile(String)
    /// `:region NAME`.
    case region(String)
    /// `:vault PATH`.
    case vault(String)
    /// The vault at `path` with the passphrase typed into the TUI (after `PassphraseRequired`).
    case unlockVault(path: String, passphrase: String)
}

/// Opening a vault needs a passphrase that no file or environment source gives; the TUI asks for it.
public struct PassphraseRequired: Error, Equatable, Sendable {
    /// The vault's path.
    public var path: String

    /// The error for the vault at `path`.
    public init(path: String) { self.path = path }
}
