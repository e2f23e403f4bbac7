/// A JSON syntax error with the position where it was found.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong.
    public var reason: String
    /// Byte offset into the UTF-8 input.
    public var offset: Int
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int

    public init(reason: String, offset: Int, line: Int, column: Int) {
        self.reason = reason
        self.offset = offset
        self.line = line
        self.column = column
    }

    public var description: String { "\(reason) at line \(line), column \(column)" }
}

extension JSONValue {
    /// Parses strict RFC 8259 JSON (one value, surrounding white space allowed).
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// Parses strict RFC 8259 JSON from UTF-8 bytes.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        var parser = JSONTreeParser(bytes: bytes, builder: JSONValueBuilder())
        return try parser.parseDocument().value
    }
}

/// Builds the plain `JSONValue` tree; the spans the parser reports are not needed.
struct JSONValueBuilder: JSONTreeBuilder {
    func scalar(_ value: JSONValue, span: Range<Int>) -> JSONValue { value }

    func beginObject() -> [(key: String, value: JSONValue)] { [] }

    func addMember(_ member: JSONTreeMember<JSONValue>, to object: inout [(key: String, value: JSONValue)]) {
        object.append((member.key, member.value))
    }

    func endObject(_ object: [(key: String, value: JSONValue)], span: Range<Int>) -> JSONValue { .object(object) }

    func beginArray() -> [JSONValue] { [] }

    func addElement(_ element: JSONTreeElement<JSONValue>, to array: inout [JSONValue]) {
        array.append(element.value)
    }

    func endArray(_ array: [JSONValue], span: Range<Int>) -> JSONValue { .array(array) }
}
