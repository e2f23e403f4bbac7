import Foundation
import SecretsCore
import Testing

/// The bytes of a value, so comparisons are byte for byte rather than by canonical equivalence.
private func bytes(_ value: SecretValue) -> [UInt8] {
    switch value {
    case .string(let text): return Array(text.utf8)
    case .binary(let data): return Array(data)
    }
}

/// A form operation, so tables can list them.
enum FormOp: Sendable, CustomStringConvertible {
    case add(String, SecretFormValueType, String, at: Int?)
    case delete(Int)
    case rename(Int, String)
    case set(Int, String)
    case type(Int, SecretFormValueType)
    case raw
    case setRaw(String)
    case fields

    func apply(to form: inout SecretForm) throws(SecretFormError) {
        switch self {
        case .add(let key, let type, let text, let index): try form.addKey(key, type: type, text: text, at: index)
        case .delete(let index): try form.deleteKey(at: index)
        case .rename(let index, let key): try form.renameKey(at: index, to: key)
        case .set(let index, let text): try form.setValue(at: index, to: text)
        case .type(let index, let type): try form.changeType(at: index, to: type)
        case .raw: form.switchToRaw()
        case .setRaw(let text): try form.setRawText(text)
        case .fields: try form.switchToFields()
        }
    }

    var description: String {
        switch self {
        case .add(let key, let type, _, let index): return "add \(key) \(type) at \(String(describing: index))"
        case .delete(let index): return "delete \(index)"
        case .rename(let index, let key): return "rename \(index) \(key)"
        case .set(let index, let text): return "set \(index) \(text)"
        case .type(let index, let type): return "type \(index) \(type)"
        case .raw: return "raw"
        case .setRaw(let text): return "raw text \(text)"
        case .fields: return "fields"
        }
    }
}

@Suite struct SecretFormTests {
    // MARK: - Opening

