/// Why the form refused an edit.
public enum SecretFormError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A key name was empty.
    case emptyKey
    /// Another row already has this key.
    case duplicateKey(String)
    /// No row has this index.
    case noSuchRow(Int)
    /// The text is not a value of the type (number, boolean, null).
    case invalidValue(type: SecretFormValueType, reason: String)
    /// The text for a nested object or array does not parse; the error has the position.
    case invalidJSON(type: SecretFormValueType, JSONParseError)
    /// The text parses, but as another kind of JSON value.
    case wrongJSONKind(expected: SecretFormValueType, found: SecretFormValueType)
    /// A type change that has no sensible conversion.
    case conversionRefused(from: SecretFormValueType, to: SecretFormValueType, reason: String)
    /// The raw text cannot be edited as keys because it is not a JSON object (with the parse error, if it did not parse).
    case rawTextNotAnObject(JSONParseError?)
    /// A binary value is edited as base64 text only.
    case binaryValue
    /// The operation needs the key/value mode.
    case notInFieldMode
    /// The operation needs the raw mode.
    case notInRawMode
    /// The raw text of a binary value is not valid base64.
    case invalidBase64

    /// The reason in one line, for the form's status line.
    public var description: String {
        switch self {
        case .emptyKey: return "a key cannot be empty"
        case .duplicateKey(let key): return "the key '\(key)' already exists"
        case .noSuchRow(let index): return "there is no row \(index)"
        case .invalidValue(_, let reason): return reason
        case .invalidJSON(let type, let error): return "not a JSON \(type.rawValue): \(error)"
        case .wrongJSONKind(let expected, let found): return "expected a JSON \(expected.rawValue), found \(found.article)"
        case .conversionRefused(let from, let to, let reason):
            return "cannot change \(from.rawValue) to \(to.rawValue): \(reason)"
        case .rawTextNotAnObject(let error?): return "the text is not JSON (\(error)), so it stays in raw mode"
        case .rawTextNotAnObject(nil): return "the text is not a JSON object, so it stays in raw mode"
        case .binaryValue: return "a binary value is edited as base64 text only"
        case .notInFieldMode: return "switch to key/value mode first"
        case .notInRawMode: return "switch to raw mode first"
        case .invalidBase64: return "the text is not valid base64"
        }
    }
}
