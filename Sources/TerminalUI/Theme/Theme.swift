/// A named set of styles for the semantic roles; see `ThemeRole` for the closed set of roles.
public struct Theme: Hashable, Sendable {
    /// The theme's name (`default`, `light`, …).
    public var name: String
    /// One line saying what the theme is for.
    public var summary: String
    /// The styles the theme sets; a role left out takes the `text` role's style.
    public var styles: [ThemeRole: RoleStyle]
    /// The characters borders are drawn with.
    public var border: BorderStyle
    /// The character a masked value is shown as, repeated.
    public var maskCharacter: Character

    /// A theme of `name` with `styles`.
    public init(
        name: String, summary: String = "", styles: [ThemeRole: RoleStyle], border: BorderStyle = .single,
        maskCharacter: Character = "•"
    ) {
        self.name = name
        self.summary = summary
        self.styles = styles
        self.border = border
        self.maskCharacter = maskCharacter
    }

    /// The style of `role`, falling back to `text` and then to the terminal's defaults.
    public func style(for role: ThemeRole) -> RoleStyle {
        styles[role] ?? styles[.text] ?? RoleStyle()
    }

    /// The roles the theme leaves to the fallback.
    public var missingRoles: [ThemeRole] { ThemeRole.allCases.filter { styles[$0] == nil } }

    /// Every role resolved for a terminal of `depth`.
    public func resolved(for depth: ColorDepth) -> ResolvedTheme {
        ResolvedTheme(theme: self, depth: depth)
    }

    /// A text table of what every role resolves to at every colour depth, for theme snapshots.
    public var resolutionReport: String {
        var lines = ["# theme \(name)", "border: \(border.rawValue)", "mask: \(maskCharacter)"]
        let width = ThemeRole.allCases.map(\.name.count).max() ?? 0
        for depth in ColorDepth.allCases.reversed() {
            lines.append("")
            lines.append("## depth \(depth)")
            let resolved = resolved(for: depth)
            for role in ThemeRole.allCases {
                let padding = String(repeating: " ", count: width - role.name.count)
                lines.append("\(role.name)\(padding)  \(resolved[role])")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
