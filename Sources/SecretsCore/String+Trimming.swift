/// Trimming without Foundation's character sets, whose first use costs a short-lived command a noticeable part of
/// its run.
extension StringProtocol {
    /// The text without leading and trailing white space (Unicode `White_Space`, line breaks included).
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
