import TerminalUI

/// Where each pane goes for a terminal size: stacked at 80x24, side by side when wider.
public struct Layout: Equatable, Sendable {
    /// The secrets list pane (border included).
    public var secrets: Rect
    /// The versions and timeline pane.
    public var versions: Rect
    /// The value pane.
    public var value: Rect
    /// The area the form and review use (everything but the secrets pane on wide screens, all of it stacked).
    public var editor: Rect
    /// The status bar row.
    public var status: Rect
    /// A note row when the terminal is smaller than 80x24, else nil.
    public var note: Rect?
    /// Whether the panes stand side by side.
    public var isWide: Bool

    /// The smallest size everything is designed for.
    public static let minimum = Size(width: 80, height: 24)
    /// The width from which the panes stand side by side.
    public static let wideWidth = 120

    /// The layout of a screen of `size`.
    public init(size: Size) {
        let screen = Rect(size: size)
        let (rest, status) = screen.splitBottom(min(1, size.height))
        var body = rest
        if size.width < Self.minimum.width || size.height < Self.minimum.height, body.height > 1 {
            let split = body.splitTop(1)
            note = split.top
            body = split.rest
        } else {
            note = nil
        }
        self.status = status
        isWide = size.width >= Self.wideWidth && size.height >= Self.minimum.height
        if isWide {
            let left = body.splitLeft(max(30, body.width * 2 / 5))
            secrets = left.left
            let right = left.rest.splitTop(left.rest.height * 11 / 20)
            versions = right.top
            value = right.rest
            editor = left.rest
        } else {
            let first = body.splitTop(body.height * 8 / 23)
            secrets = first.top
            let second = first.rest.splitTop(first.rest.height * 7 / 15)
            versions = second.top
            value = second.rest
            editor = body
        }
    }

    /// The inside of a pane's border (the whole rect when it is too small for one).
    public static func inner(_ rect: Rect) -> Rect {
        rect.width >= 3 && rect.height >= 3 ? rect.inset(by: 1) : rect
    }

    /// The rows a list in `rect` shows (a page for PgUp/PgDn).
    public static func listRows(_ rect: Rect, header: Bool = false) -> Int {
        max(1, inner(rect).height - (header ? 1 : 0))
    }
}
