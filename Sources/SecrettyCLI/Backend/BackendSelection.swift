import Foundation
import SecretsCore

/// Which backend a command line talks to, decided without opening any connection.
public enum BackendChoice: Sendable, Equatable {
    /// The vault at `path`; `explicit` when `--vault` named it, otherwise it is the default vault.
    case vault(path: String, explicit: Bool)
    /// AWS (or a compatible endpoint); `reason` names what selected it.
    case aws(AWSSettings, reason: String)
}

/// What the AWS backend needs from the command line.
public struct AWSSettings: Sendable, Equatable {
    public var endpointURL: String?
    public var profile: String?
    public var region: String?
    /// `--ca-bundle`: a PEM file of trusted certificates.
    public var caBundle: String?
    /// `--no-verify-ssl`.
    public var noVerifySSL = false
    /// `--cli-read-timeout` in seconds (0 means none).
    public var readTimeout: Int?
    /// `--cli-connect-timeout` in seconds (0 means none).
    public var connectTimeout: Int?

    /// Creates the settings.
    public init(endpointURL: String? = nil, profile: String? = nil, region: String? = nil) {
        self.endpointURL = endpointURL
        self.profile = profile
        self.region = region
    }
}

/// The inputs of the backend decision: the environment, the two shared AWS files and the two `/sys` files.
public struct BackendSelectionInputs: Sendable {
    /// The process environment.
    public var environment: [String: String]
    /// Reads a text file; `nil` when absent or unreadable.
    public var readText: @Sendable (String) -> String?
    /// The user's home directory.
    public var homeDirectory: String

    /// Creates the inputs.
    public init(environment: [String: String], readText: @escaping @Sendable (String) -> String?, homeDirectory: String)
    {
        self.environment = environment
        self.readText = readText
        self.homeDirectory = homeDirectory
    }

    /// `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials`.
    public var credentialsPath: String {
        nonEmpty("AWS_SHARED_CREDENTIALS_FILE").map(expand) ?? homeDirectory + "/.aws/credentials"
    }

    /// `AWS_CONFIG_FILE`, else `~/.aws/config`.
    public var configPath: String {
        nonEmpty("AWS_CONFIG_FILE").map(expand) ?? homeDirectory + "/.aws/config"
    }

    /// `${XDG_DATA_HOME:-~/.local/share}/secretty/vault.db`.
    public var defaultVaultPath: String {
        let base = nonEmpty("XDG_DATA_HOME") ?? homeDirectory + "/.local/share"
        return base + "/secretty/vault.db"
    }

    func nonEmpty(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    func expand(_ path: String) -> String {
        path == "~" || path.hasPrefix("~/") ? homeDirectory + path.dropFirst() : path
    }
}

/// The product's backend rules, first match wins:
/// 1. `--vault PATH` (a usage error together with `--endpoint-url`, `--profile` or `--region`);
/// 2. AWS when the command line, the environment, the shared files' `default` profile or an EC2 host says so
///    (`AWS_REGION` alone does not);
/// 3. otherwise the default vault.
public enum BackendSelector {
    /// The environment variables that select AWS by their presence.
    public static let awsVariables = [
        "AWS_ENDPOINT_URL_SECRETS_MANAGER", "AWS_ENDPOINT_URL", "AWS_PROFILE", "AWS_ACCESS_KEY_ID",
        "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    ]

    /// Decides the backend for these global options.
    public static func select(_ options: GlobalOptions, _ inputs: BackendSelectionInputs) throws(LocalError)
        -> BackendChoice
    {
        var settings = AWSSettings(endpointURL: options.endpointURL, profile: options.profile, region: options.region)
        settings.caBundle = options.caBundle
        settings.noVerifySSL = options.noVerifySSL
        settings.readTimeout = options.readTimeout
        settings.connectTimeout = options.connectTimeout
        if let vault = options.vault {
            let conflicting = [
                ("--endpoint-url", options.endpointURL), ("--profile", options.profile), ("--region", options.region),
            ].filter { $0.1 != nil }.map(\.0)
            if !conflicting.isEmpty {
                throw .usage(
                    "--vault cannot be combined with \(conflicting.joined(separator: ", ")): a vault is not an AWS endpoint"
                )
            }
            return .vault(path: inputs.expand(vault), explicit: true)
        }
        for (option, value) in [
            ("--endpoint-url", options.endpointURL), ("--profile", options.profile), ("--region", options.region),
        ]
        where value != nil {
            return .aws(settings, reason: option)
        }
        for name in awsVariables where inputs.nonEmpty(name) != nil {
            return .aws(settings, reason: name)
        }
        let files = SharedConfigFiles(
            credentials: inputs.readText(inputs.credentialsPath).map {
                SharedConfigFiles.parseINI($0, isConfigFile: false)
            } ?? [:],
            config: inputs.readText(inputs.configPath).map { SharedConfigFiles.parseINI($0, isConfigFile: true) } ?? [:]
        )
        if let source = files.defaultProfileCredentialSource() {
            return .aws(settings, reason: source)
        }
        if let vendor = inputs.readText("/sys/class/dmi/id/sys_vendor"),
            vendor.trimmingWhitespace == "Amazon EC2"
        {
            return .aws(settings, reason: "an EC2 host (/sys/class/dmi/id/sys_vendor)")
        }
        if let uuid = inputs.readText("/sys/hypervisor/uuid"), uuid.lowercased().hasPrefix("ec2") {
            return .aws(settings, reason: "an EC2 host (/sys/hypervisor/uuid)")
        }
        return .vault(path: inputs.defaultVaultPath, explicit: false)
    }
}
