import Foundation
import SecretsCore
import Testing

@Suite("Text helpers: trimming and UTF-8 bytes")
struct TextBytesTests {
    @Test("trimming removes Unicode white space and line breaks at both ends only", arguments: [
        ("  a b  ", "a b"),
        ("\t\n x\u{00A0}y \r\n", "x\u{00A0}y"),
        ("\u{2003}\u{3000}名前\u{2029}", "名前"),
        ("no-space", "no-space"),
        (" \n\t ", ""),
        ("", ""),
    ])
    func trimming(text: String, expected: String) {
        #expect(text.trimmingWhitespace == expected)
        let padded = "[" + text + "]"
        let inner = padded.dropFirst().dropLast()
        #expect(inner.trimmingWhitespace == expected)
    }

    @Test("UTF-8 bytes of a string, empty and non-ASCII included", arguments: ["", "plain", "é€😀\u{0}", "a\nb"])
    func utf8Bytes(text: String) {
        #expect(Data(utf8Of: text) == Data(Array(text.utf8)))
        #expect(String(decoding: Data(utf8Of: text), as: UTF8.self) == text)
    }
}
