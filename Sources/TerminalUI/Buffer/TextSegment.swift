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

extension TextSegment {
    /// `segments` in at most `width` columns: the segment that overflows is cut and ends in `…`, and the ones
    /// after it are dropped.
    public static func cut(_ segments: [TextSegment], to width: Int) -> [TextSegment] {
        var out: [TextSegment] = []
        var used = 0
        for segment in segments {
            let remaining = width - used
            guard remaining > 0 else { break }
            let text = TerminalText.truncated(segment.text, to: remaining)
            out.append(TextSegment(text, segment.style))
            used += DisplayWidth.of(text)
        }
        return out
    }
}
