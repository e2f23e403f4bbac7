/// A lossless, order-preserving JSON document for editing a secret's value.
///
/// The document is a syntax tree with trivia: every value node keeps its exact source text (a string token
/// with its escapes as written, a number with its digits as written), and the white space between tokens is
/// stored next to the token it follows or precedes (an object member keeps the white space before its name,
/// around its `:` and after its value; a container keeps the white space before its closing bracket; the
/// document keeps the white space before and after the root). Serialising concatenates the pieces, so an
/// unchanged document gives back its input byte for byte, and an edit replaces only the pieces of the
/// members it touches.
///
/// Edits work on the members of a root object: set a value, rename, insert, delete. A new member copies the
/// layout of its previous sibling (white space before the name and around the `:`); the first member of an
/// empty object is written compactly (`{"k":"v"}`) unless the object already spans lines, in which case it
/// goes on its own line indented two spaces past the closing bracket's line. New strings are written with
/// the minimal RFC 8259 escaping.
public struct JSONDocument: Sendable {
    /// White space before the root value.
    var leading: String
    /// The root value.
    var root: Node
    /// White space after the root value.
    var trailing: String

    init(leading: String, root: Node, trailing: String) {
        self.leading = leading
        self.root = root
        self.trailing = trailing
    }
}

// MARK: - Syntax tree

extension JSONDocument {
    /// A value with its source text.
    indirect enum Node: Sendable {
        /// A string, number, `true`, `false` or `null` token and what it means.
        case scalar(text: String, value: JSONValue)
        /// An object.
        case object(ObjectNode)
        /// An array.
        case array(ArrayNode)
    }

    /// An object's members and the white space before its `}`.
    struct ObjectNode: Sendable {
        /// Members in source order (repeated names are kept).
        var members: [MemberNode]
        /// White space between the last value (or the `{` when empty) and the `}`.
        var closing: String
    }

    /// One object member: `leading "name" beforeColon : afterColon value trailing`.
    struct MemberNode: Sendable {
        /// White space after the `{` or `,` that precedes the name.
        var leading: String
        /// The name's string token as written, quotes included.
        var keyText: String
        /// The decoded name.
        var key: String
        /// White space between the name and the `:`.
        var beforeColon: String
        /// White space between the `:` and the value.
        var afterColon: String
        /// The value.
        var value: Node
        /// White space between the value and the following `,`; empty for the last member, whose trailing
        /// white space belongs to the object (`ObjectNode.closing`).
        var trailing: String
    }

    /// An array's elements and the white space before its `]`.
    struct ArrayNode: Sendable {
        /// Elements in source order.
        var elements: [ElementNode]
        /// White space between the last element (or the `[` when empty) and the `]`.
        var closing: String
    }

    /// One array element: `leading value trailing`.
    struct ElementNode: Sendable {
        /// White space after the `[` or `,` that precedes the value.
        var leading: String
        /// The value.
        var value: Node
        /// White space between the value and the following `,`; empty for the last element.
        var trailing: String
    }
}

// MARK: - Reading

extension JSONDocument {
    /// One member of the root object, as read from the document.
    public struct Member: Sendable, Equatable {
        /// The decoded member name.
        public var key: String
        /// The member's value as a plain tree.
        public var value: JSONValue
        /// The value's source text exactly as written (escapes, number text and nested layout kept).
        public var valueText: String
    }

    /// The document serialised: the input byte for byte when nothing was edited.
    public var text: String {
        var out = leading
        root.write(into: &out)
        out += trailing
        return out
    }

    /// The document as a plain `JSONValue` tree.
    public var jsonValue: JSONValue { root.jsonValue }

    /// Whether the root value is an object, so that the member operations apply.
    public var isObject: Bool {
        if case .object = root { return true }
        return false
    }

    /// The members of the root object in document order (repeated names included); empty for any other root.
    public var members: [Member] {
        guard case .object(let object) = root else { return [] }
        return object.members.map { Member(key: $0.key, value: $0.value.jsonValue, valueText: $0.value.text) }
    }

    /// The number of members of the root object (0 for any other root).
    public var memberCount: Int {
        guard case .object(let object) = root else { return 0 }
        return object.members.count
    }

    /// The index of the member named `key` (the last one when the name is repeated).
    public func index(forKey key: String) -> Int? {
        guard case .object(let object) = root else { return nil }
        return object.members.lastIndex(where: { $0.key == key })
    }

    /// The value of the member named `key` (the last one when the name is repeated).
    public subscript(key: String) -> JSONValue? {
        guard let index = index(forKey: key), case .object(let object) = root else { return nil }
        return object.members[index].value.jsonValue
    }
}

// MARK: - Equality

extension JSONDocument: Equatable {
    /// Two documents are equal when they serialise to the same bytes.
    public static func == (lhs: JSONDocument, rhs: JSONDocument) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }
}

// MARK: - Node serialisation

extension JSONDocument.Node {
    /// The node's source text.
    var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    /// Appends the node's source text.
    func write(into out: inout String) {
        switch self {
        case .scalar(let text, _):
            out += text
        case .object(let object):
            out += "{"
            for (i, member) in object.members.enumerated() {
                if i > 0 { out += "," }
                out += member.leading
                out += member.keyText
                out += member.beforeColon
                out += ":"
                out += member.afterColon
                member.value.write(into: &out)
                out += member.trailing
            }
            out += object.closing
            out += "}"
        case .array(let array):
            out += "["
            for (i, element) in array.elements.enumerated() {
                if i > 0 { out += "," }
                out += element.leading
                element.value.write(into: &out)
                out += element.trailing
            }
            out += array.closing
            out += "]"
        }
    }

    /// The node as a plain tree.
    var jsonValue: JSONValue {
        switch self {
        case .scalar(_, let value): return value
        case .object(let object): return .object(object.members.map { ($0.key, $0.value.jsonValue) })
        case .array(let array): return .array(array.elements.map(\.value.jsonValue))
        }
    }
}
