/// The service operations secretty speaks, named as the service names them.
public enum SecretsOperation: String, Sendable, CaseIterable {
    case createSecret = "CreateSecret"
    case putSecretValue = "PutSecretValue"
    case getSecretValue = "GetSecretValue"
    case describeSecret = "DescribeSecret"
    case listSecrets = "ListSecrets"
    case listSecretVersionIds = "ListSecretVersionIds"
    case updateSecretVersionStage = "UpdateSecretVersionStage"
    case updateSecret = "UpdateSecret"
    case deleteSecret = "DeleteSecret"
    case restoreSecret = "RestoreSecret"
    case tagResource = "TagResource"
    case untagResource = "UntagResource"
    case getRandomPassword = "GetRandomPassword"
    case batchGetSecretValue = "BatchGetSecretValue"

    /// The `X-Amz-Target` header value of the JSON 1.1 protocol.
    public var target: String { "secretsmanager.\(rawValue)" }

    /// The aws CLI's command name, for example `put-secret-value`.
    public var cliName: String {
        var result = ""
        for character in rawValue {
            if character.isUppercase, !result.isEmpty { result.append("-") }
            result.append(character.lowercased())
        }
        return result
    }

    /// Whether the operation changes state (read-only mode refuses these).
    public var writes: Bool {
        switch self {
        case .getSecretValue, .describeSecret, .listSecrets, .listSecretVersionIds, .getRandomPassword,
            .batchGetSecretValue:
            return false
        default:
            return true
        }
    }
}
