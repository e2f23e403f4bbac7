import Foundation

/// What the editor edits: a secret value as key/value rows, or as raw text.
///
/// A JSON object string opens as rows, one per top-level key in document order. Anything else (text that is
/// not JSON, JSON that is not an object, a binary value) opens in raw mode: a text buffer, base64 for binary.
/// `value()` builds the new value by editing the original `JSONDocument`, so members no row changed keep
/// their bytes, and an unchanged form gives back exactly the original string.
public struct SecretForm: Sendable, Equatable {
    /// How the value is being edited.
    public enum Mode: Sendable, Equatable {
        /// One row a top-level key.
        case fields
        /// A text buffer.
        case raw
    }

    /// How the raw text maps to the value.
    public enum RawEncoding: Sendable, Equatable {
        /// The text is the secret string.
        case text
        /// The text is the base64 of a binary secret.
        case base64
    }

    /// The value the form was opened with.
    public let original: SecretValue
    /// The original value's document, when it is a JSON object string.
    let originalDocument: JSONDocument?
    /// The document the rows' origins point into: the original one, or the raw text's after a switch back.
    var base: JSONDocument?
    /// The rows of `base`, as they were read from it.
    var baseRows: [SecretFormRow]
    /// The rows being edited (meaningful in fields mode).
    public private(set) var rows: [SecretFormRow]
    /// The current mode.
    public private(set) var mode: Mode
    /// The raw text (meaningful in raw mode).
    public private(set) var rawText: String
    /// How the raw text maps to the value: text, or base64 for a binary value.
    public let rawEncoding: RawEncoding
    /// The rows and raw text as they were when raw mode was entered, to come back to them unchanged.
    var rawEntry: (rows: [SecretFormRow], text: String)?

    /// Opens a value for editing.
    public init(_ value: SecretValue) {
        original = value
        switch value {
        case .string(let text):
            rawEncoding = .text
            if let document = try? JSONDocument(parsing: text), document.isObject {
                originalDocument = document
                base = document
                baseRows = Self.rows(of: document, matching: document)
                rows = baseRows
                mode = .fields
                rawText = ""
            } else {
                originalDocument = nil
                base = nil
                baseRows = []
                rows = []
                mode = .raw
                rawText = text
            }
        case .binary(let data):
            rawEncoding = .base64
            originalDocument = nil
            base = nil
            baseRows = []
            rows = []
            mode = .raw
            rawText = data.base64EncodedString()
        }
    }

    /// Two forms are equal when they hold the same original, mode, rows and raw text.
    public static func == (lhs: SecretForm, rhs: SecretForm) -> Bool {
        lhs.original == rhs.original && lhs.mode == rhs.mode && lhs.rows == rhs.rows && lhs.rawText == rhs.rawText
            && lhs.base == rhs.base
    }

    /// The rows of a document's members; `originalIndex` matches each key to an unused member of `original`.
    static func rows(of document: JSONDocument, matching original: JSONDocument?) -> [SecretFormRow] {
        var unused = Array((original?.members ?? []).enumerated())
        return document.members.enumerated().map { index, member in
            var originalIndex: Int?
            if let match = unused.firstIndex(where: { $0.element.key.utf8.elementsEqual(member.key.utf8) }) {
                originalIndex = unused[match].offset
                unused.remove(at: match)
            }
            return SecretFormRow(
                key: member.key, type: SecretFormValueType(of: member.value),
                text: SecretFormValueType.editableText(of: member), origin: index, originalIndex: originalIndex)
        }
    }
}

// MARK: - Rows

extension SecretForm {
    /// Adds a key with a value of the given type; at `index` (0...rows.count), at the end by default.
    ///
    /// Empty text gives the type's empty value: `""`, `0`, `false`, `null`, `{}` or `[]`.
    public mutating func addKey(
        _ key: String, type: SecretFormValueType = .string, text: String = "", at index: Int? = nil
    ) throws(SecretFormError) {
        try requireFields()
        try checkKey(key, excluding: nil)
        let position = index ?? rows.count
        guard position >= 0, position <= rows.count else { throw .noSuchRow(position) }
        let valueText = text.isEmpty ? try SecretFormValueType.null.convert("null", to: type) : try type.validate(text)
        rows.insert(SecretFormRow(key: key, type: type, text: valueText), at: position)
    }

    /// Deletes the row at `index`.
    public mutating func deleteKey(at index: Int) throws(SecretFormError) {
        try requireFields()
        try checkRow(index)
        rows.remove(at: index)
    }

    /// Renames the key at `index`; empty names and names another row has are refused.
    public mutating func renameKey(at index: Int, to key: String) throws(SecretFormError) {
        try requireFields()
        try checkRow(index)
        try checkKey(key, excluding: index)
        rows[index].key = key
    }

