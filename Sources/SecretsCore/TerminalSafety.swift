/// Which characters must never reach a terminal as they are, and how to show them instead.
///
/// C0 controls (ESC among them), DEL, C1 controls and the bidi controls can move the cursor, set the
/// clipboard (OSC 52) or reorder text; every string that came from a backend passes through here before it
/// is drawn or printed to a terminal.
public enum TerminalSafety {
    /// Whether the scalar is a C0 control, DEL, a C1 control or a bidi control.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        // ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI
        return v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The string with every unsafe scalar written as a visible escape (`\e`, `\n`, `\x9b`, `\u{202e}`).
    public static func visible(_ s: String, keepNewlines: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x0A where keepNewlines: out += "\n"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x1B: out += "\\e"
            case 0..<0x100: out += "\\x" + String(JSONValue.hex4(scalar.value).suffix(2))
            default: out += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return out
    }
}
