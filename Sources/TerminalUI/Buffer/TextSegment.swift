/// A run of text in one style; rows of lists and tables are made of them.
public struct TextSegment: Hashable, Sendable {
    /// The text (made safe when drawn).
    public var text: String
    /// Its style.
    public var style: Style

    /// A segment of `text` in `style`.
    public init(_ text: String, _ style: Style = .text) {
        self.text = text
        self.style = style
    }

    /// A segment of `text` in `role`.
    public init(_ text: String, role: ThemeRole) {
        self.init(text, Style(role))
    }
}
