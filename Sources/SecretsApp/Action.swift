import Foundation
import SecretsCore
import TerminalUI

/// Everything that can happen to the app: input, the answers of requests, timers, settings changed by the runner.
public enum Action: Equatable, Sendable {
    /// A key, a paste or a resize.
    case input(KeyEvent)
    /// The app starts: load the first page.
    case start
    /// A request answered.
    case response(RequestID, Response)
    /// A request failed with a message (already made of the service's words).
    case failed(RequestID, RequestFailure)
    /// A timer the app asked for fired.
    case timerFired(TimerID)
    /// The spinner should advance (sent by the runner while requests run).
    case spinnerTick
    /// The runner switched to another backend (after `:profile`, `:region`, `:vault`).
    case backendChanged(name: String)
    /// The runner loaded another theme (after `:theme`).
    case themeChanged(name: String)
    /// A runner-side action failed (a theme or backend that could not be opened).
    case runnerError(String)
    /// `:vault PATH` needs a passphrase typed in (no file or environment source gives one).
    case passphraseRequired(vaultPath: String)
}

/// The answer of a request.
public enum Response: Equatable, Sendable {
    /// A page of ListSecrets.
    case secretsPage(ListSecretsResponse)
    /// DescribeSecret.
    case described(SecretDescription)
    /// Every version (all pages of ListSecretVersionIds).
    case versions([SecretVersionsListEntry])
    /// GetSecretValue.
    case value(GetSecretValueResponse)
    /// The label journal; nil when the backend keeps none.
    case journal([LabelMove]?)
    /// Every UpdateSecretVersionStage of a batch succeeded.
    case stagesUpdated
    /// DeleteSecret.
    case deleted(DeleteSecretResponse)
    /// RestoreSecret.
    case restored(SecretReference)
    /// PutSecretValue.
    case put(PutSecretValueResponse)
    /// CreateSecret.
    case created(CreateSecretResponse)
    /// GetRandomPassword.
    case password(String)
}

/// Why a request failed.
public struct RequestFailure: Equatable, Sendable {
    /// The service's error code, or nil for a local failure.
    public var code: String?
    /// What happened, in the service's or the system's words.
    public var message: String
    /// Whether it was cancelled with Esc.
    public var cancelled: Bool

    /// A failure.
    public init(code: String? = nil, message: String, cancelled: Bool = false) {
        self.code = code
        self.message = message
        self.cancelled = cancelled
    }
}

/// The timers the app sets.
public enum TimerID: Hashable, Sendable {
    /// The selection has rested this long (generation).
    case selectionRest(Int)
    /// Re-mask revealed values (generation).
    case remask(Int)
    /// Clear the clipboard (generation).
    case clipboardClear(Int)
}
