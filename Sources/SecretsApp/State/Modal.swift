import SecretsCore
import TerminalUI

/// A modal over the screen: it takes every key until it is answered.
public enum Modal: Equatable, Sendable {
    /// The help overlay, made from the keymap.
    case help(HelpOverlay)
    /// The `:` command line.
    case command(TextField)
    /// The `/` filter field (typing filters the list at once).
    case filter(TextField)
    /// A yes/no question about `intent`.
    case confirm(Dialog, ConfirmIntent)
    /// A prompt with a text field whose answer goes to `intent`.
    case prompt(Dialog, PromptIntent)
    /// A message to acknowledge.
    case notice(Dialog)

    /// The dialog, when the modal is one.
    public var dialog: Dialog? {
        switch self {
        case .confirm(let dialog, _), .prompt(let dialog, _), .notice(let dialog): dialog
        default: nil
        }
    }
}

/// What a yes answer does.
public enum ConfirmIntent: Equatable, Sendable {
    /// Send these label moves (a promote, a custom label, an undo).
    case stageUpdates(secretARN: String, requests: [UpdateSecretVersionStageRequest], kind: ChangeKind)
    /// Restore the secret.
    case restore(secretARN: String, name: String)
    /// Quit although edits are unsaved.
    case quit
    /// Leave the form although it changed.
    case leaveForm
    /// Write although AWSCURRENT moved since the form was loaded.
    case overwrite
}

/// What a prompt's text is for.
public enum PromptIntent: Equatable, Sendable {
    /// The typed name confirms deleting the secret.
    case deleteSecret(arn: String, name: String)
    /// A custom label to add to, or remove from, a version.
    case customLabel(secretARN: String, versionId: String)
    /// The name of a new secret.
    case newSecretName
    /// The name of a key to add to the form.
    case addKey
    /// The new name of the selected form key.
    case renameKey
    /// The staging labels to send, separated by commas or spaces.
    case reviewStages
    /// The new type of the selected form row.
    case changeType
    /// The passphrase of the vault at `path` (typed masked).
    case vaultPassphrase(path: String)
}

/// Which kind of change a label write is, for messages and undo.
public enum ChangeKind: String, Equatable, Sendable {
    /// PutSecretValue from the form.
    case put = "write"
    /// A version made AWSCURRENT.
    case promote = "promote"
    /// A custom label added or removed.
    case label = "label move"
    /// An undo.
    case undo = "undo"
}
