import Foundation

/// The changes between a secret's original value and an edited one, for a review pane.
///
/// When both values are JSON objects the diff is per key, in display order: the edited keys in their order,
/// with each removed key placed where it stood in the original. Otherwise (raw text, a JSON non-object,
/// binary) it is one whole-value change. The diff carries keys, types and the values' editable text, nothing
/// rendered, so a pane can mask values as it likes.
public struct SecretFormDiff: Sendable, Equatable {
    /// What happened to a key.
    public enum Kind: Sendable, Equatable {
        /// A new key.
        case added
        /// A key that is gone.
        case removed
        /// Same key, different value or type.
        case changed
        /// A new name for an original key (the value may have changed too: see `Entry.valueChanged`).
        case renamed
        /// Same key, same value.
        case unchanged
    }

    /// One key's change.
    public struct Entry: Sendable, Equatable {
        /// What happened.
        public var kind: Kind
        /// The key now (for a removed key, the key it had).
        public var key: String
        /// The key in the original value; `nil` for an added key.
        public var oldKey: String?
        /// The original value's type; `nil` for an added key.
        public var oldType: SecretFormValueType?
        /// The new value's type; `nil` for a removed key.
        public var newType: SecretFormValueType?
        /// The original value's editable text; `nil` for an added key.
        public var oldValue: String?
        /// The new value's editable text; `nil` for a removed key.
        public var newValue: String?

        /// Whether the value or its type differs (always true for added and removed keys).
        public var valueChanged: Bool {
            guard let oldValue, let newValue else { return true }
            return oldType != newType || !oldValue.utf8.elementsEqual(newValue.utf8)
        }
    }

    /// A change of the whole value, when the two sides are not both JSON objects.
    public struct WholeValue: Sendable, Equatable {
        /// The original value: its text, or base64 for binary.
        public var old: String
        /// The new value: its text, or base64 for binary.
        public var new: String
        /// Whether the two differ byte for byte.
        public var changed: Bool

        /// Creates a whole-value change.
        public init(old: String, new: String, changed: Bool) {
            self.old = old
            self.new = new
            self.changed = changed
        }
    }

    /// The per-key changes in display order (empty when `wholeValue` is set).
    public var entries: [Entry]
    /// The whole-value change, when the values are not both JSON objects.
    public var wholeValue: WholeValue?

    /// Whether anything changed.
    public var hasChanges: Bool {
        if let wholeValue { return wholeValue.changed }
        return entries.contains { $0.kind != .unchanged }
    }

    /// Only the entries that are changes (the review pane's usual view).
    public var changes: [Entry] { entries.filter { $0.kind != .unchanged } }
}

// MARK: - Building

extension SecretFormDiff {
    /// Diffs two values, matching keys by name (the first unmatched original member of the same name).
    public init(from original: SecretValue, to edited: SecretValue) {
        guard let old = Self.objectDocument(original), let new = Self.objectDocument(edited) else {
            self.init(whole: original, edited)
            return
        }
        let oldRows = SecretForm.rows(of: old, matching: old)
        let newRows = SecretForm.rows(of: new, matching: old)
        self.init(original: oldRows, edited: newRows)
    }

    /// Per-key diff between the original rows and edited rows whose `originalIndex` points into them.
    init(original: [SecretFormRow], edited: [SecretFormRow]) {
        var entries: [Entry] = []
        let matched = Set(edited.compactMap(\.originalIndex))
        var nextRemoved = 0
        func emitRemoved(before limit: Int) {
            while nextRemoved < min(limit, original.count) {
                if !matched.contains(nextRemoved) {
                    let row = original[nextRemoved]
                    entries.append(
                        Entry(
                            kind: .removed, key: row.key, oldKey: row.key, oldType: row.type, newType: nil,
                            oldValue: row.text, newValue: nil))
                }
                nextRemoved += 1
            }
        }
        for row in edited {
            guard let index = row.originalIndex else {
                entries.append(
                    Entry(
                        kind: .added, key: row.key, oldKey: nil, oldType: nil, newType: row.type, oldValue: nil,
                        newValue: row.text))
                continue
            }
            emitRemoved(before: index)
            let before = original[index]
            var entry = Entry(
                kind: .unchanged, key: row.key, oldKey: before.key, oldType: before.type, newType: row.type,
                oldValue: before.text, newValue: row.text)
            if !before.key.utf8.elementsEqual(row.key.utf8) {
                entry.kind = .renamed
            } else if entry.valueChanged {
                entry.kind = .changed
            }
            entries.append(entry)
        }
        emitRemoved(before: original.count)
        self.entries = entries
        self.wholeValue = nil
    }

    /// A whole-value diff.
    init(whole original: SecretValue, _ edited: SecretValue) {
        entries = []
        wholeValue = WholeValue(
            old: Self.displayText(original), new: Self.displayText(edited),
            changed: !SecretForm.sameBytes(original, edited))
    }

    static func objectDocument(_ value: SecretValue) -> JSONDocument? {
        guard case .string(let text) = value, let document = try? JSONDocument(parsing: text), document.isObject else {
            return nil
        }
        return document
    }

    static func displayText(_ value: SecretValue) -> String {
        switch value {
        case .string(let text): return text
        case .binary(let data): return data.base64EncodedString()
        }
    }
}

// MARK: - From a form

extension SecretForm {
    /// The changes from the original value to the form's current value.
    ///
    /// In fields mode over a JSON object the diff follows the rows, so a renamed key shows as renamed; in raw
    /// mode keys are matched by name; when either side is not a JSON object the diff is one whole-value change
    /// (an undecodable base64 buffer shows as its text).
    public func diff() -> SecretFormDiff {
        if mode == .fields, let originalDocument {
            return SecretFormDiff(original: SecretForm.rows(of: originalDocument, matching: originalDocument), edited: rows)
        }
        guard let edited = try? value() else {
            return SecretFormDiff.rawBase64(original: original, text: rawText)
        }
        return SecretFormDiff(from: original, to: edited)
    }
}

extension SecretFormDiff {
    static func rawBase64(original: SecretValue, text: String) -> SecretFormDiff {
        var diff = SecretFormDiff(whole: original, original)
        diff.wholeValue?.new = text
        diff.wholeValue?.changed = true
        return diff
    }
}
