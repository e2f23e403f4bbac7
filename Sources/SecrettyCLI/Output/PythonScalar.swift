import SecretsCore

extension JSONValue {
    /// Whether Python would call the value false (`None`, `False`, `0`, `""`, `[]`, `{}`), as the aws CLI's
    /// formatters test it.
    var isPythonFalsy: Bool {
        switch self {
        case .null: return true
        case .bool(let b): return !b
        case .number(let n): return Double(n) == 0
        case .string(let s): return s.isEmpty
        case .array(let a): return a.isEmpty
        case .object(let o): return o.isEmpty
        }
    }

    /// Whether the value is neither a list nor an object.
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// The text Python's `str()` gives a decoded JSON value (`True`, `None`, the string itself).
    var pythonText: String {
        switch self {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .number(let n): return n
        case .string(let s): return s
        case .array, .object: return pythonRepr
        }
    }

    /// Python's `repr()`-like text of a nested value, for the rare scalar column holding a structure.
    var pythonRepr: String {
        switch self {
        case .string(let s): return "'" + s + "'"
        case .array(let items): return "[" + items.map(\.pythonRepr).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { "'\($0.key)': \($0.value.pythonRepr)" }.joined(separator: ", ") + "}"
        default: return pythonText
        }
    }

    /// The members of an object; empty for anything else.
    var objectMembers: [(key: String, value: JSONValue)] {
        if case .object(let members) = self { return members }
        return []
    }
}
