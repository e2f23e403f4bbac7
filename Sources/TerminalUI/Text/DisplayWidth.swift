/// How many terminal columns a grapheme cluster takes: 0, 1 or 2.
///
/// The rules, in order: a cluster with an unsafe scalar (see `TerminalText.isUnsafe`) is as wide as its
/// visible escape; a cluster that a terminal shows as an emoji (emoji presentation, a VS16 selector, a ZWJ
/// sequence or a regional-indicator flag) is 2; a cluster whose first scalar is East Asian Wide or Fullwidth
/// is 2; a lone combining mark or a zero-width format character is 0; everything else is 1. Combining marks
/// and ZWJ sequences are folded into their cluster by Swift's `Character`, so they add nothing.
public enum DisplayWidth {
    // MARK: - Graphemes

    /// The columns `character` takes on a terminal.
    @inlinable
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        return slowWidth(of: character)
    }

    /// The columns `text` takes once made safe (unsafe scalars count as their visible escapes).
    public static func of(_ text: String) -> Int {
        if let count = TerminalText.printableASCIICount(text) { return count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    // MARK: - Rules

    /// The width of a cluster that is not printable ASCII.
    @usableFromInline
    static func slowWidth(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if character.utf8.count <= 4, scalars.count == 1, let width = commonWidth(first.value) { return width }
        if scalars.contains(where: TerminalText.isUnsafe) {
            return TerminalText.visible(String(character)).count
        }
        if isEmojiCluster(first: first, scalars: scalars) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(first.value) { return 0 }  // Hangul medial vowels and finals alone
        return isWide(first) ? 2 : 1
    }

    /// The width of a lone scalar from the blocks text is mostly made of, without property lookups; nil for
    /// the rest.
    @usableFromInline
    static func commonWidth(_ value: UInt32) -> Int? {
        switch value {
        case 0xA0...0x2FF, 0x370...0x482, 0x48A...0x58F: return 1  // Latin-1, Latin extended, Greek, Cyrillic
        case 0x2010...0x2027, 0x2030...0x205E: return 1  // punctuation (not the zero-width or bidi controls)
        case 0x2190...0x21FF, 0x2500...0x25A0: return 1  // arrows, box drawing, block elements
        case 0x3041...0x3096, 0x30A1...0x30FA: return 2  // Hiragana, Katakana (not the combining marks)
        case 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60: return 2  // CJK ideographs, Hangul, fullwidth
        default: return nil
        }
    }

    /// Whether a terminal draws the cluster as a two-column emoji.
    static func isEmojiCluster(first: Unicode.Scalar, scalars: Character.UnicodeScalarView) -> Bool {
        if (0x1F1E6...0x1F1FF).contains(first.value) { return true }  // regional indicators (flags)
        let properties = first.properties
        guard properties.isEmoji else { return false }
        if scalars.contains(where: { $0.value == 0xFE0E }) { return false }  // text presentation asked for
        if properties.isEmojiPresentation { return true }
        return scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D })
    }

    /// Whether the scalar is East Asian Wide or Fullwidth.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound {
                high = mid - 1
            } else if v > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide and Fullwidth blocks (emoji are decided by their Unicode properties instead).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo leading consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1AFF0...0x1B2FF,  // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B to F
        0x30000...0x3FFFD,  // CJK extensions G and later
    ]
}
