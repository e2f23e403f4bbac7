import SecretsCore
import TerminalUI

/// The form: a secret's value as key/value rows (or raw text) being edited, with the version it was loaded from.
public struct FormState: Equatable, Sendable {
    /// The secret's ARN; nil for a new secret.
    public var secretARN: String?
    /// The secret's name.
    public var name: String
    /// The version the form was loaded from (AWSCURRENT then); nil for a new secret.
    public var loadedVersionId: String?
    /// The form model.
    public var form: SecretForm
    /// The selected row.
    public var selection = 0
    /// The editor open on the selected row, if any; its keys win over every binding.
    public var editor: FieldEditor?

    /// A form over `value` of the secret `name`.
    public init(secretARN: String?, name: String, loadedVersionId: String?, value: SecretValue) {
        self.secretARN = secretARN
        self.name = name
        self.loadedVersionId = loadedVersionId
        self.form = SecretForm(value)
    }

    /// Whether the form's value differs from what it was loaded with.
    public var isChanged: Bool { secretARN == nil || form.isChanged }

    /// The number of rows the form shows (one for raw text).
    public var rowCount: Int { form.mode == .raw ? 1 : form.rows.count }
}

/// An editor open in the form: a one-line field for scalars, a text area for nested JSON and raw text.
public enum FieldEditor: Equatable, Sendable {
    /// A one-line field.
    case field(TextField)
    /// A multi-line area (Ctrl-S or Ctrl-D accepts).
    case area(TextArea)
}
