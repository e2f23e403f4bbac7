extension SecretFormValueType {
    /// Converts a value's text from this type to `target`, or refuses with the reason.
    ///
    /// The rules:
    /// - to the same type: unchanged;
    /// - anything to `string`: the text as shown (a number's digits, `true`/`false`, nested JSON text);
    ///   `null` becomes the empty string;
    /// - `string` to `number`, `boolean`, `object` or `array`: when the text reads as one (trimmed; booleans in
    ///   any letter case; nested JSON must parse as that kind), refused otherwise;
    /// - anything to `null`: `null` (the value is dropped);
    /// - `null` to `number`, `boolean`, `object` or `array`: that type's empty value (`0`, `false`, `{}`, `[]`);
    /// - every other pair (number and boolean between each other or to a nested value, a nested value to a
    ///   number, a boolean or the other nested kind) is refused: there is no reading that keeps the value.
    public func convert(_ text: String, to target: SecretFormValueType) throws(SecretFormError) -> String {
        if target == self { return text }
        switch (self, target) {
        case (_, .string):
            return self == .null ? "" : text
        case (_, .null):
            return "null"
        case (.null, .number): return "0"
        case (.null, .boolean): return "false"
        case (.null, .object): return "{}"
        case (.null, .array): return "[]"
        case (.string, _):
            do {
                return try target.validate(text)
            } catch {
                throw .conversionRefused(from: self, to: target, reason: error.description)
            }
        default:
            throw .conversionRefused(from: self, to: target, reason: "\(self.article) has no \(target.rawValue) reading")
        }
    }

    /// "a number", "an object", ...
    var article: String {
        switch self {
        case .object, .array: return "an \(rawValue)"
        case .null: return "null"
        default: return "a \(rawValue)"
        }
    }
}
