// MARK: - Built-in default

extension Theme {
    /// The theme used when no theme file is found; `Themes/default.yaml` says the same, and a test keeps them equal.
    public static let builtInDefault = Theme(
        name: "default",
        summary: "ANSI colours on the terminal's own background; works on dark and light terminals.",
        styles: [
            .text: .fg(.terminalDefault),
            .muted: .fg(.ansi(8), [], mono: .dim),
            .border: .fg(.ansi(8)),
            .borderFocused: .fg(.ansi(6), .bold),
            .title: .fg(.ansi(6), .bold),
            .header: .fg(.terminalDefault, .bold, mono: [.bold, .underline]),
            .list: .fg(.terminalDefault),
            .selection: .fg(.ansi(0), bg: .ansi(6), mono: .reverse),
            .selectionInactive: .fg(.terminalDefault, bg: .ansi(8), mono: .underline),
            .input: .fg(.terminalDefault, bg: .ansi(8), mono: .underline),
            .dialog: .fg(.terminalDefault),
            .button: .fg(.terminalDefault),
            .buttonFocused: .fg(.ansi(0), bg: .ansi(6), .bold, mono: [.reverse, .bold]),
            .status: .fg(.ansi(7), bg: .ansi(4), mono: .reverse),
            .statusKey: .fg(.ansi(11), bg: .ansi(4), .bold, mono: [.reverse, .bold]),
            .readOnly: .fg(.ansi(15), bg: .ansi(1), .bold, mono: [.reverse, .bold]),
            .error: .fg(.ansi(9), .bold),
            .warning: .fg(.ansi(11), .bold),
            .success: .fg(.ansi(10)),
            .deleted: .fg(.ansi(9), .dim, mono: [.dim, .underline]),
            .labelCurrent: .fg(.ansi(0), bg: .ansi(2), .bold, mono: [.reverse, .bold]),
            .labelPrevious: .fg(.ansi(0), bg: .ansi(3), mono: .reverse),
            .labelPending: .fg(.ansi(0), bg: .ansi(5), mono: [.reverse, .underline]),
            .labelCustom: .fg(.ansi(0), bg: .ansi(7), mono: .underline),
            .movePredicted: .fg(.ansi(3), .italic, mono: [.italic, .dim]),
            .moveObserved: .fg(.ansi(2), .bold),
            .key: .fg(.ansi(6)),
            .masked: .fg(.ansi(8), [], mono: .dim),
            .revealed: .fg(.ansi(11), .bold, mono: [.bold, .underline]),
            .diffAdded: .fg(.ansi(2), [], mono: .bold),
            .diffRemoved: .fg(.ansi(1), [], mono: .dim),
            .diffChanged: .fg(.ansi(3), [], mono: .underline),
        ])
}
