import Foundation

/// A small, strict-enough XML reader for AWS Query responses and XML error bodies.
///
/// It handles the XML declaration, comments, processing instructions, a DOCTYPE, CDATA, attributes (skipped),
/// self-closing tags and the predefined and numeric entities. Anything that is not well-formed XML (an HTML page
/// with unclosed tags, JSON, plain text) gives `nil`, so callers can fall back to other readings.
public enum XMLReader {
    /// Parses a document and returns its root element, or `nil` when the bytes are not well-formed XML.
    public static func parse(_ data: Data) -> XMLNode? {
        var parser = Parser(bytes: Array(data))
        return parser.document()
    }

    /// Parses a document from text.
    public static func parse(_ text: String) -> XMLNode? { parse(Data(utf8Of: text)) }

    // MARK: - Parser

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) {
            // Skip a UTF-8 byte order mark.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                self.bytes = Array(bytes.dropFirst(3))
            } else {
                self.bytes = bytes
            }
        }

        mutating func document() -> XMLNode? {
            skipMisc()
            guard peek("<"), !peek("</") else { return nil }
            guard let root = element() else { return nil }
            skipMisc()
            return index == bytes.count ? root : nil
        }

        // MARK: Elements

        mutating func element() -> XMLNode? {
            guard consume("<") else { return nil }
            guard let qualified = name() else { return nil }
            var node = XMLNode(name: Self.localName(qualified))
            // Attributes.
            while true {
                skipWhitespace()
                if consume("/>") { return node }
                if consume(">") { break }
                guard name() != nil else { return nil }
                skipWhitespace()
                guard consume("=") else { return nil }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
                else { return nil }
                let quote = bytes[index]
                index += 1
                while index < bytes.count, bytes[index] != quote { index += 1 }
                guard index < bytes.count else { return nil }
                index += 1
            }
            // Content.
            var text: [UInt8] = []
            while index < bytes.count {
                if peek("</") {
                    index += 2
                    guard let closing = name(), closing == qualified else { return nil }
                    skipWhitespace()
                    guard consume(">") else { return nil }
                    node.text = String(decoding: text, as: UTF8.self)
                    return node
                } else if peek("<!--") {
                    guard skip(past: "-->") else { return nil }
                } else if peek("<![CDATA[") {
                    index += 9
                    let start = index
                    guard skip(past: "]]>") else { return nil }
                    text.append(contentsOf: bytes[start..<(index - 3)])
                } else if peek("<?") {
                    guard skip(past: "?>") else { return nil }
                } else if peek("<") {
                    guard let child = element() else { return nil }
                    node.children.append(child)
                } else if peek("&") {
                    guard let decoded = entity() else { return nil }
                    text.append(contentsOf: decoded)
                } else {
                    text.append(bytes[index])
                    index += 1
                }
            }
            return nil
        }

        mutating func entity() -> [UInt8]? {
            guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ";")), end - index <= 12 else { return nil }
            let body = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            index = end + 1
            switch body {
            case "amp": return Array("&".utf8)
            case "lt": return Array("<".utf8)
            case "gt": return Array(">".utf8)
            case "quot": return Array("\"".utf8)
            case "apos": return Array("'".utf8)
            default:
                let value: UInt32?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    value = UInt32(body.dropFirst(2), radix: 16)
                } else if body.hasPrefix("#") {
                    value = UInt32(body.dropFirst(), radix: 10)
                } else {
                    value = nil
                }
                guard let value, let scalar = Unicode.Scalar(value) else { return nil }
                return Array(String(Character(scalar)).utf8)
            }
        }

        // MARK: Lexical helpers

        mutating func name() -> String? {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                let isNameByte = byte >= 0x80 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                guard isNameByte else { break }
                index += 1
            }
            return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
        }

        /// Skips whitespace, the XML declaration, processing instructions, comments and a DOCTYPE.
        mutating func skipMisc() {
            while true {
                skipWhitespace()
                if peek("<?") {
                    guard skip(past: "?>") else { return }
                } else if peek("<!--") {
                    guard skip(past: "-->") else { return }
                } else if peek("<!DOCTYPE") || peek("<!doctype") {
                    guard skip(past: ">") else { return }
                } else {
                    return
                }
            }
        }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        func peek(_ literal: String) -> Bool {
            let pattern = Array(literal.utf8)
            guard index + pattern.count <= bytes.count else { return false }
            return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
        }

        mutating func consume(_ literal: String) -> Bool {
            guard peek(literal) else { return false }
            index += literal.utf8.count
            return true
        }

        /// Moves past the next occurrence of `literal`; `false` when there is none.
        mutating func skip(past literal: String) -> Bool {
            while index < bytes.count {
                if consume(literal) { return true }
                index += 1
            }
            return false
        }

        static func localName(_ qualified: String) -> String {
            guard let colon = qualified.lastIndex(of: ":") else { return qualified }
            return String(qualified[qualified.index(after: colon)...])
        }
    }
}
