import Foundation
import SecretsCore
import SecrettyCrypto

/// A client for the two STS actions the credential chain needs: AssumeRole (signed with SigV4, service `sts`)
/// and AssumeRoleWithWebIdentity (unsigned: the web identity token is the proof). Both retry in standard mode.
public struct STSClient: Sendable {
    /// The STS API version every request names.
    public static let apiVersion = "2011-06-15"

    /// Where requests go, for example `https://sts.us-east-1.amazonaws.com`.
    public let endpoint: URL
    /// The signing region.
    public let region: String
    private let transport: any HTTPTransport
    private let clock: @Sendable () -> Date
    private let retrier: Retrier

    /// Creates a client with standard-mode retries (3 attempts, random jitter, real sleeps).
    public init(
        endpoint: URL, region: String, transport: any HTTPTransport,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.init(
            endpoint: endpoint, region: region, transport: transport, clock: clock,
            retrier: Retrier(policy: RetryPolicy(), jitter: RandomJitter(random: SecureRandom())))
    }

    /// Creates a client with the given retry behaviour.
    public init(
        endpoint: URL, region: String, transport: any HTTPTransport, clock: @escaping @Sendable () -> Date,
        retrier: Retrier
    ) {
        self.endpoint = endpoint
        self.region = region
        self.transport = transport
        self.clock = clock
        self.retrier = retrier
    }

    // MARK: - Actions

    /// Calls AssumeRole with the caller's credentials and returns the role's temporary credentials.
    public func assumeRole(
        roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?, credentials: Credentials
    ) async throws -> Credentials {
        var parameters = [("RoleArn", roleArn), ("RoleSessionName", sessionName)]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        if let externalId { parameters.append(("ExternalId", externalId)) }
        let request = QueryProtocol.request(
            endpoint: endpoint, action: "AssumeRole", version: Self.apiVersion, parameters: parameters)
        let signer = SigV4Signer(service: "sts", region: region)
        return try await call("AssumeRole", request) { signer.sign($0, credentials: credentials, date: $1) }
    }

    /// Calls AssumeRoleWithWebIdentity (unsigned) and returns the role's temporary credentials.
    public func assumeRoleWithWebIdentity(
        roleArn: String, sessionName: String, webIdentityToken: String, durationSeconds: Int?
    ) async throws -> Credentials {
        var parameters = [("RoleArn", roleArn), ("RoleSessionName", sessionName)]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        parameters.append(("WebIdentityToken", webIdentityToken))
        let request = QueryProtocol.request(
            endpoint: endpoint, action: "AssumeRoleWithWebIdentity", version: Self.apiVersion, parameters: parameters)
        return try await call("AssumeRoleWithWebIdentity", request) { request, _ in request }
    }

    // MARK: - Calling

    private func call(
        _ action: String, _ request: HTTPRequest, prepare: @escaping @Sendable (HTTPRequest, Date) -> HTTPRequest
    ) async throws -> Credentials {
        let transport = self.transport
        let clock = self.clock
        let response = try await retrier.run { _ in
            let response = try await transport.send(prepare(request, clock()))
            if !(200..<300).contains(response.status) { throw ServiceErrorDecoder.decode(response) }
            return response
        }
        return try Self.credentials(from: QueryProtocol.result(of: action, response), action: action)
    }

    /// Reads the `<Credentials>` element of an AssumeRole or AssumeRoleWithWebIdentity result.
    static func credentials(from result: XMLNode, action: String) throws -> Credentials {
        guard let element = result.child("Credentials"),
            let accessKeyId = element.child("AccessKeyId")?.trimmedText, !accessKeyId.isEmpty,
            let secretAccessKey = element.child("SecretAccessKey")?.trimmedText, !secretAccessKey.isEmpty
        else {
            throw LocalError.failure("Could not read the \(action) response: no Credentials with an access key")
        }
        let token = element.child("SessionToken")?.trimmedText
        var expiration: Date?
        if let text = element.child("Expiration")?.trimmedText, !text.isEmpty {
            guard let date = parseTimestamp(text) else {
                throw LocalError.failure("Could not read the \(action) response: bad Expiration '\(text)'")
            }
            expiration = date
        }
        return Credentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey,
            sessionToken: token?.isEmpty == false ? token : nil, expiration: expiration, source: action)
    }

    /// An ISO 8601 timestamp, with or without fractional seconds.
    static func parseTimestamp(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }
}
