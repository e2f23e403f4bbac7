/// A theme resolved for one colour depth: a table from role to palette indexes and attributes.
public struct ResolvedTheme: Hashable, Sendable {
    /// The depth the theme was resolved for.
    public let depth: ColorDepth
    /// The resolved style of each role, indexed by the role's raw value.
    private let table: [ResolvedStyle]

    /// `theme` resolved for `depth`, following the fallback `ColorDepth` documents.
    public init(theme: Theme, depth: ColorDepth) {
        self.depth = depth
        let screenBackground = theme.style(for: .text).background
        self.table = ThemeRole.allCases.map {
            Self.resolve(theme.style(for: $0), depth: depth, screenBackground: screenBackground)
        }
    }

    /// The resolved style of `role`.
    public subscript(role: ThemeRole) -> ResolvedStyle { table[Int(role.rawValue)] }

    /// The resolved style of a cell's style: its role's, with the cell's extra attributes added.
    public func resolve(_ style: Style) -> ResolvedStyle {
        var resolved = table[Int(style.role.rawValue)]
        resolved.attributes.formUnion(style.attributes)
        return resolved
    }

    // MARK: - Rules

    /// One role style at one depth; `screenBackground` is the `text` role's background.
    static func resolve(_ style: RoleStyle, depth: ColorDepth, screenBackground: ThemeColor) -> ResolvedStyle {
        guard depth != .monochrome else {
            let standsOut = style.background != .terminalDefault && style.background != screenBackground
            let attributes = style.monochrome ?? style.attributes.union(standsOut ? .reverse : [])
            return ResolvedStyle(attributes: attributes)
        }
        return ResolvedStyle(
            foreground: ColorPalette.index(of: style.foreground, depth: depth),
            background: ColorPalette.index(of: style.background, depth: depth),
            attributes: style.attributes)
    }
}
