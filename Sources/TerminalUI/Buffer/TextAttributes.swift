/// Character attributes a terminal can show without colour: bold, dim, italic, underline, reverse, blink.
public struct TextAttributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
    /// The raw bits.
    public var rawValue: UInt8

    /// Attributes from raw bits.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Heavier or brighter text.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Fainter text.
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Slanted text (not every terminal shows it).
    public static let italic = TextAttributes(rawValue: 1 << 2)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 1 << 3)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 4)
    /// Blinking text.
    public static let blink = TextAttributes(rawValue: 1 << 5)

    /// Every attribute with the name themes use for it, in a fixed order.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
        ("blink", .blink),
    ]

    /// The attribute a theme file names, or nil.
    public init?(name: String) {
        guard let match = Self.named.first(where: { $0.name == name }) else { return nil }
        self = match.attribute
    }

    /// The names of the attributes set, in the fixed order.
    public var names: [String] { Self.named.filter { contains($0.attribute) }.map(\.name) }

    /// The names joined with `+`, or `-` when none is set.
    public var description: String { isEmpty ? "-" : names.joined(separator: "+") }
}
