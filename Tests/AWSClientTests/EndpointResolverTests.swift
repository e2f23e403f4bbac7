import AWSClient
import Foundation
import SecretsCore
import Testing

/// Region and endpoint resolution, in the aws CLI's order, with partitions and configuration errors.
@Suite("Endpoint and region resolution")
struct EndpointResolverTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var configuration: EndpointConfiguration
        var service: AWSService = .secretsManager
        /// The expected URL and region, or nil for a configuration error.
        var url: String?
        var region: String?
        var isCustom = false
        var testDescription: String { label }
    }

    static let moto = "http://127.0.0.1:5000"

    static let cases: [Case] = [
        // Region order.
        Case(label: "--region wins", configuration: .init(regionOption: "eu-west-1", environment: ["AWS_REGION": "us-east-2", "AWS_DEFAULT_REGION": "us-west-1"], profile: ["region": "ap-south-1"]),
             url: "https://secretsmanager.eu-west-1.amazonaws.com", region: "eu-west-1"),
        Case(label: "AWS_REGION before AWS_DEFAULT_REGION", configuration: .init(environment: ["AWS_REGION": "us-east-2", "AWS_DEFAULT_REGION": "us-west-1"], profile: ["region": "ap-south-1"]),
             url: "https://secretsmanager.us-east-2.amazonaws.com", region: "us-east-2"),
        Case(label: "AWS_DEFAULT_REGION before the profile", configuration: .init(environment: ["AWS_DEFAULT_REGION": "us-west-1"], profile: ["region": "ap-south-1"]),
             url: "https://secretsmanager.us-west-1.amazonaws.com", region: "us-west-1"),
        Case(label: "the profile's region", configuration: .init(profile: ["region": "ap-south-1"]),
             url: "https://secretsmanager.ap-south-1.amazonaws.com", region: "ap-south-1"),
        Case(label: "empty variables are unset", configuration: .init(environment: ["AWS_REGION": "", "AWS_DEFAULT_REGION": " "], profile: ["region": "sa-east-1"]),
             url: "https://secretsmanager.sa-east-1.amazonaws.com", region: "sa-east-1"),
        // Partitions.
        Case(label: "aws-cn", configuration: .init(regionOption: "cn-north-1"), url: "https://secretsmanager.cn-north-1.amazonaws.com.cn", region: "cn-north-1"),
        Case(label: "aws-us-gov", configuration: .init(regionOption: "us-gov-west-1"), url: "https://secretsmanager.us-gov-west-1.amazonaws.com", region: "us-gov-west-1"),
        Case(label: "aws-iso", configuration: .init(regionOption: "us-iso-east-1"), url: "https://secretsmanager.us-iso-east-1.c2s.ic.gov", region: "us-iso-east-1"),
        Case(label: "aws-iso-b", configuration: .init(regionOption: "us-isob-east-1"), url: "https://secretsmanager.us-isob-east-1.sc2s.sgov.gov", region: "us-isob-east-1"),
        Case(label: "a new region of the aws partition", configuration: .init(regionOption: "ap-southeast-9"), url: "https://secretsmanager.ap-southeast-9.amazonaws.com", region: "ap-southeast-9"),
        Case(label: "STS default", configuration: .init(regionOption: "eu-central-1"), service: .sts, url: "https://sts.eu-central-1.amazonaws.com", region: "eu-central-1"),
        Case(label: "STS in aws-cn", configuration: .init(regionOption: "cn-northwest-1"), service: .sts, url: "https://sts.cn-northwest-1.amazonaws.com.cn", region: "cn-northwest-1"),
        // Endpoint order.
        Case(label: "--endpoint-url wins", configuration: .init(regionOption: "us-east-1", endpointURLOption: moto, environment: ["AWS_ENDPOINT_URL_SECRETS_MANAGER": "http://a", "AWS_ENDPOINT_URL": "http://b"]),
             url: moto, region: "us-east-1", isCustom: true),
        Case(label: "AWS_ENDPOINT_URL_SECRETS_MANAGER before AWS_ENDPOINT_URL", configuration: .init(regionOption: "us-east-1", environment: ["AWS_ENDPOINT_URL_SECRETS_MANAGER": "http://a:1", "AWS_ENDPOINT_URL": "http://b:2"]),
             url: "http://a:1", region: "us-east-1", isCustom: true),
        Case(label: "AWS_ENDPOINT_URL before the config file", configuration: .init(regionOption: "us-east-1", environment: ["AWS_ENDPOINT_URL": "http://b:2"], profile: ["endpoint_url": "http://c:3"], services: ["secrets_manager": ["endpoint_url": "http://d:4"]]),
             url: "http://b:2", region: "us-east-1", isCustom: true),
        Case(label: "the services section before the profile's endpoint_url", configuration: .init(regionOption: "us-east-1", profile: ["endpoint_url": "http://c:3"], services: ["secrets_manager": ["endpoint_url": "http://d:4"]]),
             url: "http://d:4", region: "us-east-1", isCustom: true),
        Case(label: "the profile's endpoint_url", configuration: .init(regionOption: "us-east-1", profile: ["endpoint_url": "http://c:3"], services: ["sts": ["endpoint_url": "http://e:5"]]),
             url: "http://c:3", region: "us-east-1", isCustom: true),
        Case(label: "STS uses its own variable and services entry", configuration: .init(regionOption: "us-east-1", environment: ["AWS_ENDPOINT_URL_SECRETS_MANAGER": "http://a:1", "AWS_ENDPOINT_URL_STS": "http://s:9"]), service: .sts,
             url: "http://s:9", region: "us-east-1", isCustom: true),
        Case(label: "STS from the services section", configuration: .init(regionOption: "us-east-1", services: ["sts": ["endpoint_url": "http://e:5"], "secrets_manager": ["endpoint_url": "http://d:4"]]), service: .sts,
             url: "http://e:5", region: "us-east-1", isCustom: true),
        Case(label: "ignore_configured_endpoint_urls skips variables and file", configuration: .init(regionOption: "us-east-1", environment: ["AWS_ENDPOINT_URL": "http://b:2"], profile: ["ignore_configured_endpoint_urls": "true", "endpoint_url": "http://c:3"]),
             url: "https://secretsmanager.us-east-1.amazonaws.com", region: "us-east-1"),
        Case(label: "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS keeps --endpoint-url", configuration: .init(regionOption: "us-east-1", endpointURLOption: moto, environment: ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "TRUE"]),
             url: moto, region: "us-east-1", isCustom: true),
        Case(label: "a custom endpoint accepts any well-formed region", configuration: .init(regionOption: "local", endpointURLOption: moto),
             url: moto, region: "local", isCustom: true),
        // Errors.
        Case(label: "no region at all", configuration: .init(environment: ["AWS_ENDPOINT_URL": moto])),
        Case(label: "malformed region", configuration: .init(regionOption: "us east 1")),
        Case(label: "region with a trailing dash", configuration: .init(regionOption: "us-east-")),
        Case(label: "unknown region", configuration: .init(regionOption: "moon-base-1")),
        Case(label: "region that is not a region", configuration: .init(regionOption: "useast1")),
        Case(label: "endpoint without a scheme", configuration: .init(regionOption: "us-east-1", endpointURLOption: "localhost:5000")),
        Case(label: "endpoint with another scheme", configuration: .init(regionOption: "us-east-1", environment: ["AWS_ENDPOINT_URL": "ftp://x"])),
    ]

    @Test("resolution table", arguments: cases)
    func resolve(_ testCase: Case) {
        do {
            let resolved = try EndpointResolver.resolve(testCase.service, testCase.configuration)
            #expect(resolved.url.absoluteString == testCase.url)
            #expect(resolved.region == testCase.region)
            #expect(resolved.isCustom == testCase.isCustom)
        } catch let error as LocalError {
            #expect(testCase.url == nil, "unexpected error: \(error)")
            #expect(error.category == .configuration)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("no region gives the aws CLI's message")
    func noRegionMessage() {
        #expect(throws: LocalError.configuration(#"You must specify a region. You can also configure your region by running "aws configure"."#)) {
            try EndpointResolver.resolveRegion(EndpointConfiguration())
        }
    }

    @Test("a malformed region is named in the message")
    func malformedMessage() {
        #expect(throws: LocalError.configuration("Provided region_name 'us east 1' doesn't match a supported format.")) {
            try EndpointResolver.resolveRegion(EndpointConfiguration(regionOption: "us east 1"))
        }
    }

    @Test("an unknown region says why and what to do")
    func unknownMessage() throws {
        do {
            _ = try EndpointResolver.resolve(.secretsManager, EndpointConfiguration(regionOption: "moon-base-1"))
            Issue.record("resolved an unknown region")
        } catch let error as LocalError {
            #expect(error.summary.contains("'moon-base-1'"))
            #expect(error.summary.contains("--endpoint-url"))
        }
    }

    @Test("display names")
    func displayNames() throws {
        #expect(try EndpointResolver.resolve(.secretsManager, .init(regionOption: "us-east-1")).displayName == "aws us-east-1")
        #expect(try EndpointResolver.resolve(.secretsManager, .init(regionOption: "us-east-1", endpointURLOption: Self.moto)).displayName == Self.moto)
    }
}
