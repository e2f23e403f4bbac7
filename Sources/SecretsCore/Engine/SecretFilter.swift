import Foundation

/// ListSecrets / BatchGetSecretValue filter matching, as the service does it.
///
/// Filters are ANDed (several with the same key too); the values of one filter are ORed; a value starting
/// with `!` matches when some attribute does not match the rest. `name`, `tag-key`, `tag-value`,
/// `primary-region` and `owning-service` match by case-sensitive prefix; `description` and `all` match by
/// word prefix, case-insensitively (see `words(of:)`). `all` searches the name, the description, tag keys
/// and tag values.
public enum SecretFilter {
    /// The filter keys of the service model, in its order.
    public static let keys = ["description", "name", "tag-key", "tag-value", "primary-region", "owning-service", "all"]

    /// The filter value pattern of the service model.
    public static let valuePattern = #"^\!?[a-zA-Z0-9 :_@\/\+\=\.\-\!]*$"#

    /// Whether a record passes every filter.
    public static func matches(_ record: SecretRecord, filters: [Filter]) -> Bool {
        filters.allSatisfy { filter in
            guard let key = filter.key, let values = filter.values else { return false }
            return matches(record, key: key, values: values)
        }
    }

    /// Whether a record passes one filter (any of its values).
    public static func matches(_ record: SecretRecord, key: String, values: [String]) -> Bool {
        let tags = record.tags ?? []
        let attributes: [String]
        let byWords: Bool
        switch key {
        case "name": (attributes, byWords) = ([record.name], false)
        case "tag-key": (attributes, byWords) = (tags.map(\.key), false)
        case "tag-value": (attributes, byWords) = (tags.map(\.value), false)
        case "description": (attributes, byWords) = ([record.description].compactMap { $0 }.filter { !$0.isEmpty }, true)
        case "all":
            let description = [record.description].compactMap { $0 }.filter { !$0.isEmpty }
            (attributes, byWords) = ([record.name] + description + tags.map(\.key) + tags.map(\.value), true)
        default: (attributes, byWords) = ([], false)
        }
        return values.contains { value in
            if value.hasPrefix("!") {
                let pattern = String(value.dropFirst())
                return attributes.contains { !matchesPattern(pattern, $0, byWords: byWords) }
            }
            return attributes.contains { matchesPattern(value, $0, byWords: byWords) }
        }
    }

    /// Whether one attribute matches one (non-negated) pattern.
    public static func matchesPattern(_ pattern: String, _ attribute: String, byWords: Bool) -> Bool {
        guard byWords else { return attribute.hasPrefix(pattern) }
        let patternWords = words(of: pattern).map { $0.lowercased() }
        guard !patternWords.isEmpty else { return false }
        let attributeWords = words(of: attribute).map { $0.lowercased() }
        return patternWords.allSatisfy { word in attributeWords.contains { $0.hasPrefix(word) } }
    }

    /// Splits a string into the words the service searches: each whitespace-separated token on its own.
    public static func words(of text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).flatMap { tokenWords(String($0)) }
    }

    /// Splits one token (no whitespace) into words.
    ///
    /// A token that is a lone separator (`/ - _ + = . @`) has no words. A string with exactly one kind
    /// of separator is split on it; one with several kinds is one word. Each part is then split into
    /// camel-case words: a word starts at a character that is not a lower-case letter and is followed by
    /// lower-case letters (`[^a-z][a-z]+`); the runs between are words too.
    static func tokenWords(_ text: String) -> [String] {
        let separators: [Character] = ["/", "-", "_", "+", "=", ".", "@"]
        if text.count == 1, let only = text.first, separators.contains(only) { return [] }
        let present = separators.filter { text.contains($0) }
        if present.count > 1 { return [text] }
        let parts = present.first.map { separator in text.split(separator: separator).map(String.init) } ?? [text]
        return parts.flatMap(camelWords)
    }

    /// Splits on `[^a-z][a-z]+` keeping both the matches and the text between, trimmed, non-empty.
    private static func camelWords(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        func isLower(_ s: Unicode.Scalar) -> Bool { s.value >= 0x61 && s.value <= 0x7A }
        var pieces: [String] = []
        var pending = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if !isLower(scalars[i]), i + 1 < scalars.count, isLower(scalars[i + 1]) {
                var j = i + 1
                while j < scalars.count, isLower(scalars[j]) { j += 1 }
                pieces.append(String(pending))
                pending = String.UnicodeScalarView()
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[i..<j])
                pieces.append(String(word))
                i = j
            } else {
                pending.append(scalars[i])
                i += 1
            }
        }
        pieces.append(String(pending))
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
