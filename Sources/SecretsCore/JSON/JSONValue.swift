/// An ordered JSON tree: object members keep their order and numbers keep their text.
///
/// The CLI's output, `--query` and structured options work on it. The lossless document that edits a secret
/// byte for byte is `JSONDocument`; this is the plain tree.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// A number, kept as the text it was written with.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order; keys are unique in well-formed input (the last one wins on lookup).
    case object([(key: String, value: JSONValue)])
}

// MARK: - Equality

extension JSONValue: Equatable {
    /// Structural equality; object members compare in order, numbers compare by numeric value.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b || (Double(a) != nil && Double(a) == Double(b))
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }
}

// MARK: - Access

extension JSONValue {
    /// The member named `key` of an object (the last one when repeated); `nil` otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number as a Double, when this is a number.
    public var doubleValue: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    /// A number from an integer.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A number from a Double, written in the shortest form that reads back the same.
    public static func double(_ value: Double) -> JSONValue {
        if value.rounded() == value, abs(value) < 1e15 { return .number(String(Int(value))) }
        return .number("\(value)")
    }
}
