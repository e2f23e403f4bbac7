/// Receives what `JSONTreeParser` recognises and builds a tree of its own kind from it.
///
/// Every callback gets byte offsets into the parser's input, so a builder can keep the exact source text
/// (`JSONDocument`) or ignore it (`JSONValue`).
protocol JSONTreeBuilder {
    /// The tree node the builder produces.
    associatedtype Node
    /// What an object's members are gathered into while the object is parsed.
    associatedtype ObjectAccumulator
    /// What an array's elements are gathered into while the array is parsed.
    associatedtype ArrayAccumulator

    /// A string, number, `true`, `false` or `null` token at `span`.
    mutating func scalar(_ value: JSONValue, span: Range<Int>) -> Node
    /// An object starts.
    mutating func beginObject() -> ObjectAccumulator
    /// One member of the object being parsed, reported once its `,` or `}` is known.
    mutating func addMember(_ member: JSONTreeMember<Node>, to object: inout ObjectAccumulator)
    /// The object spanning `span` (from `{` to `}` inclusive) is complete.
    mutating func endObject(_ object: ObjectAccumulator, span: Range<Int>) -> Node
    /// An array starts.
    mutating func beginArray() -> ArrayAccumulator
    /// One element of the array being parsed, reported once its `,` or `]` is known.
    mutating func addElement(_ element: JSONTreeElement<Node>, to array: inout ArrayAccumulator)
    /// The array spanning `span` (from `[` to `]` inclusive) is complete.
    mutating func endArray(_ array: ArrayAccumulator, span: Range<Int>) -> Node
}

/// An object member as the parser saw it, with the offsets of every token around it.
struct JSONTreeMember<Node> {
    /// The decoded member name.
    var key: String
    /// The name's string token, quotes included.
    var keySpan: Range<Int>
    /// The offset of the `:`.
    var colon: Int
    /// The member's value.
    var value: Node
    /// The value's tokens.
    var valueSpan: Range<Int>
    /// The offset of the `{` or `,` before the name.
    var opener: Int
    /// The offset of the `,` or `}` after the value.
    var closer: Int
}

/// An array element as the parser saw it, with the offsets of the tokens around it.
struct JSONTreeElement<Node> {
    /// The element's value.
    var value: Node
    /// The value's tokens.
    var valueSpan: Range<Int>
    /// The offset of the `[` or `,` before the value.
    var opener: Int
    /// The offset of the `,` or `]` after the value.
    var closer: Int
}

/// A parsed document: the root node and where its tokens lie (white space around it is outside `span`).
struct JSONTreeDocument<Node> {
    /// The root value.
    var value: Node
    /// The root value's tokens.
    var span: Range<Int>
}

/// A recursive-descent parser over UTF-8 bytes.
struct JSONTreeParser<Builder: JSONTreeBuilder> {
    let bytes: [UInt8]
    var builder: Builder
    var index = 0
    var depth = 0
    static var maxDepth: Int { 512 }

    init(bytes: [UInt8], builder: Builder) {
        self.bytes = bytes
        self.builder = builder
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONTreeDocument<Builder.Node> {
        skipWhitespace()
        let start = index
        let value = try parseValue()
        let end = index
        skipWhitespace()
        if index < bytes.count { throw error("unexpected text after the JSON value") }
        return JSONTreeDocument(value: value, span: start..<end)
    }

    func error(_ reason: String, at position: Int? = nil) -> JSONParseError {
        let offset = min(position ?? index, bytes.count)
        var line = 1
        var column = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return JSONParseError(reason: reason, offset: offset, line: line, column: column)
    }

    mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func parseValue() throws(JSONParseError) -> Builder.Node {
        guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
        let start = index
        let scalar: JSONValue
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): scalar = .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); scalar = .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); scalar = .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); scalar = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): scalar = .number(try parseNumber())
        default: throw error("unexpected character, expected a value")
        }
        return builder.scalar(scalar, span: start..<index)
    }

    mutating func expectLiteral(_ word: String) throws(JSONParseError) {
        let w = Array(word.utf8)
        guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else {
            throw error("invalid literal, expected '\(word)'")
        }
        index += w.count
    }

    mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > Self.maxDepth { throw error("nesting deeper than \(Self.maxDepth) levels") }
    }

    mutating func parseObject() throws(JSONParseError) -> Builder.Node {
        try enter()
        defer { depth -= 1 }
        let open = index
        var opener = index
        index += 1
        var members = builder.beginObject()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return builder.endObject(members, span: open..<index)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a member name in double quotes")
            }
            let keyStart = index
            let key = try parseString()
            let keyEnd = index
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            let colon = index
            index += 1
            skipWhitespace()
            let valueStart = index
            let value = try parseValue()
            let valueEnd = index
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input, expected ',' or '}'") }
            let closer = index
            guard bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "}") else { throw error("expected ',' or '}'") }
            let member = JSONTreeMember(
                key: key, keySpan: keyStart..<keyEnd, colon: colon, value: value, valueSpan: valueStart..<valueEnd,
                opener: opener, closer: closer)
            builder.addMember(member, to: &members)
            index += 1
            if bytes[closer] == UInt8(ascii: "}") { return builder.endObject(members, span: open..<index) }
            opener = closer
        }
    }

    mutating func parseArray() throws(JSONParseError) -> Builder.Node {
        try enter()
        defer { depth -= 1 }
        let open = index
        var opener = index
        index += 1
        var elements = builder.beginArray()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return builder.endArray(elements, span: open..<index)
        }
        while true {
            skipWhitespace()
            let valueStart = index
            let value = try parseValue()
            let valueEnd = index
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input, expected ',' or ']'") }
            let closer = index
            guard bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "]") else { throw error("expected ',' or ']'") }
            let element = JSONTreeElement(value: value, valueSpan: valueStart..<valueEnd, opener: opener, closer: closer)
            builder.addElement(element, to: &elements)
            index += 1
            if bytes[closer] == UInt8(ascii: "]") { return builder.endArray(elements, span: open..<index) }
            opener = closer
        }
    }

    mutating func parseNumber() throws(JSONParseError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: digit expected after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: digit expected in exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    mutating func parseString() throws(JSONParseError) -> String {
        let start = index
        index += 1
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error("unterminated string", at: start) }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                break
            }
            if b < 0x20 { throw error("control character in a string must be escaped") }
            if b == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { throw error("unterminated escape") }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired surrogate in \\u escape")
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid low surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw error("unpaired surrogate in \\u escape")
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))'", at: index - 2)
                }
            } else {
                out.append(b)
                index += 1
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8 in string", at: start) }
        return s
    }

    mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            v = v * 16 + d
            index += 1
        }
        return v
    }
}
