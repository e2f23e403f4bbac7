import Foundation
import SecretsCore

// MARK: - Options

/// The aws CLI's global options that shape the AWS backend (`--endpoint-url`, `--profile`, `--region`,
/// `--ca-bundle`, `--no-verify-ssl`, `--cli-connect-timeout`, `--cli-read-timeout`).
public struct AWSCommandLineOptions: Sendable, Hashable {
    /// `--endpoint-url`: for Secrets Manager only (STS keeps its own endpoint, as in the aws CLI).
    public var endpointURL: String?
    /// `--profile`.
    public var profile: String?
    /// `--region`.
    public var region: String?
    /// `--ca-bundle`: wins over `AWS_CA_BUNDLE` and the profile's `ca_bundle`.
    public var caBundle: String?
    /// `false` with `--no-verify-ssl`.
    public var verifyTLS: Bool
    /// `--cli-connect-timeout` in seconds; 0 means none.
    public var connectTimeout: Double?
    /// `--cli-read-timeout` in seconds; 0 means none.
    public var readTimeout: Double?

    /// Creates the options; every one defaults to its absence.
    public init(
        endpointURL: String? = nil, profile: String? = nil, region: String? = nil, caBundle: String? = nil,
        verifyTLS: Bool = true, connectTimeout: Double? = nil, readTimeout: Double? = nil
    ) {
        self.endpointURL = endpointURL
        self.profile = profile
        self.region = region
        self.caBundle = caBundle
        self.verifyTLS = verifyTLS
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
    }
}

// MARK: - The standard backend

extension AWSBackend {
    /// The aws CLI's default for both timeouts, in seconds.
    public static let defaultTimeout: Double = 60

    /// The backend the aws CLI would talk to for these options, environment and shared files: the selected profile
    /// (`--profile`, `AWS_PROFILE`, `AWS_DEFAULT_PROFILE`, `default`), its region and endpoint, the standard
    /// credential chain (cached, refreshed before expiry), the retry policy, and transports with the CA bundle and
    /// timeouts. Nothing is sent: credentials are first looked for on the first call.
    ///
    /// Throws a configuration error (exit 253) for an unknown profile, a malformed shared file, a missing or invalid
    /// region, an invalid endpoint URL or an invalid retry setting.
    ///
    /// - Parameters:
    ///   - readFile: reads a whole file, `nil` when it does not exist (the shared files, token files, SSO cache).
    ///   - makeTransport: makes an HTTP transport with the given options (libcurl in the executable).
    ///   - makeMetadataTransport: makes the transport of the container and instance-metadata endpoints, which only
    ///     some credential sources use; `nil` uses `makeTransport`.
    ///   - jitter: backoff jitter; `nil` draws it from `random`.
    ///   - sleeper: how to wait between attempts.
    public static func standard(
        options: AWSCommandLineOptions, environment: [String: String],
        readFile: @escaping @Sendable (String) throws -> Data? = CredentialsContext.readFileFromDisk,
        makeTransport: (TransportOptions) -> any HTTPTransport,
        makeMetadataTransport: ((TransportOptions) -> any HTTPTransport)? = nil, random: any RandomSource,
        clock: @escaping @Sendable () -> Date = { Date() }, jitter: (any JitterSource)? = nil,
        sleeper: any Sleeper = TaskSleeper()
    ) throws -> AWSBackend {
        let config = try SharedConfig.load(environment: environment) { path in
            try readFile(path).map { String(decoding: $0, as: UTF8.self) }
        }
        let profile =
            options.profile ?? nonEmpty(environment["AWS_PROFILE"]) ?? nonEmpty(environment["AWS_DEFAULT_PROFILE"])
            ?? "default"
        if profile != "default" && !config.hasProfile(profile) {
            throw LocalError.configuration(
                "The config profile (\(profile)) could not be found in \(config.configPath) or \(config.credentialsPath)"
            )
        }
        let configuration = EndpointConfiguration(
            regionOption: options.region, endpointURLOption: options.endpointURL, environment: environment,
            profile: config.profileSettings(profile), services: config.servicesSettings(forProfile: profile))

        var transportOptions = config.transportOptions(
            profile: profile, environment: environment, connectTimeout: options.connectTimeout ?? defaultTimeout,
            readTimeout: options.readTimeout ?? defaultTimeout, verifyTLS: options.verifyTLS)
        if let bundle = nonEmpty(options.caBundle) {
            transportOptions.caBundlePath = SharedConfig.expandHome(bundle, environment: environment)
        }
        let transport = makeTransport(transportOptions)

        var stsConfiguration = configuration
        stsConfiguration.endpointURLOption = nil
        let sts = (try? EndpointResolver.resolve(.sts, stsConfiguration)).map {
            STSClient(endpoint: $0.url, region: $0.region, transport: transport, clock: clock)
        }
        let metadataOptions = config.metadataTransportOptions(profile: profile, environment: environment)
        let context = CredentialsContext(
            environment: environment, config: config, transport: transport,
            metadataTransport: makeMetadataTransport.map { $0(metadataOptions) } ?? makeTransport(metadataOptions),
            readFile: readFile, now: clock, sts: sts)
        let credentials = CachingCredentialsProvider(
            CredentialsChain.standard(explicitProfile: options.profile, context: context), now: clock)
        return try configured(
            configuration, credentials: credentials, transport: transport, random: random, clock: clock, jitter: jitter,
            sleeper: sleeper)
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.trimmingWhitespace.isEmpty else { return nil }
        return value
    }
}
