import Foundation
import SecretsCore

/// One row of the value pane: a JSON key and its value, the whole plain text, or a binary rendering.
public struct ValueRow: Equatable, Sendable {
    /// What identifies the row for reveal (`key:NAME`, `text`, `base64`, `hex`).
    public var id: String
    /// The left column (a key, `text`, `base64`, `hex`).
    public var label: String
    /// The type shown beside it (`string`, `number`, …).
    public var type: String
    /// The text shown when revealed, and what `y` copies.
    public var text: String

    /// A row.
    public init(id: String, label: String, type: String, text: String) {
        self.id = id
        self.label = label
        self.type = type
        self.text = text
    }

    /// The rows of a value: a JSON object's members in order, otherwise one text row, or base64 and hex rows.
    public static func rows(of response: GetSecretValueResponse) -> [ValueRow] {
        if let string = response.secretString {
            if case .object(let members)? = try? JSONValue.parse(string) {
                return members.map { member in
                    ValueRow(
                        id: "key:" + member.key, label: member.key, type: typeName(member.value),
                        text: member.value.stringValue ?? member.value.compactText())
                }
            }
            return [ValueRow(id: "text", label: "text", type: "string", text: string)]
        }
        let data = response.secretBinary ?? Data()
        return [
            ValueRow(id: "base64", label: "base64", type: "binary", text: data.base64EncodedString()),
            ValueRow(id: "hex", label: "hex", type: "binary", text: data.map { hexByte($0) }.joined(separator: " ")),
        ]
    }

    /// The type name of a JSON value.
    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null"
        case .object: "object"
        case .array: "array"
        }
    }

    /// Two lower-case hex digits.
    static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
