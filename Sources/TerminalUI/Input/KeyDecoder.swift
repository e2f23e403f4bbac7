/// Turns the code points a terminal delivers (after the terminal library has decoded escape sequences)
/// into keys.
public enum KeyDecoder {
    /// The key for one code point: C0 controls become Ctrl chords or named keys (Tab, Enter, Backspace,
    /// Esc), DEL is Backspace, printable text is a character; nil for what no key produces (C1 controls,
    /// bidi controls, surrogates).
    public static func key(codePoint: UInt32) -> Key? {
        switch codePoint {
        case 0x00: return .ctrl("@")
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + codePoint))))
        case 0x1C: return .ctrl("\\")
        case 0x1D: return .ctrl("]")
        case 0x1E: return .ctrl("^")
        case 0x1F: return .ctrl("_")
        default:
            guard let scalar = Unicode.Scalar(codePoint), !TerminalText.isUnsafe(scalar) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// The Alt chord for Esc followed at once by `codePoint`, or nil when that is no Alt chord.
    public static func altKey(codePoint: UInt32) -> Key? {
        guard case .char(let character)? = key(codePoint: codePoint) else { return nil }
        return .alt(character)
    }
}
