import Foundation
import SecretsCore
import Testing

/// The bytes of a string, so comparisons are byte for byte rather than by canonical equivalence.
private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// A deeply nested value, `depth` arrays and objects alternating.
private func nested(_ depth: Int) -> String {
    var text = #""core""#
    for level in 0..<depth {
        text = level.isMultiple(of: 2) ? "[ \(text) ]" : "{\"k\(level)\" :\t\(text)}"
    }
    return text
}

@Suite struct JSONDocumentTests {
    // MARK: - Round trip

    static let roundTrips: [String] = [
        #"{"a":"caf\u00e9","b":"x\/y","c":"\"q\"\\\b\f\n\r\t"}"#,
        "{\r\n\t\"a\": 1,\r\n\t\"b\" : [ 1 ,2 ]\r\n}\r\n",
        #"{"n": 1.0e+2, "z": -0, "e": 1E-7, "big": 123456789012345678901234567890.000}"#,
        "{\"deep\": \(nested(120))}",
        #"{"ключ": "значение", "🔑": "v", "e\u0301": "decomposed"}"#,
        "{}",
        "{ }",
        "  {\n}\n",
        "{\"a\":1}  \n\n\t",
        "[1, 2 ,3]",
        #""just a string""#,
        " 42 ",
        "null",
        #"{"a":1,"a":2}"#,
        #"{"emoji":"\ud83d\ude00","lone":"\u00E9"}"#,
    ]

    @Test(arguments: roundTrips)
    func unchangedDocumentIsByteForByte(text: String) throws {
        let document = try JSONDocument(parsing: text)
        #expect(bytes(document.text) == bytes(text))
    }

    @Test(arguments: roundTrips)
    func convertsToTheSameValueAsThePlainParser(text: String) throws {
        let document = try JSONDocument(parsing: text)
        #expect(document.jsonValue == (try JSONValue.parse(text)))
    }

    @Test func randomlyLaidOutDocumentsRoundTrip() throws {
        var state: UInt64 = 0xDEAD_BEEF_CAFE_F00D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let spaces = ["", " ", "\t", "\n", "\r\n", "  \n    "]
        let scalars = [
            #""""#, #""a\u00e9\/\"\\""#, #""\ud83d\ude00""#, #""é""#, "0", "-0", "1.0e+2", "12.50", "-3E-2", "true", "false", "null",
        ]
        func ws() -> String { spaces[next(spaces.count)] }
        func value(_ depth: Int) -> String {
            switch depth > 3 ? 0 : next(4) {
            case 1: return "[" + ws() + (0..<next(4)).map { _ in value(depth + 1) + ws() }.joined(separator: "," + ws()) + "]"
            case 2:
                let members = (0..<next(4)).map { i in scalars[next(3)].dropLast() + "\(i)\"" + ws() + ":" + ws() + value(depth + 1) + ws() }
                return "{" + ws() + members.joined(separator: "," + ws()) + "}"
            default: return scalars[next(scalars.count)]
            }
        }
        for _ in 0..<300 {
            let text = ws() + "{" + ws() + #""k""# + ws() + ":" + ws() + value(0) + ws() + "}" + ws()
            let document = try JSONDocument(parsing: text)
            #expect(bytes(document.text) == bytes(text))
            #expect(document.jsonValue == (try JSONValue.parse(text)))
            var edited = document
            try edited.appendMember(key: "new", value: .json(value(1)))
            try edited.setValue(.string("v"), at: 0)
            #expect(edited.members.map(\.key) == ["k", "new"])
            #expect((try? JSONValue.parse(edited.text)) != nil)
        }
    }

    // MARK: - Reading

