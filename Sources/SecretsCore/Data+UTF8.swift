import Foundation

extension Data {
    /// The UTF-8 bytes of `text`, copied straight from the string's storage. `Data(text.utf8)` goes through the
    /// generic sequence initialiser, which asks the runtime whether the view is `ContiguousBytes`: a search of the
    /// conformance tables on first use, which a short-lived command pays on its path.
    public init(utf8Of text: String) {
        var text = text
        self = text.withUTF8 { Data(buffer: $0) }
    }
}
