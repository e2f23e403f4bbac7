import Testing
@testable import CursesTerminal
@testable import TerminalUI
import CNCurses

@Suite("Keys")
struct KeyTests {
    // MARK: - Names

    static let names: [(String, Key?)] = [
        ("ctrl-s", .ctrl("s")), ("Ctrl-S", .ctrl("s")), ("C-x", .ctrl("x")), ("^g", .ctrl("g")),
        ("shift-tab", .backTab), ("S-Tab", .backTab), ("G", .char("G")), ("g", .char("g")), ("?", .char("?")),
        ("/", .char("/")), (":", .char(":")), ("pgdn", .pageDown), ("PgUp", .pageUp), ("page-down", .pageDown),
        ("enter", .enter), ("esc", .escape), ("Escape", .escape), ("space", .char(" ")), ("tab", .tab),
        ("del", .delete), ("backspace", .backspace), ("home", .home), ("end", .end), ("up", .up), ("f5", .function(5)),
        ("F12", .function(12)), ("alt-x", .alt("x")), ("M-b", .alt("b")), ("ctrl-i", .tab), ("ctrl-m", .enter),
        ("ctrl-h", .backspace), ("漢", .char("漢")),
        ("ctrl-", nil), ("ctrl-é", nil), ("f0", nil), ("f25", nil), ("hyper-x", nil), ("", nil), ("\u{1B}", nil),
    ]

    @Test("key names from configuration text", arguments: names)
    func parse(name: String, expected: Key?) {
        #expect(Key(name: name) == expected)
    }

    static let roundTrip: [Key] = [
        .char("a"), .char("G"), .char(" "), .ctrl("s"), .alt("x"), .enter, .tab, .backTab, .escape, .backspace,
        .delete, .insert, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .function(7),
    ]

    @Test("every key's name reads back as the same key", arguments: roundTrip)
    func nameRoundTrip(key: Key) {
        #expect(Key(name: key.name) == key)
    }

    // MARK: - Decoding

    static let codePoints: [(UInt32, Key?)] = [
        (0x61, .char("a")), (0x20, .char(" ")), (0x13, .ctrl("s")), (0x11, .ctrl("q")), (0x01, .ctrl("a")),
        (0x17, .ctrl("w")), (0x03, .ctrl("c")), (0x09, .tab), (0x0D, .enter), (0x0A, .enter), (0x7F, .backspace),
        (0x08, .backspace), (0x1B, .escape), (0x00, .ctrl("@")), (0x1F, .ctrl("_")), (0x6F22, .char("漢")),
        (0x1F600, .char("😀")), (0x9B, nil), (0x202E, nil), (0xD800, nil),
    ]

    @Test("code points decode to keys", arguments: codePoints)
    func decode(codePoint: UInt32, expected: Key?) {
        #expect(KeyDecoder.key(codePoint: codePoint) == expected)
    }

    @Test("Esc followed by a printable character is Alt; by a control it is not")
    func alt() {
        #expect(KeyDecoder.altKey(codePoint: 0x78) == .alt("x"))
        #expect(KeyDecoder.altKey(codePoint: 0x13) == nil)
    }

    static let keyCodes: [(Int32, Key?)] = [
        (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_DC, .delete), (KEY_IC, .insert),
        (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (secretty_key_f(1), .function(1)),
        (secretty_key_f(12), .function(12)), (KEY_MOUSE, nil),
    ]

    @Test("ncurses key codes decode to keys", arguments: keyCodes)
    func cursesKeyCodes(code: Int32, expected: Key?) {
        #expect(CursesTerminal.key(forKeyCode: code) == expected)
    }
}
