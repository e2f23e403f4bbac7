/// How many colours the terminal can show, which decides how a theme's colours are resolved.
///
/// Fallback, from richer to poorer: an RGB colour becomes the nearest entry of the 256-colour palette
/// (6×6×6 cube or grey ramp); at 16 colours a palette entry above 15 becomes the nearest of the 16 ANSI
/// colours; at 8 colours a bright ANSI colour (8–15) becomes its normal one (0–7), bright black becoming
/// white; in monochrome every colour is dropped and only attributes remain: the role's `monochrome`
/// attributes, or else its attributes plus `reverse` when its background differs from the `text` role's.
public enum ColorDepth: Int, CaseIterable, Comparable, Sendable, CustomStringConvertible {
    /// No colour: attributes only.
    case monochrome
    /// The eight basic ANSI colours.
    case ansi8
    /// The sixteen ANSI colours.
    case ansi16
    /// The 256-colour palette.
    case palette256

    /// The number of colours, as ncurses' `COLORS` reports it.
    public var colorCount: Int {
        switch self {
        case .monochrome: 0
        case .ansi8: 8
        case .ansi16: 16
        case .palette256: 256
        }
    }

    /// The depth a terminal supports: monochrome when it has no colours or `NO_COLOR` is set to anything
    /// non-empty (https://no-color.org), otherwise the largest depth within `colors`.
    public static func detect(colors: Int, hasColors: Bool, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        guard hasColors else { return .monochrome }
        if colors >= 256 { return .palette256 }
        if colors >= 16 { return .ansi16 }
        if colors >= 8 { return .ansi8 }
        return .monochrome
    }

    /// Ordered by the number of colours.
    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `mono`, `8`, `16` or `256`.
    public var description: String {
        switch self {
        case .monochrome: "mono"
        case .ansi8: "8"
        case .ansi16: "16"
        case .palette256: "256"
        }
    }
}
