/// One row of a secret form: a top-level key, its value's type and the value's editable text.
public struct SecretFormRow: Sendable, Equatable {
    /// The key.
    public internal(set) var key: String
    /// The value's type.
    public internal(set) var type: SecretFormValueType
    /// The editable text: a string's characters, a number's digits, `true`/`false`, `null`, or nested JSON text.
    public internal(set) var text: String
    /// The member of the form's base document this row came from; `nil` for an added row.
    var origin: Int?
    /// The member of the original value this row came from, for the diff; `nil` for an added row.
    var originalIndex: Int?

    /// Creates a row (the form sets the origins).
    init(key: String, type: SecretFormValueType, text: String, origin: Int? = nil, originalIndex: Int? = nil) {
        self.key = key
        self.type = type
        self.text = text
        self.origin = origin
        self.originalIndex = originalIndex
    }

    /// Whether key and value are the same bytes as `other`'s.
    func sameContent(as other: SecretFormRow) -> Bool {
        type == other.type && key.utf8.elementsEqual(other.key.utf8) && text.utf8.elementsEqual(other.text.utf8)
    }
}
