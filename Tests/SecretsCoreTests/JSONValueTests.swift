import Foundation
import SecretsCore
import Testing

@Suite struct JSONValueTests {
    @Test(arguments: [
        #"{"b":1,"a":[true,false,null],"c":"x\u00e9\n"}"#,
        #"[1.50,-0,2e10,"\ud83d\ude00"]"#,
    ])
    func roundTripsCompactly(text: String) throws {
        let value = try JSONValue.parse(text)
        let again = try JSONValue.parse(value.compactText())
        #expect(value == again)
    }

    @Test func keepsMemberOrderAndNumberText() throws {
        let value = try JSONValue.parse(#"{"z": 1.50, "a": 2}"#)
        #expect(value.compactText() == #"{"z":1.50,"a":2}"#)
    }

    @Test(arguments: [
        ("{\"a\":}", 1, 6),
        ("[1,\n 2,,]", 2, 4),
        ("\"abc", 1, 1),
    ])
    func reportsPosition(text: String, line: Int, column: Int) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
        do {
            _ = try JSONValue.parse(text)
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test func terminalSafeEscapesControls() throws {
        let value = JSONValue.string("a\u{1B}]52;c;x\u{07}\u{9B}\u{202E}b")
        let text = value.compactText(escaping: .terminalSafe)
        #expect(text == #""a\u001b]52;c;x\u0007\u009b\u202eb""#)
        #expect(try JSONValue.parse(text) == value)
    }
}
