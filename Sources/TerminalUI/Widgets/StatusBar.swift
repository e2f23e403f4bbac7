/// The status bar: what is connected on the left, badges on the right, and key hints in between.
///
/// Hints are dropped from the end when they do not fit; the left text is cut last, ending in `…`.
public struct StatusBar: Hashable, Sendable {
    /// Left-hand segments (backend, counts, a spinner, the last message).
    public var left: [TextSegment]
    /// Right-hand segments (badges such as READ-ONLY).
    public var right: [TextSegment]
    /// Key hints, from `Keymap.hints`.
    public var hints: [KeyHint]

    /// A status bar of `left`, `right` and `hints`.
    public init(left: [TextSegment] = [], right: [TextSegment] = [], hints: [KeyHint] = []) {
        self.left = left
        self.right = right
        self.hints = hints
    }

    /// Draws the bar on the first row of `rect`.
    public func render(into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        let line = rect.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, style: Style(.status))
        let rightWidth = right.map { DisplayWidth.of($0.text) }.reduce(0, +)
        let rightStart = max(line.x, line.maxX - rightWidth)
        buffer.write(right, at: Position(row: line.y, column: rightStart), clip: line)
        let leftArea = Rect(x: line.x, y: line.y, width: rightStart - line.x, height: 1)
        var x = buffer.write(
            TextSegment.cut(left, to: leftArea.width), at: Position(row: line.y, column: line.x), clip: leftArea)
        for hint in hints {
            let width = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label)
            guard x + 2 + width <= leftArea.maxX else { break }
            x += 2
            x = buffer.write(hint.key, at: Position(row: line.y, column: x), style: Style(.statusKey), clip: leftArea)
            x = buffer.write(" " + hint.label, at: Position(row: line.y, column: x), style: Style(.status), clip: leftArea)
        }
    }
}
