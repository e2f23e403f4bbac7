/// One value of a shared config file: a plain string, or a nested sub-section (`s3 =` followed by indented lines).
public enum ConfigValue: Sendable, Hashable {
    /// A plain value.
    case string(String)
    /// An indented block of `key = value` lines under an empty-valued key.
    case nested([String: String])
}

/// The keys and values of one section (`[default]`, `[profile x]`, `[sso-session x]`, `[services x]`).
public struct ConfigSection: Sendable, Hashable {
    /// Values by key; keys are lower case, as botocore's parser leaves them.
    public var values: [String: ConfigValue]

    /// Creates a section from its values.
    public init(_ values: [String: ConfigValue] = [:]) {
        self.values = values
    }

    /// The plain value of a key, or nil when absent or nested.
    public subscript(_ key: String) -> String? {
        if case .string(let value) = values[key.lowercased()] { return value }
        return nil
    }

    /// The nested sub-section of a key, or nil when absent or plain.
    public func nested(_ key: String) -> [String: String]? {
        if case .nested(let value) = values[key.lowercased()] { return value }
        return nil
    }

    /// The plain values only, as a dictionary.
    public var strings: [String: String] {
        values.compactMapValues { if case .string(let value) = $0 { value } else { nil } }
    }

    /// Whether the key is present (plain or nested).
    public func contains(_ key: String) -> Bool {
        values[key.lowercased()] != nil
    }
}
