/// A service secretty calls, with the names each configuration mechanism knows it by.
public struct AWSService: Sendable, Hashable {
    /// The SigV4 signing name and the first label of the default host, for example `secretsmanager`.
    public var signingName: String
    /// The identifier in `AWS_ENDPOINT_URL_<ID>` (upper case) and in a config `services` section (lower case),
    /// for example `secrets_manager`.
    public var configIdentifier: String

    /// Creates a service description.
    public init(signingName: String, configIdentifier: String) {
        self.signingName = signingName
        self.configIdentifier = configIdentifier
    }

    /// AWS Secrets Manager (`AWS_ENDPOINT_URL_SECRETS_MANAGER`, `secrets_manager =` in a services section).
    public static let secretsManager = AWSService(signingName: "secretsmanager", configIdentifier: "secrets_manager")
    /// AWS STS (`AWS_ENDPOINT_URL_STS`, `sts =` in a services section).
    public static let sts = AWSService(signingName: "sts", configIdentifier: "sts")

    /// The service-specific endpoint variable, for example `AWS_ENDPOINT_URL_SECRETS_MANAGER`.
    public var endpointEnvironmentVariable: String { "AWS_ENDPOINT_URL_\(configIdentifier.uppercased())" }
}
