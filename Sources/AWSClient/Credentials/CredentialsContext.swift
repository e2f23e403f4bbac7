import Foundation

/// Everything the credential providers read or call, injected so tests control it.
public struct CredentialsContext: Sendable {
    /// The process environment (or a test's dictionary).
    public var environment: [String: String]
    /// The parsed shared files.
    public var config: SharedConfig
    /// Reads a whole file; nil when it does not exist.
    public var readFile: @Sendable (String) throws -> Data?
    /// The current time.
    public var now: @Sendable () -> Date
    /// The HTTP transport for the SSO portal.
    public var transport: any HTTPTransport
    /// The HTTP transport for instance metadata and container credentials (short timeouts: botocore uses 1 s).
    public var metadataTransport: any HTTPTransport
    /// Runs `credential_process` commands.
    public var processRunner: any ProcessRunner
    /// Calls STS for assume-role and web identity; nil makes those profiles an error.
    public var sts: (any RoleAssuming)?
    /// The container credentials host for `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (`http://169.254.170.2`).
    public var containerCredentialsBaseURL: String
    /// The instance metadata endpoint unless `AWS_EC2_METADATA_SERVICE_ENDPOINT` says otherwise.
    public var defaultInstanceMetadataEndpoint: String

    /// Creates a context; defaults read real files and the system clock.
    public init(environment: [String: String], config: SharedConfig, transport: any HTTPTransport,
                metadataTransport: (any HTTPTransport)? = nil,
                readFile: @escaping @Sendable (String) throws -> Data? = CredentialsContext.readFileFromDisk,
                now: @escaping @Sendable () -> Date = { Date() },
                processRunner: any ProcessRunner = ShellProcessRunner(),
                sts: (any RoleAssuming)? = nil,
                containerCredentialsBaseURL: String = "http://169.254.170.2",
                defaultInstanceMetadataEndpoint: String = "http://169.254.169.254") {
        self.environment = environment
        self.config = config
        self.readFile = readFile
        self.now = now
        self.transport = transport
        self.metadataTransport = metadataTransport ?? transport
        self.processRunner = processRunner
        self.sts = sts
        self.containerCredentialsBaseURL = containerCredentialsBaseURL
        self.defaultInstanceMetadataEndpoint = defaultInstanceMetadataEndpoint
    }

    /// Reads a file from disk, returning nil when it does not exist.
    public static let readFileFromDisk: @Sendable (String) throws -> Data? = { path in
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// An environment variable, nil when unset or empty.
    func env(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }
}

/// The STS calls the assume-role and web-identity providers need.
public protocol RoleAssuming: Sendable {
    /// `AssumeRole`, signed with the source credentials.
    func assumeRole(roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?,
                    credentials: Credentials) async throws -> Credentials
    /// `AssumeRoleWithWebIdentity`, unsigned.
    func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, webIdentityToken: String,
                                   durationSeconds: Int?) async throws -> Credentials
}
