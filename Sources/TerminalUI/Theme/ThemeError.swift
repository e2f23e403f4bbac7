/// A theme file that could not be read: which file, where in it, and what is wrong.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, when known.
    public var file: String?
    /// The key path inside the file (`roles.selection.fg`); empty for the whole file.
    public var keyPath: String
    /// What is wrong.
    public var message: String

    /// An error at `keyPath` of `file`.
    public init(file: String? = nil, keyPath: String, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.message = message
    }

    /// `file: key.path: message`.
    public var description: String {
        [file, keyPath.isEmpty ? nil : keyPath, message].compactMap { $0 }.joined(separator: ": ")
    }
}
