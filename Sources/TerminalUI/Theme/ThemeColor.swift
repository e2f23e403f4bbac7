/// A colour as a theme file writes it: the terminal's default, one of the 16 ANSI colours, a 256-colour
/// index, or an RGB value.
///
/// In a file: `default`, a name (`red`, `bright-blue`; see `ansiNames`), a number `0`–`255`, or `#rrggbb`.
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// An ANSI colour 0–15 (8–15 are the bright ones).
    case ansi(UInt8)
    /// An entry of the 256-colour palette.
    case indexed(UInt8)
    /// A 24-bit colour, shown as the nearest palette entry.
    case rgb(UInt8, UInt8, UInt8)

    /// The names of ANSI colours 0–15.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// The colour a theme file names, or nil when the text is none of the accepted forms.
    public init?(text: String) {
        let word = text.trimmingSpaces.lowercased()
        if word == "default" {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: word) {
            self = .ansi(UInt8(index))
        } else if word == "gray" || word == "grey" {
            self = .ansi(8)
        } else if let number = Int(word), (0...255).contains(number) {
            self = number < 16 ? .ansi(UInt8(number)) : .indexed(UInt8(number))
        } else if word.hasPrefix("#"), word.count == 7, let value = UInt32(word.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    /// The form a theme file would use.
    public var description: String {
        switch self {
        case .terminalDefault: "default"
        case .ansi(let index): Self.ansiNames[Int(index)]
        case .indexed(let index): String(index)
        case .rgb(let r, let g, let b):
            "#" + [r, g, b].map { let h = String($0, radix: 16); return h.count == 1 ? "0" + h : h }.joined()
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
