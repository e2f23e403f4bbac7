import Foundation
import SecretsCore

/// Credentials of the EC2 instance profile, through IMDSv2.
///
/// `PUT /latest/api/token` with a TTL header, then `GET /latest/meta-data/iam/security-credentials/` for the role name
/// and `GET …/<role>` for the keys, each with the token. A token request answered 403, 404 or 405 falls back to
/// IMDSv1 (no token) unless `AWS_EC2_METADATA_V1_DISABLED=true`. Never asked when `AWS_EC2_METADATA_DISABLED=true`.
/// The endpoint is `AWS_EC2_METADATA_SERVICE_ENDPOINT` or `http://169.254.169.254`. As in botocore, a service that
/// cannot be reached or answers with an unexpected status or document gives no credentials rather than an error.
public struct InstanceMetadataCredentialsProvider: CredentialsProvider {
    private let context: CredentialsContext

    /// Creates the provider.
    public init(context: CredentialsContext) {
        self.context = context
    }

    /// Names the metadata endpoint asked, or says it is turned off.
    public var name: String {
        isDisabled ? "EC2 instance metadata (not asked: AWS_EC2_METADATA_DISABLED=true)" : "EC2 instance metadata (\(endpoint))"
    }

    private var isDisabled: Bool { context.env("AWS_EC2_METADATA_DISABLED")?.lowercased() == "true" }

    private var endpoint: String {
        var value = context.env("AWS_EC2_METADATA_SERVICE_ENDPOINT") ?? context.defaultInstanceMetadataEndpoint
        while value.hasSuffix("/") { value.removeLast() }
        return value
    }

    /// Nil when disabled, unreachable, without a role, or answering something unexpected.
    public func credentials() async throws -> Credentials? {
        if isDisabled { return nil }
        let token: String?
        do {
            token = try await fetchToken()
        } catch is TransportError {
            return nil
        } catch is UnavailableMetadata {
            return nil
        }
        let headers = token.map { [HTTPHeader(name: "X-aws-ec2-metadata-token", value: $0)] } ?? []
        let base = endpoint + "/latest/meta-data/iam/security-credentials/"
        guard let roles = try await get(base, headers: headers) else { return nil }
        guard let role = String(decoding: roles, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init),
              let body = try await get(base + role, headers: headers)
        else { return nil }
        guard let object = try? CredentialsJSON.object(body, from: "EC2 instance metadata"),
              (object["Code"] as? String ?? "Success") == "Success",
              var credentials = try? CredentialsJSON.metadataCredentials(body, from: "EC2 instance metadata")
        else { return nil }
        credentials.source = "EC2 instance metadata (role \(role))"
        return credentials
    }

    private func fetchToken() async throws -> String? {
        let request = HTTPRequest(method: "PUT", url: URL(string: endpoint + "/latest/api/token")!,
                                  headers: [HTTPHeader(name: "X-aws-ec2-metadata-token-ttl-seconds", value: "21600")])
        let response = try await context.metadataTransport.send(request)
        switch response.status {
        case 200:
            return String(decoding: response.body, as: UTF8.self)
        case 403, 404, 405:
            if context.env("AWS_EC2_METADATA_V1_DISABLED")?.lowercased() == "true" {
                throw LocalError.configuration("EC2 instance metadata refused a token (HTTP \(response.status)) and AWS_EC2_METADATA_V1_DISABLED is true")
            }
            return nil
        default:
            throw UnavailableMetadata()
        }
    }

    /// The token request got an answer that means "no usable metadata service here".
    private struct UnavailableMetadata: Error {}

    private func get(_ url: String, headers: [HTTPHeader]) async throws -> Data? {
        guard let parsed = URL(string: url) else { return nil }
        let response: HTTPResponse
        do {
            response = try await context.metadataTransport.send(HTTPRequest(method: "GET", url: parsed, headers: headers))
        } catch is TransportError {
            return nil
        }
        return response.status == 200 ? response.body : nil
    }
}
