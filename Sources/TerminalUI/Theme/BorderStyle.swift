/// The characters a theme draws pane and dialog borders with.
public enum BorderStyle: String, CaseIterable, Hashable, Sendable {
    /// `┌─┐│└┘`.
    case single
    /// `╭─╮│╰╯`.
    case rounded
    /// `╔═╗║╚╝`.
    case double
    /// `+-+|++`, for terminals and fonts without box drawing.
    case ascii

    /// Top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
    public var glyphs: (topLeft: String, topRight: String, bottomLeft: String, bottomRight: String, horizontal: String, vertical: String) {
        switch self {
        case .single: ("┌", "┐", "└", "┘", "─", "│")
        case .rounded: ("╭", "╮", "╰", "╯", "─", "│")
        case .double: ("╔", "╗", "╚", "╝", "═", "║")
        case .ascii: ("+", "+", "+", "+", "-", "|")
        }
    }
}
