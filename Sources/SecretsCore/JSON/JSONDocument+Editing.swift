/// Why an edit of a `JSONDocument` was refused.
public enum JSONDocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The root value is not an object, so it has no members to edit.
    case notAnObject
    /// No member has this index.
    case memberOutOfRange(Int)
    /// The text given as a number is not a JSON number.
    case invalidNumber(String)
    /// The text given as a JSON value does not parse.
    case invalidJSON(JSONParseError)

    /// The reason in one line.
    public var description: String {
        switch self {
        case .notAnObject: return "the JSON value is not an object"
        case .memberOutOfRange(let index): return "there is no member at index \(index)"
        case .invalidNumber(let text): return "'\(text)' is not a JSON number"
        case .invalidJSON(let error): return "invalid JSON: \(error)"
        }
    }
}

extension JSONDocument {
    /// A value to store in a member.
    public enum MemberValue: Sendable, Equatable {
        /// A string, written with minimal escaping.
        case string(String)
        /// A number, written exactly as given (it must be a JSON number, such as `1.0e+2` or `-0`).
        case number(String)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null
        /// Any JSON value given as text; it must parse, and its inner layout is kept (white space around it is not).
        case json(String)
    }
}

// MARK: - Member edits

extension JSONDocument {
    /// Replaces the value of the member at `index`, keeping the member's name and layout.
    public mutating func setValue(_ value: MemberValue, at index: Int) throws(JSONDocumentError) {
        let node = try Self.node(for: value)
        try editObject { (object: inout ObjectNode) throws(JSONDocumentError) in
            guard object.members.indices.contains(index) else { throw .memberOutOfRange(index) }
            object.members[index].value = node
        }
    }

    /// Sets the value of the member named `key` (the last one when repeated), or appends a member when none has it.
    public mutating func setValue(_ value: MemberValue, forKey key: String) throws(JSONDocumentError) {
        guard isObject else { throw .notAnObject }
        if let index = index(forKey: key) {
            try setValue(value, at: index)
        } else {
            try appendMember(key: key, value: value)
        }
    }

    /// Renames the member at `index`, keeping its value and layout.
    public mutating func renameMember(at index: Int, to key: String) throws(JSONDocumentError) {
        try editObject { (object: inout ObjectNode) throws(JSONDocumentError) in
            guard object.members.indices.contains(index) else { throw .memberOutOfRange(index) }
            object.members[index].key = key
            object.members[index].keyText = Self.stringToken(key)
        }
    }

    /// Inserts a member so that it ends up at `index` (0...count), laid out like its previous sibling.
    public mutating func insertMember(key: String, value: MemberValue, at index: Int) throws(JSONDocumentError) {
        let node = try Self.node(for: value)
        try editObject { (object: inout ObjectNode) throws(JSONDocumentError) in
            guard index >= 0, index <= object.members.count else { throw .memberOutOfRange(index) }
            object.insert(key: key, value: node, at: index)
        }
    }

    /// Inserts a member right after the member at `index`.
    public mutating func insertMember(key: String, value: MemberValue, after index: Int) throws(JSONDocumentError) {
        guard index >= 0, index < memberCount else { throw isObject ? .memberOutOfRange(index) : .notAnObject }
        try insertMember(key: key, value: value, at: index + 1)
    }

    /// Appends a member after the last one.
    public mutating func appendMember(key: String, value: MemberValue) throws(JSONDocumentError) {
        try insertMember(key: key, value: value, at: memberCount)
    }

    /// Removes the member at `index`; the separators and the white space before the `}` stay well formed.
    public mutating func removeMember(at index: Int) throws(JSONDocumentError) {
        try editObject { (object: inout ObjectNode) throws(JSONDocumentError) in
            guard object.members.indices.contains(index) else { throw .memberOutOfRange(index) }
            object.remove(at: index)
        }
    }

    // MARK: - Helpers

    private mutating func editObject(
        _ body: (inout ObjectNode) throws(JSONDocumentError) -> Void
    ) throws(JSONDocumentError) {
        guard case .object(var object) = root else { throw .notAnObject }
        try body(&object)
        root = .object(object)
    }

    /// A string token with minimal escaping.
    static func stringToken(_ string: String) -> String {
        var out = ""
        JSONValue.writeString(string, into: &out, escaping: .standard)
        return out
    }

    /// The node a new value is written as.
    static func node(for value: MemberValue) throws(JSONDocumentError) -> Node {
        switch value {
        case .string(let string):
            return .scalar(text: stringToken(string), value: .string(string))
        case .number(let text):
            guard let document = try? JSONDocument(parsing: text), document.leading.isEmpty, document.trailing.isEmpty,
                case .scalar(_, .number) = document.root
            else { throw .invalidNumber(text) }
            return document.root
        case .bool(let flag):
            return .scalar(text: flag ? "true" : "false", value: .bool(flag))
        case .null:
            return .scalar(text: "null", value: .null)
        case .json(let text):
            do {
                return try JSONDocument(parsing: text).root
            } catch {
                throw .invalidJSON(error)
            }
        }
    }
}

// MARK: - Object layout

extension JSONDocument.ObjectNode {
    /// Inserts a member at `index`, copying the layout of the member before it (or after it, at the start).
    mutating func insert(key: String, value: JSONDocument.Node, at index: Int) {
        var member = JSONDocument.MemberNode(
            leading: "", keyText: JSONDocument.stringToken(key), key: key, beforeColon: "", afterColon: "",
            value: value, trailing: "")
        if members.isEmpty {
            if let newline = closing.lastIndex(of: "\n") {
                let indent = closing[closing.index(after: newline)...].prefix(while: { $0 == " " || $0 == "\t" })
                member.leading = String(closing[...newline]) + indent + "  "
                member.afterColon = " "
            }
            members = [member]
            return
        }
        let template = index > 0 ? members[index - 1] : members[0]
        member.beforeColon = template.beforeColon
        member.afterColon = template.afterColon
        if index == 0 {
            // The new first member takes the opening layout; the old first one gets the separator layout.
            member.leading = members[0].leading
            members[0].leading = separatorLeading(near: 1)
        } else {
            member.leading = separatorLeading(near: index)
        }
        if index == members.count {
            // The old last member gains a `,`; the white space before it is what its own predecessor uses.
            members[index - 1].trailing = index >= 2 ? members[index - 2].trailing : ""
        } else {
            member.trailing = template.trailing
        }
        members.insert(member, at: index)
    }

    /// The white space after a `,` near `index`: a non-first member's, or, with only a first member to go by,
    /// its white space after the `{` (a single space when that is empty but the `:` is spaced).
    private func separatorLeading(near index: Int) -> String {
        if index - 1 >= 1 { return members[index - 1].leading }
        if members.count > 1 { return members[1].leading }
        let first = members[0]
        return first.leading.isEmpty && !first.afterColon.isEmpty ? " " : first.leading
    }

    /// Removes the member at `index`, keeping the opening layout and the closing white space.
    mutating func remove(at index: Int) {
        let removed = members.remove(at: index)
        guard !members.isEmpty else { return }
        if index == 0 {
            members[0].leading = removed.leading
        }
        if index == members.count {
            members[members.count - 1].trailing = ""
        }
    }
}
