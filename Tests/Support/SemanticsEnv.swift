import Foundation
import SecretsCore

/// The state of one case run: the name prefix, the ARNs captured from CreateSecret, the last NextToken.
///
/// Placeholders, replaced in requests, expected messages and checks:
/// `${x}` the secret name `prefix + x`; `${}` the prefix alone; `${arn:x}` the ARN captured when `${x}` was
/// created; `${parn:x}` that ARN without its `-XXXXXX` suffix; `${parn@region:x}` / `${parn@account:x}` the
/// partial ARN with another region / account; `${arn@suffix:x}` the ARN with another suffix; `${next}` the
/// last NextToken returned.
public final class SemanticsEnv: @unchecked Sendable {
    /// The prefix of every secret name of this run.
    public let prefix: String
    private let lock = NSLock()
    private var arns: [String: String] = [:]
    private var lastNextToken: String?

    /// Creates an environment with a name prefix (unique per run when the backend is shared).
    public init(prefix: String) {
        self.prefix = prefix
    }

    /// Records the ARN of a created secret under its logical name.
    public func capture(logicalName: String, arn: String) {
        lock.lock()
        arns[logicalName] = arn
        lock.unlock()
    }

    /// Records the NextToken of a listing.
    public func capture(nextToken: String?) {
        lock.lock()
        lastNextToken = nextToken
        lock.unlock()
    }

    /// The ARN captured for a logical name.
    public func arn(_ logicalName: String) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        guard let arn = arns[logicalName] else { throw PlaceholderError(text: "no ARN captured for \(logicalName)") }
        return arn
    }

    /// Replaces every placeholder in a text.
    public func expand(_ text: String) throws -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                throw PlaceholderError(text: "unterminated placeholder in \(text)")
            }
            result += try value(of: String(rest[start.upperBound..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// The value of one placeholder body.
    private func value(of body: String) throws -> String {
        if body == "next" {
            lock.lock()
            defer { lock.unlock() }
            return lastNextToken ?? ""
        }
        guard let colon = body.firstIndex(of: ":") else { return prefix + body }
        let kind = body[..<colon]
        let name = String(body[body.index(after: colon)...])
        let full = try arn(name)
        let partial = String(full.dropLast(7))
        var fields = partial.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch kind {
        case "arn": return full
        case "parn": return partial
        case "parn@region":
            fields[3] = fields[3] == "eu-west-3" ? "eu-west-1" : "eu-west-3"
            return fields.joined(separator: ":")
        case "parn@account":
            fields[4] = fields[4] == "999999999999" ? "999999999998" : "999999999999"
            return fields.joined(separator: ":")
        case "arn@suffix":
            return partial + (full.hasSuffix("-zzzzzz") ? "-yyyyyy" : "-zzzzzz")
        default:
            throw PlaceholderError(text: "unknown placeholder ${\(body)}")
        }
    }

    /// Whether a name belongs to this run.
    public func owns(_ name: String) -> Bool { name.hasPrefix(prefix) }
}

/// A placeholder that cannot be expanded (a mistake in a case).
public struct PlaceholderError: Error, CustomStringConvertible {
    /// What went wrong.
    public var text: String
    /// The text.
    public var description: String { text }
}
