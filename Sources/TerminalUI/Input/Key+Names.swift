// MARK: - Names

extension Key {
    /// Names of keys that are not characters, as configuration files write them, and aliases.
    static let namedKeys: [String: Key] = [
        "enter": .enter, "return": .enter, "ret": .enter,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "s-tab": .backTab,
        "esc": .escape, "escape": .escape,
        "backspace": .backspace, "bs": .backspace,
        "delete": .delete, "del": .delete, "insert": .insert, "ins": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "page-up": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "page-down": .pageDown,
        "space": .char(" "),
    ]

    /// The key a configuration file names: `ctrl-s`, `C-s`, `alt-x`, `M-x`, `shift-tab`, `pgdn`, `f5`,
    /// `space`, or a single character such as `G` or `?` (case-sensitive). Nil when the name means nothing.
    public init?(name: String) {
        let text = name.trimmingSpaces
        if text.count == 1, let character = text.first {
            guard let key = Key(character: character) else { return nil }
            self = key
            return
        }
        let lower = text.lowercased()
        if let key = Self.namedKeys[lower] {
            self = key
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let character = rest.first, Key.isControllable(character) else { return nil }
            self = Key.control(character)
            return
        }
        for prefix in ["alt-", "alt+", "meta-", "m-"] where lower.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            guard rest.count == 1, let character = rest.first, character.asciiValue.map({ $0 >= 0x20 && $0 < 0x7F }) == true
            else { return nil }
            self = .alt(character)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    /// A key for a single typed character, or nil for an unsafe one.
    init?(character: Character) {
        guard !character.unicodeScalars.contains(where: TerminalText.isUnsafe) else { return nil }
        self = .char(character)
    }

    /// Whether Ctrl plus this character is a key a terminal can send.
    static func isControllable(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (0x61...0x7A).contains(ascii) || "@[\\]^_".contains(character)
    }

    /// Ctrl plus a character, folding the chords a terminal sends as named keys (`ctrl-i` is Tab,
    /// `ctrl-m` and `ctrl-j` are Enter, `ctrl-h` is Backspace, `ctrl-[` is Esc).
    static func control(_ character: Character) -> Key {
        switch character {
        case "i": .tab
        case "m", "j": .enter
        case "h": .backspace
        case "[": .escape
        default: .ctrl(character)
        }
    }

    /// The name help and the status bar show, and that `init(name:)` reads back.
    public var name: String {
        switch self {
        case .char(" "): "space"
        case .char(let c): String(c)
        case .ctrl(let c): "ctrl-" + String(c)
        case .alt(let c): "alt-" + String(c)
        case .enter: "enter"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .escape: "esc"
        case .backspace: "backspace"
        case .delete: "del"
        case .insert: "ins"
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .home: "home"
        case .end: "end"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .function(let n): "f\(n)"
        }
    }

    /// The short label the status bar and help show (`^S`, `S-Tab`, `PgDn`, `↑`).
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "^" + String(c).uppercased()
        case .alt(let c): "M-" + String(c)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .escape: "Esc"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        }
    }
}