    /// Sets the value text of the row at `index`, validated for the row's type.
    public mutating func setValue(at index: Int, to text: String) throws(SecretFormError) {
        try requireFields()
        try checkRow(index)
        rows[index].text = try rows[index].type.validate(text)
    }

    /// Changes the type of the row at `index`, converting its value (see `SecretFormValueType.convert`).
    public mutating func changeType(at index: Int, to type: SecretFormValueType) throws(SecretFormError) {
        try requireFields()
        try checkRow(index)
        let row = rows[index]
        rows[index].text = try row.type.convert(row.text, to: type)
        rows[index].type = type
    }

    private func requireFields() throws(SecretFormError) {
        guard mode == .fields else { throw .notInFieldMode }
    }

    private func checkRow(_ index: Int) throws(SecretFormError) {
        guard rows.indices.contains(index) else { throw .noSuchRow(index) }
    }

    private func checkKey(_ key: String, excluding index: Int?) throws(SecretFormError) {
        guard !key.isEmpty else { throw .emptyKey }
        for (i, row) in rows.enumerated() where i != index && row.key.utf8.elementsEqual(key.utf8) {
            throw .duplicateKey(key)
        }
    }
}

// MARK: - Raw mode

extension SecretForm {
    /// Switches to raw mode; the buffer holds the value as it stands (fields mode's edits included).
    public mutating func switchToRaw() {
        guard mode == .fields else { return }
        let text = fieldsText()
        rawEntry = (rows, text)
        rawText = text
        mode = .raw
    }

    /// Replaces the raw text.
    public mutating func setRawText(_ text: String) throws(SecretFormError) {
        guard mode == .raw else { throw .notInRawMode }
        rawText = text
    }

    /// Switches back to key/value rows; only when the raw text is a JSON object (a binary value stays raw).
    public mutating func switchToFields() throws(SecretFormError) {
        guard mode == .raw else { return }
        guard rawEncoding == .text else { throw .binaryValue }
        if let entry = rawEntry, entry.text.utf8.elementsEqual(rawText.utf8) {
            rows = entry.rows
            mode = .fields
            return
        }
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: rawText)
        } catch {
            throw .rawTextNotAnObject(error)
        }
        guard document.isObject else { throw .rawTextNotAnObject(nil) }
        base = document
        baseRows = Self.rows(of: document, matching: originalDocument)
        rows = baseRows
        rawEntry = nil
        mode = .fields
    }
}

// MARK: - Result

extension SecretForm {
    /// The edited value: the original document with the rows' edits applied, or the raw text.
    ///
    /// Members whose row is unchanged keep their bytes; an unchanged form returns exactly `original`.
    /// Throws only for raw base64 text that does not decode.
    public func value() throws(SecretFormError) -> SecretValue {
        switch (mode, rawEncoding) {
        case (.fields, _):
            return Self.keepingOriginal(.string(fieldsText()), original)
        case (.raw, .text):
            return Self.keepingOriginal(.string(rawText), original)
        case (.raw, .base64):
            let compact = rawText.filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: compact) else { throw .invalidBase64 }
            return .binary(data)
        }
    }

    /// Whether the value differs from the original (byte for byte); an undecodable base64 buffer counts as changed.
    public var isChanged: Bool {
        guard let value = try? value() else { return true }
        return !Self.sameBytes(value, original)
    }

    /// The text of the fields mode's value: the base document with the rows' edits applied.
    func fieldsText() -> String {
        guard var document = base else { return "{}" }
        let kept = Set(rows.compactMap(\.origin))
        for index in (0..<document.memberCount).reversed() where !kept.contains(index) {
            try? document.removeMember(at: index)
        }
        for (position, row) in rows.enumerated() {
            if let origin = row.origin {
                let before = baseRows[origin]
                if !before.key.utf8.elementsEqual(row.key.utf8) {
                    try? document.renameMember(at: position, to: row.key)
                }
                if before.type != row.type || !before.text.utf8.elementsEqual(row.text.utf8) {
                    try? document.setValue(row.type.memberValue(row.text), at: position)
                }
            } else {
                try? document.insertMember(key: row.key, value: row.type.memberValue(row.text), at: position)
            }
        }
        return document.text
    }

    static func keepingOriginal(_ value: SecretValue, _ original: SecretValue) -> SecretValue {
        sameBytes(value, original) ? original : value
    }

    static func sameBytes(_ a: SecretValue, _ b: SecretValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.binary(let x), .binary(let y)): return x == y
        default: return false
        }
    }
}