    @Test func listsMembersInOrderWithTheirSourceText() throws {
        let document = try JSONDocument(parsing: #"{"z": 1.50, "a": {"x" : [1]}, "s": "caf\u00e9", "z": true}"#)
        #expect(document.members.map(\.key) == ["z", "a", "s", "z"])
        #expect(document.members.map(\.valueText) == ["1.50", #"{"x" : [1]}"#, #""caf\u00e9""#, "true"])
        #expect(document.members[2].value == .string("café"))
        #expect(document.index(forKey: "z") == 3)
        #expect(document["z"] == .bool(true))
        #expect(document["missing"] == nil)
        #expect(document.memberCount == 4)
    }

    @Test func aNonObjectRootHasNoMembers() throws {
        let document = try JSONDocument(parsing: "[1]")
        #expect(!document.isObject)
        #expect(document.members.isEmpty)
        #expect(document.index(forKey: "a") == nil)
    }

    // MARK: - Parse errors

    @Test(arguments: ["{\"a\":}", "[1,\n 2,,]", "\"abc", "{\"a\":1} x", "{\"a\" 1}", "", "{\"a\":01}"])
    func reportsTheSameErrorsAsThePlainParser(text: String) {
        var documentError: JSONParseError?
        var valueError: JSONParseError?
        do { _ = try JSONDocument(parsing: text) } catch { documentError = error }
        do { _ = try JSONValue.parse(text) } catch { valueError = error }
        #expect(documentError != nil)
        #expect(documentError == valueError)
    }

    @Test func errorHasLineAndColumn() {
        #expect(throws: JSONParseError(reason: "expected ',' or '}'", offset: 11, line: 3, column: 3)) {
            try JSONDocument(parsing: "{\n\"a\": 1\n  \"b\": 2}")
        }
    }

    // MARK: - Edits

    enum Edit: Sendable, CustomStringConvertible {
        case set(Int, JSONDocument.MemberValue)
        case setKey(String, JSONDocument.MemberValue)
        case rename(Int, String)
        case insert(String, JSONDocument.MemberValue, at: Int)
        case insertAfter(String, JSONDocument.MemberValue, after: Int)
        case append(String, JSONDocument.MemberValue)
        case remove(Int)

        func apply(to document: inout JSONDocument) throws(JSONDocumentError) {
            switch self {
            case .set(let index, let value): try document.setValue(value, at: index)
            case .setKey(let key, let value): try document.setValue(value, forKey: key)
            case .rename(let index, let key): try document.renameMember(at: index, to: key)
            case .insert(let key, let value, let index): try document.insertMember(key: key, value: value, at: index)
            case .insertAfter(let key, let value, let index): try document.insertMember(key: key, value: value, after: index)
            case .append(let key, let value): try document.appendMember(key: key, value: value)
            case .remove(let index): try document.removeMember(at: index)
            }
        }

        var description: String {
            switch self {
            case .set(let index, let value): return "set \(index) \(value)"
            case .setKey(let key, let value): return "set \(key) \(value)"
            case .rename(let index, let key): return "rename \(index) \(key)"
            case .insert(let key, _, let index): return "insert \(key) at \(index)"
            case .insertAfter(let key, _, let index): return "insert \(key) after \(index)"
            case .append(let key, _): return "append \(key)"
            case .remove(let index): return "remove \(index)"
            }
        }
    }

    static let pretty = "{\n  \"a\": \"x\",\n  \"b\": 2\n}"

