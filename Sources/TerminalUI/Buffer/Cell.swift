/// One cell of a `CellBuffer`: a grapheme cluster, its display width and its style.
///
/// A wide grapheme (width 2) occupies its cell and the next one; the next one is a continuation cell
/// (width 0) that carries the same style and draws nothing itself.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown; a space in a continuation cell.
    public var grapheme: Character
    /// 1 for a narrow grapheme, 2 for a wide one, 0 for the continuation of a wide one.
    public var width: UInt8
    /// How the cell is drawn.
    public var style: Style

    /// A cell of `grapheme` with `width` and `style`.
    @inlinable
    public init(_ grapheme: Character, width: UInt8 = 1, style: Style = .text) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A space in `style`.
    @inlinable
    public static func blank(_ style: Style = .text) -> Cell { Cell(" ", width: 1, style: style) }

    /// Whether this is the right half of a wide grapheme.
    @inlinable public var isContinuation: Bool { width == 0 }
}
