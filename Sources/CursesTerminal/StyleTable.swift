import CNCurses
import TerminalUI

/// Cell styles as ncurses attributes and colour pairs, with pairs allocated once and cached.
struct StyleTable {
    /// The attributes and pair of each role, indexed by the role's raw value.
    private var roles: [(attributes: attr_t, pair: Int16)] = []
    /// ncurses attribute bits for each `TextAttributes` bit, in bit order.
    private static let attributeBits: [attr_t] = [
        secretty_a_bold(), secretty_a_dim(), secretty_a_italic(), secretty_a_underline(), secretty_a_reverse(),
        secretty_a_blink(),
    ]

    /// An empty table (before the terminal starts).
    init() {}

    /// The table of `theme`, creating colour pairs (up to `maxPairs`) as it goes.
    init(theme: ResolvedTheme, maxPairs: Int) {
        var pairs: [Int32: Int16] = [:]
        roles = ThemeRole.allCases.map { role in
            let resolved = theme[role]
            let attributes = Self.bits(resolved.attributes)
            guard theme.depth != .monochrome, resolved.foreground >= 0 || resolved.background >= 0 else {
                return (attributes, 0)
            }
            let key = Int32(resolved.foreground) << 16 | Int32(UInt16(bitPattern: resolved.background))
            if let pair = pairs[key] { return (attributes, pair) }
            let number = pairs.count + 1
            guard number < maxPairs, number <= Int(Int16.max) else { return (attributes, 0) }
            _ = init_pair(Int16(number), resolved.foreground, resolved.background)
            pairs[key] = Int16(number)
            return (attributes, Int16(number))
        }
    }

    /// The ncurses bits of `attributes`.
    static func bits(_ attributes: TextAttributes) -> attr_t {
        var result: attr_t = 0
        var raw = attributes.rawValue
        var index = 0
        while raw != 0 {
            if raw & 1 == 1 { result |= attributeBits[index] }
            raw >>= 1
            index += 1
        }
        return result
    }

    /// The attributes and pair a cell of `style` is drawn with.
    func lookup(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        guard Int(style.role.rawValue) < roles.count else { return (Self.bits(style.attributes), 0) }
        var entry = roles[Int(style.role.rawValue)]
        if !style.attributes.isEmpty { entry.attributes |= Self.bits(style.attributes) }
        return entry
    }
}
