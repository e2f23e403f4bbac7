import Testing
@testable import TerminalUI

@Suite("Display width")
struct DisplayWidthTests {
    // MARK: - Graphemes

    static let graphemes: [(String, Int, String)] = [
        ("a", 1, "ASCII letter"),
        (" ", 1, "space"),
        ("é", 1, "precomposed Latin"),
        ("e\u{301}", 1, "e + combining acute folds into one cluster"),
        ("n\u{303}\u{323}", 1, "two combining marks"),
        ("漢", 2, "CJK ideograph"),
        ("テ", 2, "Katakana"),
        ("한", 2, "Hangul syllable"),
        ("ｆ", 2, "fullwidth Latin"),
        ("　", 2, "ideographic space"),
        ("ﾃ", 1, "halfwidth Katakana"),
        ("😀", 2, "emoji presentation"),
        ("🚀", 2, "emoji presentation, transport"),
        ("❤\u{FE0F}", 2, "text-default emoji with VS16"),
        ("❤", 1, "text-default emoji without VS16"),
        ("☺\u{FE0E}", 1, "VS15 asks for text presentation"),
        ("👩\u{200D}💻", 2, "ZWJ sequence is one cluster"),
        ("👍\u{1F3FD}", 2, "skin tone modifier"),
        ("🇩🇪", 2, "flag"),
        ("1\u{FE0F}\u{20E3}", 2, "keycap"),
        ("─", 1, "box drawing"),
        ("→", 1, "arrow"),
        ("Ж", 1, "Cyrillic"),
        ("ア", 2, "Katakana A"),
        ("\u{3099}", 0, "lone combining kana voicing mark"),
        ("\u{483}", 0, "lone Cyrillic combining titlo"),
        ("\u{2060}", 0, "word joiner"),
        ("\u{301}", 0, "lone combining mark"),
        ("\u{200B}", 0, "zero-width space"),
        ("\u{1B}", 2, "ESC shows as \\e"),
        ("\n", 2, "newline shows as \\n"),
        ("\u{7F}", 4, "DEL shows as \\x7f"),
        ("\u{9B}", 4, "C1 CSI shows as \\x9b"),
        ("\u{202E}", 8, "RLO shows as \\u{202e}"),
        ("\r\n", 4, "CR LF is one cluster of two escapes"),
    ]

    @Test("grapheme widths", arguments: graphemes)
    func graphemeWidth(text: String, width: Int, note: String) {
        #expect(text.count == 1, "\(note) should be one cluster")
        #expect(DisplayWidth.of(Character(text)) == width, "\(note)")
    }

    static let strings: [(String, Int)] = [
        ("", 0), ("hello", 5), ("漢字テスト", 10), ("café noël", 9), ("cafe\u{301}", 4), ("a\u{1B}[2Jb", 7),
        ("｢ok｣", 4), ("👩\u{200D}👩\u{200D}👧 ok", 5),
    ]

    @Test("string widths", arguments: strings)
    func stringWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("wide ranges are sorted and disjoint, so the binary search is sound")
    func wideRangesSorted() {
        for (a, b) in zip(DisplayWidth.wideRanges, DisplayWidth.wideRanges.dropFirst()) {
            #expect(a.upperBound < b.lowerBound, "\(a) then \(b)")
        }
    }
}

@Suite("Terminal text")
struct TerminalTextTests {
    static let escapes: [(String, String)] = [
        ("plain", "plain"),
        ("a\u{1B}]52;c;AAAA\u{07}b", "a\\e]52;c;AAAA\\x07b"),
        ("line\nnext\r", "line\\nnext\\r"),
        ("tab\there", "tab\\there"),
        ("\u{9B}31m", "\\x9b31m"),
        ("\u{7F}", "\\x7f"),
        ("\u{0}", "\\x00"),
        ("abc\u{202E}cba", "abc\\u{202e}cba"),
        ("\u{2066}\u{2069}\u{061C}\u{200E}\u{200F}", "\\u{2066}\\u{2069}\\u{61c}\\u{200e}\\u{200f}"),
        ("漢字", "漢字"),
    ]

    @Test("unsafe scalars become visible escapes", arguments: escapes)
    func visible(input: String, expected: String) {
        #expect(TerminalText.visible(input) == expected)
        #expect(TerminalText.isSafe(TerminalText.visible(input)))
    }

    static let truncations: [(String, Int, String)] = [
        ("hello", 10, "hello"), ("hello world", 8, "hello w…"), ("漢字テスト", 5, "漢字…"), ("漢字テスト", 6, "漢字…"),
        ("漢字テスト", 10, "漢字テスト"), ("abc", 0, ""), ("abc", 1, "…"), ("a\u{1B}b", 3, "a\\…"),
    ]

    @Test("truncation counts display columns", arguments: truncations)
    func truncation(input: String, width: Int, expected: String) {
        let cut = TerminalText.truncated(input, to: width)
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= width)
    }

    @Test("padding reaches the exact width even when a wide character does not fit")
    func padding() {
        #expect(TerminalText.padded("漢字テスト", to: 6) == "漢字… ")
        #expect(TerminalText.padded("ab", to: 4, alignRight: true) == "  ab")
        #expect(DisplayWidth.of(TerminalText.padded("漢字テスト", to: 7)) == 7)
    }
}
