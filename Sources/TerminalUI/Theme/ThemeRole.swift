/// The closed set of semantic roles a theme styles; every cell of a buffer has one.
///
/// `name` (the case name) is the key in a theme file; `letter` stands for the role in style-grid snapshots;
/// the raw value indexes resolved-style tables. A theme that leaves a role out gives it the `text` role's style.
public enum ThemeRole: UInt8, CaseIterable, Hashable, Sendable {
    // MARK: - Base

    /// Ordinary text on the screen background.
    case text
    /// Secondary text: dates, counts, placeholders.
    case muted
    /// Pane and dialog borders.
    case border
    /// The border of the pane that has the focus.
    case borderFocused
    /// Pane and dialog titles.
    case title
    /// Column headers of tables.
    case header

    // MARK: - Lists and input

    /// Rows of a list or table.
    case list
    /// The selected row in the focused pane.
    case selection
    /// The selected row in a pane without the focus.
    case selectionInactive
    /// A text field or text area being edited.
    case input
    /// A modal dialog's body.
    case dialog
    /// A button or choice in a dialog.
    case button
    /// The chosen button in a dialog.
    case buttonFocused

    // MARK: - Status and messages

    /// The status bar.
    case status
    /// A key name in the status bar's hints or the help overlay.
    case statusKey
    /// The READ-ONLY badge.
    case readOnly
    /// Error messages.
    case error
    /// Warnings and confirmations of destructive actions.
    case warning
    /// Messages that report success.
    case success
    /// A secret marked for deletion.
    case deleted

    // MARK: - Versions and timeline

    /// The AWSCURRENT label chip.
    case labelCurrent
    /// The AWSPREVIOUS label chip.
    case labelPrevious
    /// The AWSPENDING label chip.
    case labelPending
    /// A custom label chip.
    case labelCustom
    /// A label move predicted before a write.
    case movePredicted
    /// A label move observed after a write.
    case moveObserved

    // MARK: - Values

    /// A key of a key/value table.
    case key
    /// A masked value.
    case masked
    /// A revealed value.
    case revealed

    // MARK: - Diff

    /// A key or line added.
    case diffAdded
    /// A key or line removed.
    case diffRemoved
    /// A key or line changed.
    case diffChanged

    /// The letter that stands for the role in a style-grid snapshot.
    public var letter: Character {
        switch self {
        case .text: "."
        case .muted: "m"
        case .border: "b"
        case .borderFocused: "B"
        case .title: "t"
        case .header: "h"
        case .list: "l"
        case .selection: "s"
        case .selectionInactive: "i"
        case .input: "f"
        case .dialog: "d"
        case .button: "u"
        case .buttonFocused: "U"
        case .status: "S"
        case .statusKey: "K"
        case .readOnly: "R"
        case .error: "E"
        case .warning: "W"
        case .success: "O"
        case .deleted: "X"
        case .labelCurrent: "C"
        case .labelPrevious: "P"
        case .labelPending: "N"
        case .labelCustom: "L"
        case .movePredicted: "p"
        case .moveObserved: "o"
        case .key: "k"
        case .masked: "*"
        case .revealed: "r"
        case .diffAdded: "+"
        case .diffRemoved: "-"
        case .diffChanged: "~"
        }
    }

    /// The role whose letter is `letter`, or nil.
    public init?(letter: Character) {
        guard let role = Self.allCases.first(where: { $0.letter == letter }) else { return nil }
        self = role
    }

    /// The key that names the role in a theme file (the case name, e.g. `labelCurrent`).
    public var name: String { String(describing: self) }

    /// The role a theme file names, or nil.
    public init?(name: String) {
        guard let role = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = role
    }
}
