import Foundation
import SecretsCore

/// Where configuration comes from: command-line options, the environment and the selected profile, all injected
/// so resolution is a pure function.
public struct EndpointConfiguration: Sendable, Hashable {
    /// `--region`.
    public var regionOption: String?
    /// `--endpoint-url`.
    public var endpointURLOption: String?
    /// The process environment.
    public var environment: [String: String]
    /// The selected profile's keys (`region`, `endpoint_url`, `ignore_configured_endpoint_urls`, …).
    public var profile: [String: String]
    /// The profile's `services` section: service identifier (`secrets_manager`, `sts`) to its settings.
    public var services: [String: [String: String]]

    /// Creates a configuration.
    public init(
        regionOption: String? = nil, endpointURLOption: String? = nil, environment: [String: String] = [:],
        profile: [String: String] = [:], services: [String: [String: String]] = [:]
    ) {
        self.regionOption = regionOption
        self.endpointURLOption = endpointURLOption
        self.environment = environment
        self.profile = profile
        self.services = services
    }
}

/// A resolved endpoint: the URL, the signing region, and whether the URL was configured rather than derived.
public struct ResolvedEndpoint: Sendable, Hashable {
    /// Where requests go.
    public var url: URL
    /// The region requests are signed for.
    public var region: String
    /// Whether the URL came from an option, a variable or the config file.
    public var isCustom: Bool

    /// Creates a resolved endpoint.
    public init(url: URL, region: String, isCustom: Bool) {
        self.url = url
        self.region = region
        self.isCustom = isCustom
    }

    /// How the status bar names it: `aws us-east-1`, or the URL of a custom endpoint.
    public var displayName: String { isCustom ? url.absoluteString : "aws \(region)" }
}

/// Resolves the region and the endpoint of a service the way the aws CLI does.
///
/// Region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`. Endpoint: `--endpoint-url`,
/// `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the profile's services section entry, the profile's
/// `endpoint_url` (the variables and the file are skipped when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` or
/// `ignore_configured_endpoint_urls` is true), else `https://<service>.<region>.<partition DNS suffix>`.
public enum EndpointResolver {
    /// The aws CLI's message when no region is configured.
    public static let noRegionMessage =
        #"You must specify a region. You can also configure your region by running "aws configure"."#

    /// Resolves the endpoint of `service`.
    public static func resolve(_ service: AWSService, _ configuration: EndpointConfiguration) throws -> ResolvedEndpoint {
        let region = try resolveRegion(configuration)
        if let configured = try configuredEndpoint(service, configuration) {
            return ResolvedEndpoint(url: configured, region: region, isCustom: true)
        }
        guard let partition = Partition.containing(region: region) else {
            throw LocalError.configuration(
                "Unknown region '\(region)': it is in no AWS partition (regions look like us-east-1, cn-north-1, "
                    + "us-gov-west-1). Use --endpoint-url to reach a service elsewhere.")
        }
        let url = URL(string: "https://\(service.signingName).\(region).\(partition.dnsSuffix)")!
        return ResolvedEndpoint(url: url, region: region, isCustom: false)
    }

    /// The region: the first of `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION` and the profile's `region` that is
    /// set and not empty. It must be a valid host label.
    public static func resolveRegion(_ configuration: EndpointConfiguration) throws -> String {
        let candidates = [
            configuration.regionOption, configuration.environment["AWS_REGION"],
            configuration.environment["AWS_DEFAULT_REGION"], configuration.profile["region"],
        ]
        guard let region = candidates.lazy.compactMap(nonEmpty).first else {
            throw LocalError.configuration(noRegionMessage)
        }
        guard isValidRegionName(region) else {
            throw LocalError.configuration("Provided region_name '\(region)' doesn't match a supported format.")
        }
        return region
    }

    /// The configured endpoint URL, if any, validated.
    public static func configuredEndpoint(_ service: AWSService, _ configuration: EndpointConfiguration) throws -> URL? {
        if let option = nonEmpty(configuration.endpointURLOption) { return try validatedURL(option) }
        let ignore = [configuration.environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"],
                      configuration.profile["ignore_configured_endpoint_urls"]]
            .lazy.compactMap(nonEmpty).first?.lowercased() == "true"
        if ignore { return nil }
        let candidates = [
            configuration.environment[service.endpointEnvironmentVariable],
            configuration.environment["AWS_ENDPOINT_URL"],
            configuration.services[service.configIdentifier]?["endpoint_url"],
            configuration.profile["endpoint_url"],
        ]
        guard let configured = candidates.lazy.compactMap(nonEmpty).first else { return nil }
        return try validatedURL(configured)
    }

    /// Whether a region name is one DNS label: letters, digits and inner dashes, 1 to 63 characters.
    public static func isValidRegionName(_ region: String) -> Bool {
        let characters = Array(region)
        guard (1...63).contains(characters.count), characters.first != "-", characters.last != "-" else { return false }
        return characters.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    private static func validatedURL(_ text: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else {
            throw LocalError.configuration("Invalid endpoint: \(text)")
        }
        return url
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingWhitespace, !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
