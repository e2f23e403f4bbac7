/// What a theme says about one role: colours, attributes, and the attributes to use in monochrome.
public struct RoleStyle: Hashable, Sendable {
    /// The text colour.
    public var foreground: ThemeColor
    /// The cell colour.
    public var background: ThemeColor
    /// Attributes at every colour depth.
    public var attributes: TextAttributes
    /// The attributes that replace `attributes` in monochrome; when nil, `attributes` plus `reverse` if the
    /// role has a background colour other than the `text` role's (so a selection still stands out).
    public var monochrome: TextAttributes?

    /// A role style of the given colours and attributes.
    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        attributes: TextAttributes = [], monochrome: TextAttributes? = nil
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochrome = monochrome
    }

    /// Shorthand for the built-in themes: `fg` on `bg` with `attrs`.
    public static func fg(
        _ fg: ThemeColor, bg: ThemeColor = .terminalDefault, _ attrs: TextAttributes = [], mono: TextAttributes? = nil
    ) -> RoleStyle {
        RoleStyle(foreground: fg, background: bg, attributes: attrs, monochrome: mono)
    }
}
