/// How strings are escaped when a `JSONValue` is written out.
public enum JSONEscaping: Sendable {
    /// RFC 8259's minimum: quote, backslash and C0 controls.
    case standard
    /// Also DEL, C1 controls and bidi controls as `\uXXXX`, so output is inert on a terminal.
    case terminalSafe
}

extension JSONValue {
    /// Writes the value compactly (`{"a":1}`).
    public func compactText(escaping: JSONEscaping = .standard) -> String {
        var out = ""
        write(into: &out, indent: nil, level: 0, escaping: escaping)
        return out
    }

    /// Writes the value pretty-printed as the aws CLI does: 4-space indent, `"key": value`.
    public func prettyText(indent: Int = 4, escaping: JSONEscaping = .terminalSafe) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0, escaping: escaping)
        return out
    }

    func write(into out: inout String, indent: Int?, level: Int, escaping: JSONEscaping) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): JSONValue.writeString(s, into: &out, escaping: escaping)
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                element.write(into: &out, indent: indent, level: level + 1, escaping: escaping)
            }
            newline(&out, indent: indent, level: level)
            out += "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                JSONValue.writeString(member.key, into: &out, escaping: escaping)
                out += indent == nil ? ":" : ": "
                member.value.write(into: &out, indent: indent, level: level + 1, escaping: escaping)
            }
            newline(&out, indent: indent, level: level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, indent: Int?, level: Int) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    /// Writes a JSON string literal with the given escaping.
    public static func writeString(_ s: String, into out: inout String, escaping: JSONEscaping) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || (escaping == .terminalSafe && TerminalSafety.isUnsafe(scalar)) {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    static func hex4(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int((v >> 12) & 0xF)], digits[Int((v >> 8) & 0xF)], digits[Int((v >> 4) & 0xF)], digits[Int(v & 0xF)]])
    }
}
