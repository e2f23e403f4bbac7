import Foundation
import SecretsCore

/// Tries providers in order and returns the first credentials found.
///
/// A provider that applies but fails stops the chain with its error, as in botocore. When none applies the chain
/// throws a configuration error naming every place it looked, so `credentials()` never returns nil.
public struct CredentialsChain: CredentialsProvider {
    /// The providers, in the order they are asked.
    public let providers: [any CredentialsProvider]
    /// A configuration problem found while building the chain (an unknown profile), thrown on first use.
    private let setupError: LocalError?

    /// Creates a chain over the given providers.
    public init(providers: [any CredentialsProvider]) {
        self.providers = providers
        self.setupError = nil
    }

    private init(providers: [any CredentialsProvider], setupError: LocalError?) {
        self.providers = providers
        self.setupError = setupError
    }

    /// "credential chain".
    public var name: String { "credential chain" }

    /// The first provider's credentials; throws when none applies.
    public func credentials() async throws -> Credentials? {
        if let setupError { throw setupError }
        for provider in providers {
            if let credentials = try await provider.credentials() { return credentials }
        }
        let places = providers.map(\.name).joined(separator: "; ")
        throw LocalError.configuration("Unable to locate credentials. Looked in: \(places)")
    }

    // MARK: - The standard chain

    /// botocore's order: environment, assume role, web identity, IAM Identity Center, credentials file,
    /// `credential_process`, config file, container, instance metadata.
    ///
    /// `explicitProfile` is `--profile`; it wins over `AWS_PROFILE` and, as in botocore, turns off the
    /// environment keys and the web identity variables. Without it the profile is `AWS_PROFILE`, then
    /// `AWS_DEFAULT_PROFILE`, then `default`. A named profile that neither file defines is an error.
    public static func standard(explicitProfile: String?, context: CredentialsContext) -> CredentialsChain {
        let profile = explicitProfile ?? context.env("AWS_PROFILE") ?? context.env("AWS_DEFAULT_PROFILE") ?? "default"
        let useEnvironment = explicitProfile == nil
        var providers: [any CredentialsProvider] = []
        if useEnvironment {
            providers.append(EnvironmentCredentialsProvider(environment: context.environment))
        }
        providers.append(AssumeRoleCredentialsProvider(profile: profile, context: context))
        providers += profileProviders(profile: profile, context: context, useEnvironment: useEnvironment)
        providers.append(ContainerCredentialsProvider(context: context))
        providers.append(InstanceMetadataCredentialsProvider(context: context))
        var setupError: LocalError?
        if profile != "default" && !context.config.hasProfile(profile) {
            setupError = .configuration("The config profile (\(profile)) could not be found in \(context.config.configPath) or \(context.config.credentialsPath)")
        }
        return CredentialsChain(providers: providers, setupError: setupError)
    }

    /// The providers that read one profile: web identity, IAM Identity Center, credentials file,
    /// `credential_process`, config file (what an assume-role source profile is resolved with).
    static func profileProviders(profile: String, context: CredentialsContext, useEnvironment: Bool) -> [any CredentialsProvider] {
        [
            WebIdentityCredentialsProvider(profile: profile, context: context, useEnvironment: useEnvironment),
            SSOCredentialsProvider(profile: profile, context: context),
            ProfileCredentialsProvider(file: .credentials, profile: profile, config: context.config),
            ProcessCredentialsProvider(profile: profile, context: context),
            ProfileCredentialsProvider(file: .config, profile: profile, config: context.config),
        ]
    }
}
