/// A modal dialog: a title, a message, an optional text field, and buttons, centred over the screen.
///
/// Keys: ←/→/Tab/Shift-Tab choose a button, Enter submits the chosen one, Esc cancels. A confirmation
/// (`isConfirmation`) also takes `y` (submit with the first button) and `n` (cancel). With a field, keys go
/// to the field first and Enter submits.
public struct Dialog: Hashable, Sendable {
    /// The title on the top border.
    public var title: String
    /// The message, one entry a line (made safe and cut to fit).
    public var message: [String]
    /// The button labels, left to right.
    public var buttons: [String]
    /// The chosen button.
    public private(set) var selectedButton: Int
    /// A field to type into (for example the secret's name to confirm a delete), or nil.
    public var field: TextField?
    /// Whether `y` and `n` answer the dialog.
    public var isConfirmation: Bool
    /// The role of the message text (`warning` for destructive actions, `error` for failures).
    public var messageRole: ThemeRole

    /// A dialog with `buttons`, the first chosen.
    public init(
        title: String, message: [String], buttons: [String] = ["OK"], field: TextField? = nil,
        isConfirmation: Bool = false, messageRole: ThemeRole = .dialog
    ) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = 0
        self.field = field
        self.isConfirmation = isConfirmation
        self.messageRole = messageRole
    }

    /// A yes/no question answered with `y`, `n` or Esc.
    public static func confirm(title: String, message: [String], messageRole: ThemeRole = .warning) -> Dialog {
        Dialog(title: title, message: message, buttons: ["Yes", "No"], isConfirmation: true, messageRole: messageRole)
    }

    // MARK: - Input

    /// Applies a key; `.submitted` means `selectedButton` was pressed.
    public mutating func handle(_ event: KeyEvent) -> InputOutcome {
        if var editing = field {
            let outcome = editing.handle(event)
            field = editing
            if outcome != .ignored { return outcome }
        }
        guard case .key(let key) = event else { return .ignored }
        switch key {
        case .enter:
            if isConfirmation, selectedButton == buttons.count - 1, buttons.count > 1 { return .cancelled }
            return .submitted
        case .escape: return .cancelled
        case .char("y") where isConfirmation && field == nil:
            selectedButton = 0
            return .submitted
        case .char("n") where isConfirmation && field == nil: return .cancelled
        case .left, .backTab: selectedButton = max(0, selectedButton - 1)
        case .right, .tab: selectedButton = min(buttons.count - 1, selectedButton + 1)
        default: return .ignored
        }
        return .handled
    }

    // MARK: - Rendering

    /// The size of the box in a screen of `area`.
    public func boxSize(in area: Rect) -> Size {
        let buttonsWidth = buttons.map { DisplayWidth.of($0) + 4 }.reduce(0, +) + max(0, buttons.count - 1)
        let contentWidth = max(
            message.map(TerminalText.width).max() ?? 0, DisplayWidth.of(title) + 4, buttonsWidth,
            field == nil ? 0 : 30)
        let height = message.count + (field == nil ? 0 : 2) + (buttons.isEmpty ? 0 : 2) + 2
        return Size(width: min(contentWidth + 4, area.width), height: min(height, area.height))
    }

    /// Draws the dialog centred in `rect`.
    public func render(into buffer: inout CellBuffer, rect: Rect, theme: Theme) {
        let box = rect.centered(boxSize(in: rect))
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: Style(.dialog))
        buffer.drawBox(box, style: Style(.border), border: theme.border, title: title, titleStyle: Style(.title))
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        var y = inner.y
        for line in message where y < inner.maxY {
            buffer.write(TerminalText.truncated(line, to: inner.width), at: Position(row: y, column: inner.x),
                         style: Style(messageRole), clip: inner)
            y += 1
        }
        if let field, y + 1 < inner.maxY {
            y += 1
            field.render(into: &buffer, rect: Rect(x: inner.x, y: y, width: inner.width, height: 1), theme: theme)
            y += 1
        }
        guard !buttons.isEmpty else { return }
        let row = inner.maxY - 1
        let labels = buttons.map { "[ " + $0 + " ]" }
        let total = labels.map(DisplayWidth.of).reduce(0, +) + labels.count - 1
        var x = inner.x + max(0, (inner.width - total) / 2)
        for (index, label) in labels.enumerated() {
            let style = Style(index == selectedButton && field == nil ? .buttonFocused : .button)
            x = buffer.write(label, at: Position(row: row, column: x), style: style, clip: inner) + 1
        }
    }
}