    @Test func aJSONObjectOpensAsTypedRowsInOrder() {
        let form = SecretForm(.string(#"{"s":"caf\u00e9","n":1.0e+2,"b":true,"z":null,"o":{"k" : [1]},"l":[1, 2],"s":""}"#))
        #expect(form.mode == .fields)
        #expect(form.rows.map(\.key) == ["s", "n", "b", "z", "o", "l", "s"])
        #expect(form.rows.map(\.type) == [.string, .number, .boolean, .null, .object, .array, .string])
        #expect(form.rows.map(\.text) == ["café", "1.0e+2", "true", "null", #"{"k" : [1]}"#, "[1, 2]", ""])
        #expect(!form.isChanged)
    }

    static let rawOpenings: [(SecretValue, String, SecretForm.RawEncoding)] = [
        (.string("plain text"), "plain text", .text),
        (.string("[1, 2]"), "[1, 2]", .text),
        (.string(#""a string""#), #""a string""#, .text),
        (.string("42"), "42", .text),
        (.string(#"{"a":"#), #"{"a":"#, .text),
        (.string(""), "", .text),
        (.binary(Data([0, 1, 2, 0xFF])), "AAEC/w==", .base64),
        (.binary(Data(#"{"a":1}"#.utf8)), "eyJhIjoxfQ==", .base64),
    ]

    @Test(arguments: rawOpenings)
    func anythingElseOpensRaw(value: SecretValue, text: String, encoding: SecretForm.RawEncoding) throws {
        let form = SecretForm(value)
        #expect(form.mode == .raw)
        #expect(form.rawText == text)
        #expect(form.rawEncoding == encoding)
        #expect(form.rows.isEmpty)
        #expect(bytes(try form.value()) == bytes(value))
        #expect(!form.isChanged)
    }

    // MARK: - Byte for byte

    static let tricky: [String] = [
        #"{"a":"caf\u00e9","b":"x\/y"}"#,
        "{\r\n\t\"a\": 1,\r\n\t\"b\" : [ 1 ,2 ]\r\n}\r\n",
        "{\n\t\"tab\":\t\"\\t\"\n}",
        #"{"n": 1.0e+2, "z": -0, "e": 1E-7}"#,
        #"{"deep": [[[[[[[[[[{"x": {"y": [{"z": null}]}}]]]]]]]]]]}"#,
        #"{"ключ": "значение", "🔑": "v", "e\u0301": "é"}"#,
        "{}",
        " { } ",
        "{\"a\":1}  \n\n",
        #"{"a":1,"a":2}"#,
    ]

    @Test(arguments: tricky)
    func anUnchangedFormReturnsTheOriginalString(text: String) throws {
        let form = SecretForm(.string(text))
        #expect(form.mode == .fields)
        #expect(bytes(try form.value()) == Array(text.utf8))
        #expect(!form.isChanged)
        #expect(!form.diff().hasChanges)
    }

    @Test(arguments: tricky)
    func editsThatUndoThemselvesLeaveNoTrace(text: String) throws {
        var form = SecretForm(.string(text))
        if !form.rows.isEmpty {
            let row = form.rows[0]
            if form.rows.filter({ $0.key == row.key }).count == 1 {
                try form.renameKey(at: 0, to: row.key + "-renamed")
                try form.renameKey(at: 0, to: row.key)
            }
            try form.setValue(at: 0, to: row.text)
            form.switchToRaw()
            try form.switchToFields()
        }
        try form.addKey("added-then-deleted")
        try form.deleteKey(at: form.rows.count - 1)
        #expect(bytes(try form.value()) == Array(text.utf8))
        #expect(!form.isChanged)
    }

    @Test func repeatedKeysStayAsTheyAreAndCannotBeRepeatedAgain() throws {
        var form = SecretForm(.string(#"{"a":1,"a":2}"#))
        #expect(form.rows.map(\.key) == ["a", "a"])
        #expect(throws: SecretFormError.duplicateKey("a")) { try form.addKey("a") }
        try form.setValue(at: 1, to: "3")
        try form.renameKey(at: 0, to: "b")
        #expect(try form.value() == .string(#"{"b":1,"a":3}"#))
        #expect(throws: SecretFormError.duplicateKey("a")) { try form.renameKey(at: 0, to: "a") }
    }

    // MARK: - Operations

    static let secret = "{\r\n\t\"user\": \"caf\\u00e9\",\r\n\t\"port\": 5432,\r\n\t\"tls\": true,\r\n\t\"opts\": {\"a\": [1, 2]},\r\n\t\"none\": null\r\n}\n"

    /// `secret` with the members given, in that order, each as `"key": value`.
    static func secret(_ members: [String]) -> String {
        "{\r\n\t" + members.joined(separator: ",\r\n\t") + "\r\n}\n"
    }

    static let user = #""user": "caf\u00e9""#
    static let port = #""port": 5432"#
    static let tls = #""tls": true"#
    static let opts = #""opts": {"a": [1, 2]}"#
    static let none = #""none": null"#

    static let operations: [([FormOp], String)] = [
        ([.set(1, "6543")], secret([user, #""port": 6543"#, tls, opts, none])),
        ([.set(1, " 5432 ")], secret),
        ([.set(0, "café")], secret),
        ([.set(0, "cafe")], secret([#""user": "cafe""#, port, tls, opts, none])),
        ([.set(0, "a\"b\\c\nd")], secret([#""user": "a\"b\\c\nd""#, port, tls, opts, none])),
        ([.set(2, "FALSE")], secret([user, port, #""tls": false"#, opts, none])),
        ([.set(3, "{\"a\":[1,2,3]}")], secret([user, port, tls, #""opts": {"a":[1,2,3]}"#, none])),
        ([.add("host", .string, "db.local", at: nil)], secret([user, port, tls, opts, none, #""host": "db.local""#])),
        ([.add("first", .number, "-0", at: 0)], secret([#""first": -0"#, user, port, tls, opts, none])),
        ([.add("mid", .null, "", at: 2)], secret([user, port, #""mid": null"#, tls, opts, none])),
        ([.add("arr", .array, " [ ] ", at: nil)], secret([user, port, tls, opts, none, #""arr": [ ]"#])),
        ([.delete(4)], secret([user, port, tls, opts])),
        ([.delete(0)], secret([port, tls, opts, none])),
        ([.delete(0), .delete(0), .delete(0), .delete(0), .delete(0)], "{\r\n}\n"),
        ([.rename(0, "имя")], secret([#""имя": "caf\u00e9""#, port, tls, opts, none])),
        ([.rename(1, "p"), .rename(1, "port")], secret),
        ([.type(1, .string)], secret([user, #""port": "5432""#, tls, opts, none])),
        ([.type(3, .string)], secret([user, port, tls, #""opts": "{\"a\": [1, 2]}""#, none])),
        ([.type(3, .string), .type(3, .object)], secret),
        ([.type(4, .array)], secret([user, port, tls, opts, #""none": []"#])),
        ([.type(0, .null)], secret([#""user": null"#, port, tls, opts, none])),
        ([.delete(1), .add("port", .number, "5432", at: nil)], secret([user, tls, opts, none, port])),
        (
            [.delete(2), .rename(0, "login"), .add("x", .boolean, "true", at: 1), .set(3, "{}"), .type(2, .string)],
            secret([#""login": "caf\u00e9""#, #""x": true"#, #""port": "5432""#, #""opts": {}"#, none])
        ),
        ([.raw, .fields], secret),
        ([.rename(0, "u"), .raw, .fields, .rename(0, "user")], secret),
        ([.raw, .setRaw(#"{"other": 1}"#), .fields, .add("b", .string, "x", at: nil)], #"{"other": 1, "b": "x"}"#),
        ([.raw, .setRaw("not json")], "not json"),
        ([.raw, .setRaw("[1]")], "[1]"),
        ([.set(1, "1"), .raw], secret([user, #""port": 1"#, tls, opts, none])),
    ]

    @Test(arguments: operations)
    func operationsEditOnlyWhatTheyTouch(ops: [FormOp], expected: String) throws {
        var form = SecretForm(.string(Self.secret))
        for op in ops { try op.apply(to: &form) }
        #expect(bytes(try form.value()) == Array(expected.utf8))
        #expect(form.isChanged == !expected.utf8.elementsEqual(Self.secret.utf8))
    }

    @Test(arguments: [
        (SecretFormValueType.string, #""""#), (.number, "0"), (.boolean, "false"), (.null, "null"), (.object, "{}"), (.array, "[]"),
    ])
    func anAddedKeyWithoutTextGetsTheTypesEmptyValue(type: SecretFormValueType, expected: String) throws {
        var form = SecretForm(.string("{}"))
        try form.addKey("k", type: type)
        #expect(form.rows.map(\.type) == [type])
        #expect(try form.value() == .string(#"{"k":"# + expected + "}"))
    }

    @Test(arguments: [secret, "{}", "{\n}", #"{"a":1,"a":2}"#, "  {\"x\" : [ ] }  "])
    func randomEditsAlwaysGiveJSONThatMatchesTheRows(start: String) throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let keys = ["a", "b", "é", "k\"q", "user", ""]
        let texts = ["x", "1", "-0", "1.0e+2", "true", "null", "{}", "[1, {\"z\": null}]", "caf\u{E9}", "{", " 7 "]
        let types = SecretFormValueType.allCases
        var form = SecretForm(.string(start))
        for _ in 0..<400 {
            let row = form.rows.isEmpty ? 0 : next(form.rows.count)
            switch next(6) {
            case 0: try? form.addKey(keys[next(keys.count)], type: types[next(types.count)], text: texts[next(texts.count)], at: next(form.rows.count + 1))
            case 1: try? form.deleteKey(at: row)
            case 2: try? form.renameKey(at: row, to: keys[next(keys.count)] + String(next(3)))
            case 3: try? form.setValue(at: row, to: texts[next(texts.count)])
            case 4: try? form.changeType(at: row, to: types[next(types.count)])
            default:
                form.switchToRaw()
                try form.switchToFields()
            }
            guard case .string(let text) = try form.value(), case .object(let members) = try JSONValue.parse(text) else {
                Issue.record("not a JSON object")
                return
            }
            #expect(members.map(\.key) == form.rows.map(\.key))
            for (member, row) in zip(members, form.rows) {
                let expected = row.type == .string ? JSONValue.string(row.text) : try JSONValue.parse(row.text)
                #expect(member.value == expected)
            }
        }
    }

    // MARK: - Refusals

    static let refusals: [([FormOp], SecretFormError)] = [
        ([.add("", .string, "x", at: nil)], .emptyKey),
        ([.add("user", .string, "x", at: nil)], .duplicateKey("user")),
        ([.add("k", .string, "x", at: 9)], .noSuchRow(9)),
        ([.rename(0, "")], .emptyKey),
        ([.rename(0, "port")], .duplicateKey("port")),
        ([.rename(7, "x")], .noSuchRow(7)),
        ([.delete(5)], .noSuchRow(5)),
        ([.set(-1, "x")], .noSuchRow(-1)),
        ([.set(1, "12abc")], .invalidValue(type: .number, reason: "'12abc' is not a JSON number (such as 42, -0.5 or 1.0e+2)")),
        ([.set(1, "")], .invalidValue(type: .number, reason: "'' is not a JSON number (such as 42, -0.5 or 1.0e+2)")),
        ([.set(2, "yes")], .invalidValue(type: .boolean, reason: "a boolean is true or false, not 'yes'")),
        ([.set(4, "0")], .invalidValue(type: .null, reason: "a null value has no text other than null")),
        (
            [.set(3, "{\n  \"a\": [1,\n}")],
            .invalidJSON(type: .object, JSONParseError(reason: "unexpected character, expected a value", offset: 13, line: 3, column: 1))
        ),
        ([.set(3, "[1]")], .wrongJSONKind(expected: .object, found: .array)),
        ([.add("a", .array, "{}", at: nil)], .wrongJSONKind(expected: .array, found: .object)),
        ([.type(1, .boolean)], .conversionRefused(from: .number, to: .boolean, reason: "a number has no boolean reading")),
        (
            [.type(0, .number)],
            .conversionRefused(from: .string, to: .number, reason: "'café' is not a JSON number (such as 42, -0.5 or 1.0e+2)")
        ),
        ([.type(3, .array)], .conversionRefused(from: .object, to: .array, reason: "an object has no array reading")),
        ([.raw, .rename(0, "x")], .notInFieldMode),
        ([.setRaw("x")], .notInRawMode),
        ([.raw, .setRaw("[1]"), .fields], .rawTextNotAnObject(nil)),
        (
            [.raw, .setRaw("{\"a\": }"), .fields],
            .rawTextNotAnObject(JSONParseError(reason: "unexpected character, expected a value", offset: 6, line: 1, column: 7))
        ),
    ]

    @Test(arguments: refusals)
    func refusalsSayWhyAndChangeNothing(ops: [FormOp], expected: SecretFormError) throws {
        var form = SecretForm(.string(Self.secret))
        for op in ops.dropLast() { try op.apply(to: &form) }
        let before = form
        #expect(throws: expected) { try ops.last!.apply(to: &form) }
        #expect(form == before)
        #expect(!expected.description.isEmpty)
    }

    // MARK: - Type conversions

    static let samples: [SecretFormValueType: String] = [
        .string: "hello", .number: "1.5", .boolean: "true", .null: "null", .object: #"{"a": 1}"#, .array: "[1]",
    ]

    /// Every pair: the converted text, or nil for a refusal.
    static let conversions: [(SecretFormValueType, SecretFormValueType, String?)] = [
        (.string, .string, "hello"), (.string, .number, nil), (.string, .boolean, nil),
        (.string, .null, "null"), (.string, .object, nil), (.string, .array, nil),
        (.number, .string, "1.5"), (.number, .number, "1.5"), (.number, .boolean, nil),
        (.number, .null, "null"), (.number, .object, nil), (.number, .array, nil),
        (.boolean, .string, "true"), (.boolean, .number, nil), (.boolean, .boolean, "true"),
        (.boolean, .null, "null"), (.boolean, .object, nil), (.boolean, .array, nil),
        (.null, .string, ""), (.null, .number, "0"), (.null, .boolean, "false"),
        (.null, .null, "null"), (.null, .object, "{}"), (.null, .array, "[]"),
        (.object, .string, #"{"a": 1}"#), (.object, .number, nil), (.object, .boolean, nil),
        (.object, .null, "null"), (.object, .object, #"{"a": 1}"#), (.object, .array, nil),
        (.array, .string, "[1]"), (.array, .number, nil), (.array, .boolean, nil),
        (.array, .null, "null"), (.array, .object, nil), (.array, .array, "[1]"),
    ]

    @Test(arguments: conversions)
    func everyTypePairConvertsOrRefuses(from: SecretFormValueType, to: SecretFormValueType, expected: String?) throws {
        let text = try #require(Self.samples[from])
        if let expected {
            #expect(try from.convert(text, to: to) == expected)
        } else {
            do {
                _ = try from.convert(text, to: to)
                Issue.record("converted \(from) to \(to)")
            } catch {
                guard case .conversionRefused(let f, let t, let reason) = error else {
                    Issue.record("unexpected \(error)")
                    return
                }
                #expect(f == from && t == to)
                #expect(!reason.isEmpty)
            }
        }
    }

    static let stringReadings: [(String, SecretFormValueType, String)] = [
        (" 42 ", .number, "42"),
        ("-0", .number, "-0"),
        ("1.0e+2", .number, "1.0e+2"),
        ("TRUE", .boolean, "true"),
        ("\tfalse\n", .boolean, "false"),
        (#" {"x": [1]} "#, .object, #"{"x": [1]}"#),
        ("[]", .array, "[]"),
    ]

    @Test(arguments: stringReadings)
    func aStringConvertsWhenItReadsAsTheType(text: String, to: SecretFormValueType, expected: String) throws {
        #expect(try SecretFormValueType.string.convert(text, to: to) == expected)
    }

    @Test func aStringThatIsNotJSONKeepsTheParsePositionInTheReason() {
        #expect(
            throws: SecretFormError.conversionRefused(
                from: .string, to: .object, reason: "not a JSON object: expected ':' after a member name at line 1, column 6")
        ) {
            try SecretFormValueType.string.convert(#"{"a" 1}"#, to: .object)
        }
    }

    // MARK: - Binary

    @Test func aBinaryValueIsEditedAsBase64() throws {
        var form = SecretForm(.binary(Data([1, 2, 3])))
        #expect(form.rawText == "AQID")
        try form.setRawText("BAUG\n")
        #expect(try form.value() == .binary(Data([4, 5, 6])))
        #expect(form.isChanged)
        #expect(throws: SecretFormError.binaryValue) { try form.switchToFields() }
        try form.setRawText("not base64!")
        #expect(throws: SecretFormError.invalidBase64) { try form.value() }
        #expect(form.isChanged)
    }
}
