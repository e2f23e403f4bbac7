import Foundation

/// AWS credentials: an access key pair, an optional session token and, for temporary ones, an expiry.
public struct Credentials: Sendable, Hashable, CustomStringConvertible {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var sessionToken: String?
    public var expiration: Date?
    /// Which provider gave them (for `--debug` and error messages), e.g. `environment`, `profile dev`.
    public var source: String

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil, source: String) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.source = source
    }

    /// Never prints the secret parts.
    public var description: String { "Credentials(\(accessKeyId), from \(source))" }
}

/// Something that can produce credentials: one link of the chain, or the chain itself.
///
/// `credentials()` returns `nil` when this provider does not apply (its variables or profile keys are absent), and
/// throws when it applies but fails (a `credential_process` that exits non-zero, an expired SSO token).
public protocol CredentialsProvider: Sendable {
    /// A short name for messages, e.g. `environment`, `shared credentials file`.
    var name: String { get }
    func credentials() async throws -> Credentials?
}
