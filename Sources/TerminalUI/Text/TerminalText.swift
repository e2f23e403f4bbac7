/// Making text safe and fitting it to a width before it reaches a buffer.
///
/// The safety rule is the one every string from a backend goes through: C0 controls (ESC among them), DEL,
/// C1 controls and bidi controls are never stored raw but shown as visible escapes (`\e`, `\n`, `\x9b`,
/// `\u{202e}`).
public enum TerminalText {
    // MARK: - Safety

    /// Whether the scalar is a C0 control, DEL, a C1 control or a bidi control.
    @inlinable
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if v < 0x061C { return false }
        // ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI
        return v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Whether the text has no unsafe scalar.
    public static func isSafe(_ text: String) -> Bool {
        if printableASCIICount(text) != nil { return true }
        return !text.unicodeScalars.contains(where: isUnsafe)
    }

    /// The length of text made only of printable ASCII (each one column, nothing to escape), else nil.
    @inlinable
    public static func printableASCIICount(_ text: String) -> Int? {
        var count = 0
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return nil }
            count += 1
        }
        return count
    }

    /// The text with every unsafe scalar written as a visible escape.
    public static func visible(_ text: String) -> String {
        guard !isSafe(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            out += escape(scalar)
        }
        return out
    }

    /// The visible escape of one unsafe scalar.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x1B: return "\\e"
        case 0..<0x100:
            let hex = String(scalar.value, radix: 16)
            return "\\x" + (hex.count < 2 ? "0" + hex : hex)
        default: return "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }

    // MARK: - Fitting

    /// The columns the text takes once made safe.
    public static func width(_ text: String) -> Int { DisplayWidth.of(text) }

    /// The safe text cut to at most `width` columns, ending in `ellipsis` when something was cut.
    public static func truncated(_ text: String, to width: Int, ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        if let count = printableASCIICount(text) {
            if count <= width { return text }
            var out = String(text.utf8.prefix(width - 1))!
            out.append(ellipsis)
            return out
        }
        let safe = visible(text)
        if DisplayWidth.of(safe) <= width { return safe }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        var out = "", used = 0
        for character in safe {
            let w = DisplayWidth.of(character)
            if used + w + ellipsisWidth > width { break }
            out.append(character)
            used += w
        }
        if used + ellipsisWidth <= width { out.append(ellipsis) }
        return out
    }

    /// The safe text cut or padded with spaces to exactly `width` columns.
    public static func padded(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncated(text, to: width)
        let gap = max(0, width - (printableASCIICount(cut) ?? DisplayWidth.of(cut)))
        guard gap > 0 else { return cut }
        let padding = String(repeating: " ", count: gap)
        return alignRight ? padding + cut : cut + padding
    }
}
