/// A role as the terminal draws it at one colour depth: palette indexes (-1 = terminal default) and attributes.
public struct ResolvedStyle: Hashable, Sendable, CustomStringConvertible {
    /// The foreground palette index, or -1 for the terminal's default.
    public var foreground: Int16
    /// The background palette index, or -1 for the terminal's default.
    public var background: Int16
    /// The attributes.
    public var attributes: TextAttributes

    /// A resolved style.
    public init(foreground: Int16 = -1, background: Int16 = -1, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// `fg=… bg=… attrs=…`, the line theme snapshots record.
    public var description: String {
        func name(_ index: Int16) -> String { index < 0 ? "default" : String(index) }
        return "fg=\(name(foreground)) bg=\(name(background)) attrs=\(attributes)"
    }
}
