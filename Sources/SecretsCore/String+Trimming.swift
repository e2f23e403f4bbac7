/// Trimming without Foundation's character sets, whose first use costs a short-lived command a noticeable part of
/// its run. Written for `Substring` rather than for any `StringProtocol`: generic code reaches the standard
/// library's unspecialised paths, which look up conformances at run time.
extension Substring {
    /// The text without leading and trailing white space (Unicode `White_Space`, line breaks included).
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The text without leading and trailing white space (Unicode `White_Space`, line breaks included).
    public var trimmingWhitespace: String { self[...].trimmingWhitespace }
}
