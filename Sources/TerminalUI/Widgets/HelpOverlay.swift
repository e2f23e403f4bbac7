/// The help overlay: the keymap's help lines in a scrolling box over the screen.
///
/// ↑/↓ (or `k`/`j`), PgUp/PgDn scroll; Esc, `q` or `?` close it (`.cancelled`).
public struct HelpOverlay: Hashable, Sendable {
    /// The lines, from `Keymap.helpLines`.
    public var lines: [HelpLine]
    /// The first line shown.
    public private(set) var offset: Int = 0
    /// How many lines the box shows, set by the owner from its layout.
    public var viewportHeight: Int

    /// An overlay of `lines`.
    public init(lines: [HelpLine], viewportHeight: Int = 20) {
        self.lines = lines
        self.viewportHeight = viewportHeight
    }

    /// An overlay of `keymap`'s help for `sections`.
    public init(keymap: Keymap, sections: [String]? = nil, viewportHeight: Int = 20) {
        self.init(lines: keymap.helpLines(in: sections), viewportHeight: viewportHeight)
    }

    /// Scrolls or closes.
    public mutating func handle(_ event: KeyEvent) -> InputOutcome {
        guard case .key(let key) = event else { return .ignored }
        let maxOffset = max(0, lines.count - viewportHeight)
        switch key {
        case .escape, .char("q"), .char("?"): return .cancelled
        case .down, .char("j"): offset = min(maxOffset, offset + 1)
        case .up, .char("k"): offset = max(0, offset - 1)
        case .pageDown, .char(" "): offset = min(maxOffset, offset + max(1, viewportHeight - 1))
        case .pageUp: offset = max(0, offset - max(1, viewportHeight - 1))
        case .home, .char("g"): offset = 0
        case .end, .char("G"): offset = maxOffset
        default: return .ignored
        }
        return .handled
    }

    /// Draws the box over most of `rect`.
    public func render(into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        let keyWidth = min(16, lines.compactMap { line -> Int? in
            if case .binding(let keys, _, _) = line { return DisplayWidth.of(keys) }
            return nil
        }.max() ?? 0)
        let box = rect.centered(Size(width: min(rect.width, 72), height: min(rect.height, lines.count + 2)))
        guard box.width >= 6, box.height >= 3 else { return }
        buffer.fill(box, style: Style(.dialog))
        buffer.drawBox(box, style: Style(.border), border: theme.border, title: "Help", titleStyle: Style(.title))
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let start = min(offset, max(0, lines.count - inner.height))
        for row in 0..<min(inner.height, lines.count - start) {
            let y = inner.y + row
            switch lines[start + row] {
            case .section(let name):
                buffer.write(name, at: Position(row: y, column: inner.x), style: Style(.header), clip: inner)
            case .binding(let keys, let help, let reason):
                buffer.write(TerminalText.padded(keys, to: keyWidth), at: Position(row: y, column: inner.x),
                             style: Style(.statusKey), clip: inner)
                let text = reason.map { help + " (" + $0 + ")" } ?? help
                buffer.write(text, at: Position(row: y, column: inner.x + keyWidth + 2),
                             style: Style(reason == nil ? .dialog : .muted), clip: inner)
            }
        }
        if lines.count > inner.height {
            let marker = "\(start + 1)-\(start + inner.height)/\(lines.count)"
            buffer.write(marker, at: Position(row: box.maxY - 1, column: box.maxX - 2 - DisplayWidth.of(marker)),
                         style: Style(.muted), clip: box)
        }
    }
}
