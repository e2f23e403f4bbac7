/// The type of a form row's value: the JSON type of a top-level member.
public enum SecretFormValueType: String, Sendable, CaseIterable, Equatable {
    /// A JSON string, edited as its characters.
    case string
    /// A JSON number, edited as its text.
    case number
    /// `true` or `false`.
    case boolean
    /// `null`.
    case null
    /// A nested object, edited as JSON text.
    case object
    /// A nested array, edited as JSON text.
    case array

    /// The type of a JSON value.
    public init(of value: JSONValue) {
        switch value {
        case .string: self = .string
        case .number: self = .number
        case .bool: self = .boolean
        case .null: self = .null
        case .object: self = .object
        case .array: self = .array
        }
    }
}

// MARK: - Editable text

extension SecretFormValueType {
    /// The text a form shows and edits for a member value: a string's characters (unescaped), a number's digits
    /// as written, `true`/`false`, `null`, or a nested value's JSON source text as written.
    static func editableText(of member: JSONDocument.Member) -> String {
        switch member.value {
        case .string(let string): return string
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .number, .object, .array: return member.valueText
        }
    }

    /// Checks text typed for a value of this type and returns the text to keep.
    ///
    /// Strings take any text. Numbers, booleans and `null` are trimmed of surrounding white space; booleans
    /// accept any letter case; an empty `null` is `null`. Objects and arrays must parse as JSON of that kind
    /// (the error carries the parse position) and keep their inner layout.
    public func validate(_ text: String) throws(SecretFormError) -> String {
        let trimmed = Self.trimmingWhitespace(text)
        switch self {
        case .string:
            return text
        case .number:
            guard case .number? = try? JSONValue.parse(trimmed), !trimmed.isEmpty else {
                throw .invalidValue(type: self, reason: "'\(trimmed)' is not a JSON number (such as 42, -0.5 or 1.0e+2)")
            }
            return trimmed
        case .boolean:
            switch trimmed.lowercased() {
            case "true": return "true"
            case "false": return "false"
            default: throw .invalidValue(type: self, reason: "a boolean is true or false, not '\(trimmed)'")
            }
        case .null:
            guard trimmed.isEmpty || trimmed == "null" else {
                throw .invalidValue(type: self, reason: "a null value has no text other than null")
            }
            return "null"
        case .object, .array:
            let value: JSONValue
            do {
                value = try JSONValue.parse(trimmed)
            } catch {
                throw .invalidJSON(type: self, error)
            }
            let found = SecretFormValueType(of: value)
            guard found == self else { throw .wrongJSONKind(expected: self, found: found) }
            return trimmed
        }
    }

    /// The document value that stores `text` (already validated for this type).
    func memberValue(_ text: String) -> JSONDocument.MemberValue {
        switch self {
        case .string: return .string(text)
        case .number: return .number(text)
        case .boolean: return .bool(text == "true")
        case .null: return .null
        case .object, .array: return .json(text)
        }
    }

    static func trimmingWhitespace(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(text[first...last])
    }
}
