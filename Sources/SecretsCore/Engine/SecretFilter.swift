/// ListSecrets / BatchGetSecretValue filter matching, as the service does it.
///
/// Filters are ANDed (several with the same key too); the values of one filter are ORed; a value starting
/// with `!` matches when some attribute does not match the rest. `name`, `tag-key`, `tag-value`,
/// `primary-region` and `owning-service` match by case-sensitive prefix; `description` and `all` match by
/// word prefix, case-insensitively (see `words(of:)`). `all` searches the name, the description, tag keys
/// and tag values. A secret without the attribute (no description, no tags) never matches, negated or not.
public struct SecretFilter: Sendable {
    /// The filter keys of the service model, in its order.
    public static let keys = ["description", "name", "tag-key", "tag-value", "primary-region", "owning-service", "all"]

    /// The filter value pattern of the service model.
    public static let valuePattern = #"^\!?[a-zA-Z0-9 :_@\/\+\=\.\-\!]*$"#

    /// One filter value, prepared for matching.
    struct Pattern: Sendable {
        var negated: Bool
        var text: String
        /// Lower-cased words, for word matching.
        var words: [String]
    }

    /// One filter, prepared.
    struct Clause: Sendable {
        var key: String
        var byWords: Bool
        var patterns: [Pattern]
    }

    let clauses: [Clause]

    /// Prepares filters once for matching many records. A filter without a key or values never matches.
    public init(_ filters: [Filter]) {
        clauses = filters.map { filter in
            let key = filter.key ?? ""
            let byWords = key == "description" || key == "all"
            let patterns = (filter.values ?? []).map { value in
                let negated = value.hasPrefix("!")
                let text = negated ? String(value.dropFirst()) : value
                return Pattern(negated: negated, text: text, words: byWords ? Self.searchWords(of: text) : [])
            }
            return Clause(key: filter.key == nil || filter.values == nil ? "" : key, byWords: byWords, patterns: patterns)
        }
    }

    /// Whether a record passes every filter.
    public func matches(_ record: SecretRecord) -> Bool {
        clauses.allSatisfy { Self.matches(record, clause: $0) }
    }

    /// Whether a record passes every filter (prepares the filters on each call).
    public static func matches(_ record: SecretRecord, filters: [Filter]) -> Bool {
        SecretFilter(filters).matches(record)
    }

    // MARK: - Matching

    /// The attributes a key searches.
    static func attributes(of record: SecretRecord, key: String) -> [String] {
        let tags = record.tags ?? []
        let description = record.description.map { $0.isEmpty ? [] : [$0] } ?? []
        switch key {
        case "name": return [record.name]
        case "tag-key": return tags.map(\.key)
        case "tag-value": return tags.map(\.value)
        case "description": return description
        case "all": return [record.name] + description + tags.map(\.key) + tags.map(\.value)
        default: return []
        }
    }

    static func matches(_ record: SecretRecord, clause: Clause) -> Bool {
        let attributes = attributes(of: record, key: clause.key)
        guard !attributes.isEmpty else { return false }
        if clause.byWords {
            let attributeWords = attributes.map(searchWords)
            return clause.patterns.contains { pattern in
                let hit: ([String]) -> Bool = { words in
                    !pattern.words.isEmpty && pattern.words.allSatisfy { word in words.contains { $0.hasPrefix(word) } }
                }
                return pattern.negated ? attributeWords.contains { !hit($0) } : attributeWords.contains(where: hit)
            }
        }
        return clause.patterns.contains { pattern in
            pattern.negated
                ? attributes.contains { !$0.hasPrefix(pattern.text) } : attributes.contains { $0.hasPrefix(pattern.text) }
        }
    }

    /// Whether one attribute matches one (non-negated) pattern.
    public static func matchesPattern(_ pattern: String, _ attribute: String, byWords: Bool) -> Bool {
        guard byWords else { return attribute.hasPrefix(pattern) }
        let patternWords = searchWords(of: pattern)
        guard !patternWords.isEmpty else { return false }
        let attributeWords = searchWords(of: attribute)
        return patternWords.allSatisfy { word in attributeWords.contains { $0.hasPrefix(word) } }
    }

    // MARK: - Words

    /// The lower-cased words of a text, as searched.
    static func searchWords(of text: String) -> [String] {
        words(of: text).map { $0.lowercased() }
    }

    /// Splits a string into the words the service searches: each whitespace-separated token on its own.
    ///
    /// A token that is a lone separator (`/ - _ + = . @`) has no words. A token with exactly one kind of
    /// separator is split on it; one with several kinds is one word. Each part is then split into
    /// camel-case words: a word starts at a character that is not a lower-case letter and is followed by
    /// lower-case letters (`[^a-z][a-z]+`); the runs between are words too. Whitespace is ASCII whitespace.
    public static func words(of text: String) -> [String] {
        var result: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || isWhitespace(bytes[index]) {
                if index > start { tokenWords(bytes, start..<index, into: &result) }
                start = index + 1
            }
        }
        return result
    }

    /// The separators, as a bit per kind.
    private static func separatorBit(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "/"): return 1
        case UInt8(ascii: "-"): return 2
        case UInt8(ascii: "_"): return 4
        case UInt8(ascii: "+"): return 8
        case UInt8(ascii: "="): return 16
        case UInt8(ascii: "."): return 32
        case UInt8(ascii: "@"): return 64
        default: return 0
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 9 && byte <= 13) }

    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Splits one token (no whitespace) into words.
    private static func tokenWords(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, into result: inout [String]) {
        var kinds: UInt8 = 0
        for index in token { kinds |= separatorBit(bytes[index]) }
        if kinds == 0 { return camelWords(bytes, token, into: &result) }
        if token.count == 1 { return }
        if kinds.nonzeroBitCount > 1 { return result.append(string(bytes, token)) }
        var start = token.lowerBound
        for index in token.lowerBound...token.upperBound
        where index == token.upperBound || separatorBit(bytes[index]) != 0 {
            if index > start { camelWords(bytes, start..<index, into: &result) }
            start = index + 1
        }
    }

    /// Splits on `[^a-z][a-z]+`, keeping both the matches and the runs between them. A multi-byte character
    /// before lower-case letters starts the word as a whole.
    private static func camelWords(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>, into result: inout [String]) {
        var pending = part.lowerBound
        var index = part.lowerBound
        while index < part.upperBound {
            if !isLower(bytes[index]), index + 1 < part.upperBound, isLower(bytes[index + 1]) {
                var begin = index
                while begin > pending, bytes[begin] & 0xC0 == 0x80 { begin -= 1 }
                var end = index + 1
                while end < part.upperBound, isLower(bytes[end]) { end += 1 }
                if begin > pending { result.append(string(bytes, pending..<begin)) }
                result.append(string(bytes, begin..<end))
                index = end
                pending = end
            } else {
                index += 1
            }
        }
        if part.upperBound > pending { result.append(string(bytes, pending..<part.upperBound)) }
    }
}