    static let edits: [(String, [Edit], String)] = [
        // Values
        (pretty, [.set(1, .number("1.0e+2"))], "{\n  \"a\": \"x\",\n  \"b\": 1.0e+2\n}"),
        (pretty, [.set(0, .number("-0"))], "{\n  \"a\": -0,\n  \"b\": 2\n}"),
        (#"{"a":"caf\u00e9","b":"x\/y","c":1}"#, [.set(2, .bool(true))], #"{"a":"caf\u00e9","b":"x\/y","c":true}"#),
        (#"{"a":"caf\u00e9","b":"x\/y","c":1}"#, [.set(0, .string("café"))], #"{"a":"café","b":"x\/y","c":1}"#),
        (#"{"a" :  1}"#, [.set(0, .string("line\nq\"\t\u{1}"))], #"{"a" :  "line\nq\"\t\u0001"}"#),
        (#"{"a": 1}"#, [.set(0, .null)], #"{"a": null}"#),
        (#"{"a": 1}"#, [.set(0, .json(" [1, {\"x\": 2}] \n"))], #"{"a": [1, {"x": 2}]}"#),
        (#"{"a": 1, "b": {"c": [1, 2]}}"#, [.set(0, .json("{}"))], #"{"a": {}, "b": {"c": [1, 2]}}"#),
        ("{\"a\":1,\"a\":2}", [.setKey("a", .number("3"))], "{\"a\":1,\"a\":3}"),
        ("{\"a\":1}", [.setKey("b", .number("3"))], "{\"a\":1,\"b\":3}"),
        // Renames
        (#"{ "a" : 1 , "b":2 }"#, [.rename(0, "é")], #"{ "é" : 1 , "b":2 }"#),
        (#"{"a\u0041":1}"#, [.rename(0, "q\"")], #"{"q\"":1}"#),
        // Appends copy the previous sibling's layout and keep the closing white space.
        (pretty, [.append("c", .null)], "{\n  \"a\": \"x\",\n  \"b\": 2,\n  \"c\": null\n}"),
        ("{\r\n\t\"a\": 1\r\n}\r\n", [.append("c", .string("v"))], "{\r\n\t\"a\": 1,\r\n\t\"c\": \"v\"\r\n}\r\n"),
        (#"{"a": 1 , "b": 2 }"#, [.append("c", .number("3"))], #"{"a": 1 , "b": 2 , "c": 3 }"#),
        ("{\"a\":1}\n", [.append("b", .number("2"))], "{\"a\":1,\"b\":2}\n"),
        ("{}", [.append("k", .string("v"))], #"{"k":"v"}"#),
        ("{\n}", [.append("k", .string("v"))], "{\n  \"k\": \"v\"\n}"),
        ("{\n    }", [.append("k", .bool(false))], "{\n      \"k\": false\n    }"),
        // Inserts
        (pretty, [.insert("z", .number("0"), at: 0)], "{\n  \"z\": 0,\n  \"a\": \"x\",\n  \"b\": 2\n}"),
        (#"{"a": 1, "b": 2}"#, [.insert("z", .number("0"), at: 0)], #"{"z": 0, "a": 1, "b": 2}"#),
        (#"{"a": 1, "b": 2, "c": 3}"#, [.insertAfter("x", .null, after: 0)], #"{"a": 1, "x": null, "b": 2, "c": 3}"#),
        (#"{"a": 1, "b": 2}"#, [.insertAfter("x", .null, after: 1)], #"{"a": 1, "b": 2, "x": null}"#),
        // Removals keep the opening layout and the closing white space.
        (pretty, [.remove(1)], "{\n  \"a\": \"x\"\n}"),
        (pretty, [.remove(0)], "{\n  \"b\": 2\n}"),
        (#"{"a": 1, "b": 2}"#, [.remove(0)], #"{"b": 2}"#),
        (#"{"a": 1, "b": 2, "c": 3}"#, [.remove(1)], #"{"a": 1, "c": 3}"#),
        (#"{"a": 1 , "b": 2}"#, [.remove(1)], #"{"a": 1}"#),
        ("{\"a\":1}", [.remove(0)], "{}"),
        ("{\n  \"a\": 1\n}", [.remove(0)], "{\n}"),
        ("{\"a\":1,\"a\":2}", [.remove(0)], "{\"a\":2}"),
        // Several edits, untouched members byte for byte.
        (
            "{\r\n\t\"u\": \"\\u00e9\\/\",\r\n\t\"n\": 1.0e+2,\r\n\t\"d\": {\"x\":[1,{\"y\":null}]},\r\n\t\"gone\": -0\r\n}  ",
            [.remove(3), .rename(0, "ü"), .append("new", .string("v")), .set(1, .bool(false))],
            "{\r\n\t\"ü\": \"\\u00e9\\/\",\r\n\t\"n\": false,\r\n\t\"d\": {\"x\":[1,{\"y\":null}]},\r\n\t\"new\": \"v\"\r\n}  "
        ),
    ]

    @Test(arguments: edits)
    func editsKeepEveryOtherByte(input: String, edits: [Edit], expected: String) throws {
        var document = try JSONDocument(parsing: input)
        for edit in edits { try edit.apply(to: &document) }
        #expect(bytes(document.text) == bytes(expected))
        #expect(document.jsonValue == (try JSONValue.parse(expected)))
        #expect(bytes(try JSONDocument(parsing: document.text).text) == bytes(expected))
    }

    @Test func buildsAnObjectFromEmptyUpAndDownAgain() throws {
        var document = try JSONDocument(parsing: "{}")
        for i in 0..<5 { try document.appendMember(key: "k\(i)", value: .number("\(i)")) }
        #expect(document.text == #"{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4}"#)
        for _ in 0..<5 { try document.removeMember(at: document.memberCount / 2) }
        #expect(document.text == "{}")
    }

    // MARK: - Refusals

    static let refusals: [(String, Edit, JSONDocumentError)] = [
        ("[1]", .set(0, .null), .notAnObject),
        ("\"s\"", .append("a", .null), .notAnObject),
        ("[1]", .setKey("a", .null), .notAnObject),
        ("{\"a\":1}", .set(1, .null), .memberOutOfRange(1)),
        ("{\"a\":1}", .remove(-1), .memberOutOfRange(-1)),
        ("{\"a\":1}", .rename(2, "x"), .memberOutOfRange(2)),
        ("{\"a\":1}", .insert("b", .null, at: 2), .memberOutOfRange(2)),
        ("{\"a\":1}", .insertAfter("b", .null, after: 1), .memberOutOfRange(1)),
        ("{\"a\":1}", .set(0, .number("01")), .invalidNumber("01")),
        ("{\"a\":1}", .set(0, .number(" 1")), .invalidNumber(" 1")),
        ("{\"a\":1}", .set(0, .number("1.")), .invalidNumber("1.")),
        ("{\"a\":1}", .set(0, .number("\"1\"")), .invalidNumber("\"1\"")),
        (
            "{\"a\":1}", .set(0, .json("{\n  \"x\": tru\n}")),
            .invalidJSON(JSONParseError(reason: "invalid literal, expected 'true'", offset: 9, line: 2, column: 8))
        ),
    ]

    @Test(arguments: refusals)
    func refusesBadEditsAndLeavesTheDocumentAlone(input: String, edit: Edit, expected: JSONDocumentError) throws {
        var document = try JSONDocument(parsing: input)
        #expect(throws: expected) { try edit.apply(to: &document) }
        #expect(bytes(document.text) == bytes(input))
    }

    @Test func aMaximumSizeSecretRoundTripsAndEdits() throws {
        var text = "{\n"
        var index = 0
        while text.utf8.count < 65_000 {
            text += "  \"key\(index)\": \"caf\\u00e9 \(index)\",\n  \"n\(index)\": \(index).50e-1,\n"
            index += 1
        }
        text += "  \"last\": [1, {\"x\": null}]\n}\n"
        var document = try JSONDocument(parsing: text)
        #expect(bytes(document.text) == bytes(text))
        try document.setValue(.string("new"), at: 0)
        let edited = document.text
        #expect(bytes(edited) == bytes(text.replacingOccurrences(of: "\"key0\": \"caf\\u00e9 0\"", with: "\"key0\": \"new\"")))
        #expect(document.memberCount == 2 * index + 1)
    }

    @Test func equalityIsByteEquality() throws {
        #expect(try JSONDocument(parsing: "{\"a\":1}") == JSONDocument(parsing: "{\"a\":1}"))
        #expect(try JSONDocument(parsing: "{\"a\":1}") != JSONDocument(parsing: "{\"a\": 1}"))
        #expect(try JSONDocument(parsing: "\"\u{E9}\"") != JSONDocument(parsing: "\"e\u{301}\""))
    }
}
