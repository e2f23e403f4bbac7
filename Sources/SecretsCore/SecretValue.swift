import Foundation

/// A secret's value: exactly one of a UTF-8 string or raw bytes, as the service stores them.
public enum SecretValue: Sendable, Hashable {
    /// A `SecretString` value.
    case string(String)
    /// A `SecretBinary` value (raw bytes; base64 only on the wire).
    case binary(Data)

    /// The size the service limits: UTF-8 bytes of a string, decoded bytes of a binary.
    public var byteCount: Int {
        switch self {
        case .string(let text): return text.utf8.count
        case .binary(let data): return data.count
        }
    }

    /// Builds a value from the two optional wire members; `nil` when neither is set.
    /// Callers validate "not both" before calling (see `SecretsValidation`).
    public init?(string: String?, binary: Data?) {
        if let string { self = .string(string) } else if let binary { self = .binary(binary) } else { return nil }
    }

    /// The `SecretString` member, when this is a string value.
    public var secretString: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The `SecretBinary` member, when this is a binary value.
    public var secretBinary: Data? {
        if case .binary(let data) = self { return data }
        return nil
    }
}
