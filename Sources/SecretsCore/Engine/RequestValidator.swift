import Foundation

/// Collects the service model's constraint failures of one request and reports them as the service does:
/// `N validation error(s) detected: Value at 'member' failed to satisfy constraint: …; …`.
///
/// Members are named in the service's lowerCamel form (`secretString`, `tags.1.member.key`). Sensitive and
/// free-text members are reported without their value; numbers and enum members with it.
public struct RequestValidator: Sendable {
    /// The failures found so far, in the order checked.
    public private(set) var failures: [String] = []

    /// Creates an empty validator.
    public init() {}

    // MARK: - Checks

    /// Checks a string's length (UTF-16 code units, as the service counts) against optional bounds.
    public mutating func length(_ value: String?, _ member: String, min: Int? = nil, max: Int? = nil) {
        guard let value else { return }
        bounds(value.utf16.count, member, min: min, max: max)
    }

    /// Checks a count (of bytes or list elements) against optional bounds.
    public mutating func bounds(_ count: Int, _ member: String, min: Int? = nil, max: Int? = nil) {
        if let min, count < min {
            failures.append("Value at '\(member)' failed to satisfy constraint: Member must have length greater than or equal to \(min)")
        } else if let max, count > max {
            failures.append("Value at '\(member)' failed to satisfy constraint: Member must have length less than or equal to \(max)")
        }
    }

    /// Checks a number's range; the value appears in the message.
    public mutating func range(_ value: Int?, _ member: String, min: Int, max: Int) {
        guard let value else { return }
        if value < min {
            failures.append("Value '\(value)' at '\(member)' failed to satisfy constraint: Member must have value greater than or equal to \(min)")
        } else if value > max {
            failures.append("Value '\(value)' at '\(member)' failed to satisfy constraint: Member must have value less than or equal to \(max)")
        }
    }

    /// Checks that a value is one of an enumeration; the value appears in the message.
    public mutating func oneOf(_ value: String?, _ member: String, _ allowed: [String]) {
        guard let value, !allowed.contains(value) else { return }
        failures.append("Value '\(value)' at '\(member)' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]")
    }

    /// Records a pattern failure; the value appears in the message.
    public mutating func pattern(_ value: String, _ member: String, pattern: String, matches: Bool) {
        guard !matches else { return }
        failures.append("Value '\(value)' at '\(member)' failed to satisfy constraint: Member must satisfy regular expression pattern: \(pattern)")
    }

    // MARK: - Common members

    /// Checks a `SecretId` (1–2048).
    public mutating func secretId(_ value: String?, _ member: String = "secretId") {
        length(value, member, min: 1, max: 2048)
    }

    /// Checks a `ClientRequestToken` or version id (32–64).
    public mutating func versionId(_ value: String?, _ member: String) {
        length(value, member, min: 32, max: 64)
    }

    /// Checks `SecretString` / `SecretBinary`: at least 1, at most 65,536 bytes (UTF-8 bytes; decoded binary).
    public mutating func secretValue(string: String?, binary: Data?) {
        if let string { bounds(string.utf8.count, "secretString", min: 1, max: SecretsLimits.maxValueBytes) }
        if let binary { bounds(binary.count, "secretBinary", min: 1, max: SecretsLimits.maxValueBytes) }
    }

    /// Checks a `VersionStages` list: 1–20 labels, each 1–256.
    public mutating func versionStages(_ stages: [String]?, _ member: String = "versionStages") {
        guard let stages else { return }
        bounds(stages.count, member, min: 1, max: SecretsLimits.maxStagesPerRequest)
        for (index, stage) in stages.enumerated() {
            length(stage, "\(member).\(index + 1).member", min: 1, max: 256)
        }
    }

    /// Checks a tag list's keys (1–128) and values (0–256).
    public mutating func tags(_ tags: [Tag]?, _ member: String = "tags") {
        guard let tags else { return }
        for (index, tag) in tags.enumerated() {
            length(tag.key, "\(member).\(index + 1).member.key", min: 1, max: 128)
            length(tag.value, "\(member).\(index + 1).member.value", max: 256)
        }
    }

    /// Checks a `NextToken` (1–4096).
    public mutating func nextToken(_ value: String?) {
        length(value, "nextToken", min: 1, max: 4096)
    }

    // MARK: - Result

    /// Throws the collected failures as one `ValidationException`; does nothing when there are none.
    public func check() throws {
        guard !failures.isEmpty else { return }
        let count = failures.count
        let head = count == 1 ? "1 validation error detected: " : "\(count) validation errors detected: "
        throw ServiceError(code: ServiceError.Code.validation, message: head + failures.joined(separator: "; "))
    }
}

/// The service's limits that the engine enforces.
public enum SecretsLimits {
    /// The largest value, in bytes (UTF-8 of a string, decoded binary).
    public static let maxValueBytes = 65_536
    /// Labels per VersionStages request.
    public static let maxStagesPerRequest = 20
    /// Distinct staging labels across the versions of one secret.
    public static let maxLabelsPerSecret = 20
    /// Versions a secret keeps before unlabelled ones older than a day are removed.
    public static let maxVersions = 100
    /// How old an unlabelled version must be before retention may remove it.
    public static let versionRetentionAge: TimeInterval = 24 * 60 * 60
    /// Tags per secret.
    public static let maxTags = 50
    /// The default recovery window of DeleteSecret, in days.
    public static let defaultRecoveryWindowDays = 30
}

// MARK: - Name syntax

/// The secret-name syntax: `A-Z a-z 0-9 / _ + = . @ -`.
public enum SecretName {
    /// Whether every character is in the documented name charset (an empty name passes; length is checked apart).
    public static func isValid(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "/", "_", "+", "=", ".", "@", "-": return true
            default: return false
            }
        }
    }

    /// Whether the name ends with `-` and six more characters, the shape of an ARN suffix.
    public static func endsLikeSuffix(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        return scalars.count >= 7 && scalars[scalars.count - 7] == "-"
    }
}
