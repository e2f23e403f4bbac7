extension JSONDocument {
    /// Parses strict RFC 8259 JSON, keeping every byte of the input.
    public init(parsing text: String) throws(JSONParseError) {
        try self.init(parsing: Array(text.utf8))
    }

    /// Parses strict RFC 8259 JSON from UTF-8 bytes, keeping every byte of the input.
    public init(parsing bytes: [UInt8]) throws(JSONParseError) {
        var parser = JSONTreeParser(bytes: bytes, builder: JSONDocumentBuilder(bytes: bytes))
        let document = try parser.parseDocument()
        self.init(
            leading: JSONDocumentBuilder.text(bytes, 0..<document.span.lowerBound),
            root: document.value,
            trailing: JSONDocumentBuilder.text(bytes, document.span.upperBound..<bytes.count))
    }
}

/// Builds `JSONDocument` nodes, cutting the white space between tokens out of the input.
struct JSONDocumentBuilder: JSONTreeBuilder {
    let bytes: [UInt8]

    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    func text(_ range: Range<Int>) -> String { Self.text(bytes, range) }

    func scalar(_ value: JSONValue, span: Range<Int>) -> JSONDocument.Node {
        .scalar(text: text(span), value: value)
    }

    func beginObject() -> [JSONDocument.MemberNode] { [] }

    func addMember(_ member: JSONTreeMember<JSONDocument.Node>, to object: inout [JSONDocument.MemberNode]) {
        object.append(
            JSONDocument.MemberNode(
                leading: text(member.opener + 1..<member.keySpan.lowerBound),
                keyText: text(member.keySpan),
                key: member.key,
                beforeColon: text(member.keySpan.upperBound..<member.colon),
                afterColon: text(member.colon + 1..<member.valueSpan.lowerBound),
                value: member.value,
                trailing: text(member.valueSpan.upperBound..<member.closer)))
    }

    func endObject(_ object: [JSONDocument.MemberNode], span: Range<Int>) -> JSONDocument.Node {
        var members = object
        var closing = ""
        if members.isEmpty {
            closing = text(span.lowerBound + 1..<span.upperBound - 1)
        } else {
            closing = members[members.count - 1].trailing
            members[members.count - 1].trailing = ""
        }
        return .object(JSONDocument.ObjectNode(members: members, closing: closing))
    }

    func beginArray() -> [JSONDocument.ElementNode] { [] }

    func addElement(_ element: JSONTreeElement<JSONDocument.Node>, to array: inout [JSONDocument.ElementNode]) {
        array.append(
            JSONDocument.ElementNode(
                leading: text(element.opener + 1..<element.valueSpan.lowerBound),
                value: element.value,
                trailing: text(element.valueSpan.upperBound..<element.closer)))
    }

    func endArray(_ array: [JSONDocument.ElementNode], span: Range<Int>) -> JSONDocument.Node {
        var elements = array
        var closing = ""
        if elements.isEmpty {
            closing = text(span.lowerBound + 1..<span.upperBound - 1)
        } else {
            closing = elements[elements.count - 1].trailing
            elements[elements.count - 1].trailing = ""
        }
        return .array(JSONDocument.ArrayNode(elements: elements, closing: closing))
    }
}
