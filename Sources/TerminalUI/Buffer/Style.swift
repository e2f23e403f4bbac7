/// How a cell is drawn: a semantic role, which the theme turns into colours, plus extra attributes.
public struct Style: Hashable, Sendable {
    /// The theme role.
    public var role: ThemeRole
    /// Attributes added to the role's own (for example bold on the matched part of a filter).
    public var attributes: TextAttributes

    /// A style of `role` with extra `attributes`.
    public init(_ role: ThemeRole = .text, attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Plain text.
    public static let text = Style(.text)

    /// The same role with `extra` attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(role, attributes: attributes.union(extra))
    }
}
