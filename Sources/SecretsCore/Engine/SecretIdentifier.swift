/// How a `SecretId` addresses a secret, after parsing against a store's partition, region and account.
///
/// AWS accepts three forms: a full ARN (must equal the secret's ARN, suffix included), a partial ARN (the
/// full ARN without `-XXXXXX`; a last segment that ends with `-` plus six characters is always taken as a
/// full ARN) and a name. Non-ARN ids must satisfy the name syntax, checked before existence.
public enum SecretIdentifier: Sendable, Hashable {
    /// A name, looked up exactly.
    case name(String)
    /// A full ARN, matched exactly against secrets' ARNs.
    case fullARN(String)
    /// A partial ARN: the name inside it is looked up.
    case partialARN(name: String)
    /// An ARN that can never match this store (another service, partition, region or account).
    case foreign

    /// Parses an id against a store context.
    ///
    /// - Throws: `ServiceError.invalidName` when a non-ARN id breaks the name syntax.
    public static func parse(_ id: String, context: StoreContext) throws -> SecretIdentifier {
        guard id.hasPrefix("arn:") else {
            guard SecretName.isValid(id) else { throw ServiceError.invalidName }
            return .name(id)
        }
        let parts = id.split(separator: ":", maxSplits: 6, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 7, parts[1] == context.partition, parts[2] == "secretsmanager",
            parts[3] == context.region, parts[4] == context.accountId, parts[5] == "secret", !parts[6].isEmpty
        else { return .foreign }
        let name = parts[6]
        return SecretName.endsLikeSuffix(name) ? .fullARN(id) : .partialARN(name: name)
    }

    /// The record this identifier addresses in a store, if any.
    public func lookUp(in store: some SecretStore) throws -> SecretRecord? {
        switch self {
        case .name(let name), .partialARN(let name): return try store.record(named: name)
        case .fullARN(let arn): return try store.record(arn: arn)
        case .foreign: return nil
        }
    }
}
