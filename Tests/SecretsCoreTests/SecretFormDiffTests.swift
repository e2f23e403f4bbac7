import Foundation
import SecretsCore
import Testing

/// A diff entry in short form: kind, key, old key, old value, new value.
struct DiffLine: Equatable, CustomStringConvertible {
    var kind: SecretFormDiff.Kind
    var key: String
    var oldKey: String?
    var old: String?
    var new: String?

    init(_ kind: SecretFormDiff.Kind, _ key: String, from oldKey: String? = nil, _ old: String?, _ new: String?) {
        self.kind = kind
        self.key = key
        self.oldKey = oldKey ?? (kind == .added ? nil : key)
        self.old = old
        self.new = new
    }

    init(_ entry: SecretFormDiff.Entry) {
        kind = entry.kind
        key = entry.key
        oldKey = entry.oldKey
        old = entry.oldValue
        new = entry.newValue
    }

    var description: String { "\(kind) \(key) \(oldKey ?? "-") \(old ?? "-") \(new ?? "-")" }
}

@Suite struct SecretFormDiffTests {
    static let original = #"{"a": "1", "b": 2, "c": true, "d": {"x": 1}}"#

    static let cases: [([FormOp], [DiffLine])] = [
        (
            [],
            [DiffLine(.unchanged, "a", "1", "1"), DiffLine(.unchanged, "b", "2", "2"), DiffLine(.unchanged, "c", "true", "true"),
             DiffLine(.unchanged, "d", #"{"x": 1}"#, #"{"x": 1}"#)]
        ),
        (
            [.set(0, "one"), .delete(1), .rename(2, "e"), .add("n", .null, "", at: 0)],
            [DiffLine(.added, "n", nil, "null"), DiffLine(.changed, "a", "1", "one"), DiffLine(.removed, "b", "2", nil),
             DiffLine(.unchanged, "c", "true", "true"), DiffLine(.renamed, "e", from: "d", #"{"x": 1}"#, #"{"x": 1}"#)]
        ),
        (
            [.delete(3), .delete(0)],
            [DiffLine(.removed, "a", "1", nil), DiffLine(.unchanged, "b", "2", "2"), DiffLine(.unchanged, "c", "true", "true"),
             DiffLine(.removed, "d", #"{"x": 1}"#, nil)]
        ),
        (
            [.type(1, .string)],
            [DiffLine(.unchanged, "a", "1", "1"), DiffLine(.changed, "b", "2", "2"), DiffLine(.unchanged, "c", "true", "true"),
             DiffLine(.unchanged, "d", #"{"x": 1}"#, #"{"x": 1}"#)]
        ),
        (
            [.delete(0), .add("a", .string, "1", at: nil)],
            [DiffLine(.removed, "a", "1", nil), DiffLine(.unchanged, "b", "2", "2"), DiffLine(.unchanged, "c", "true", "true"),
             DiffLine(.unchanged, "d", #"{"x": 1}"#, #"{"x": 1}"#), DiffLine(.added, "a", nil, "1")]
        ),
        (
            [.raw, .setRaw(#"{"b": 3, "z": "new", "a": "1"}"#)],
            [DiffLine(.changed, "b", "2", "3"), DiffLine(.added, "z", nil, "new"), DiffLine(.unchanged, "a", "1", "1"),
             DiffLine(.removed, "c", "true", nil), DiffLine(.removed, "d", #"{"x": 1}"#, nil)]
        ),
        (
            [.raw, .setRaw(#"{"a": "1", "b": 2}"#), .fields, .rename(1, "bb")],
            [DiffLine(.unchanged, "a", "1", "1"), DiffLine(.renamed, "bb", from: "b", "2", "2"), DiffLine(.removed, "c", "true", nil),
             DiffLine(.removed, "d", #"{"x": 1}"#, nil)]
        ),
    ]

    @Test(arguments: cases)
    func followsTheRowsInDisplayOrder(ops: [FormOp], expected: [DiffLine]) throws {
        var form = SecretForm(.string(Self.original))
        for op in ops { try op.apply(to: &form) }
        let diff = form.diff()
        #expect(diff.wholeValue == nil)
        #expect(diff.entries.map(DiffLine.init) == expected)
        #expect(diff.hasChanges == expected.contains { $0.kind != .unchanged })
        #expect(diff.changes.allSatisfy { $0.kind != .unchanged })
    }

    @Test func aRenameThatAlsoChangesTheValueSaysSo() throws {
        var form = SecretForm(.string(Self.original))
        try form.renameKey(at: 1, to: "bee")
        try form.setValue(at: 1, to: "3")
        let entry = form.diff().entries[1]
        #expect(entry.kind == .renamed)
        #expect(entry.valueChanged)
        #expect(entry.oldType == .number && entry.newType == .number)
        #expect(form.diff().entries[0].valueChanged == false)
    }

    @Test func aValueChangeThatOnlyDiffersInNormalisationIsAChange() throws {
        var form = SecretForm(.string(#"{"k": "e\u0301"}"#))
        try form.setValue(at: 0, to: "\u{E9}")
        #expect(form.diff().entries.map(\.kind) == [.changed])
        #expect(form.isChanged)
    }

    static let whole: [(SecretValue, SecretValue, SecretFormDiff.WholeValue)] = [
        (.string("plain"), .string("plain!"), .init(old: "plain", new: "plain!", changed: true)),
        (.string("plain"), .string("plain"), .init(old: "plain", new: "plain", changed: false)),
        (.string("[1]"), .string(#"{"a":1}"#), .init(old: "[1]", new: #"{"a":1}"#, changed: true)),
        (.string(#"{"a":1}"#), .string("x"), .init(old: #"{"a":1}"#, new: "x", changed: true)),
        (.binary(Data([1])), .binary(Data([2])), .init(old: "AQ==", new: "Ag==", changed: true)),
    ]

    @Test(arguments: whole)
    func valuesThatAreNotBothObjectsDiffAsAWhole(old: SecretValue, new: SecretValue, expected: SecretFormDiff.WholeValue) {
        let diff = SecretFormDiff(from: old, to: new)
        #expect(diff.entries.isEmpty)
        #expect(diff.wholeValue == expected)
        #expect(diff.hasChanges == expected.changed)
    }

    @Test func aRawFormDiffsItsTextAsAWhole() throws {
        var form = SecretForm(.string("line one"))
        try form.setRawText("line two")
        #expect(form.diff().wholeValue == .init(old: "line one", new: "line two", changed: true))
        var binary = SecretForm(.binary(Data([1])))
        try binary.setRawText("%%")
        #expect(binary.diff().wholeValue == .init(old: "AQ==", new: "%%", changed: true))
    }

    @Test func diffingTwoObjectsMatchesRepeatedKeysInOrder() {
        let diff = SecretFormDiff(from: .string(#"{"a":1,"a":2}"#), to: .string(#"{"a":1,"a":3}"#))
        #expect(diff.entries.map(\.kind) == [.unchanged, .changed])
        #expect(diff.entries.map(\.newValue) == ["1", "3"])
    }
}
