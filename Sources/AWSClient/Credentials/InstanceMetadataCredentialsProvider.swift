import Foundation
import SecretsCore

/// Credentials of the EC2 instance profile, through IMDSv2.
///
/// `PUT /latest/api/token` with a TTL header, then `GET /latest/meta-data/iam/security-credentials/` for the role name
/// and `GET …/<role>` for the keys, each with the token. A token request answered 403, 404 or 405 falls back to
/// IMDSv1 (no token) unless `AWS_EC2_METADATA_V1_DISABLED=true`. Never asked when `AWS_EC2_METADATA_DISABLED=true`.
/// The endpoint is `AWS_EC2_METADATA_SERVICE_ENDPOINT` or `http://169.254.169.254`.
public struct InstanceMetadataCredentialsProvider: CredentialsProvider {
    private let context: CredentialsContext

    /// Creates the provider.
    public init(context: CredentialsContext) {
        self.context = context
    }

    public var name: String { "EC2 instance metadata (\(endpoint))" }

    private var endpoint: String {
        var value = context.env("AWS_EC2_METADATA_SERVICE_ENDPOINT") ?? context.defaultInstanceMetadataEndpoint
        while value.hasSuffix("/") { value.removeLast() }
        return value
    }

    /// Nil when disabled, unreachable, or no role is attached; an error for a malformed answer.
    public func credentials() async throws -> Credentials? {
        if context.env("AWS_EC2_METADATA_DISABLED")?.lowercased() == "true" { return nil }
        let token: String?
        do {
            token = try await fetchToken()
        } catch is TransportError {
            return nil
        }
        let headers = token.map { [HTTPHeader(name: "X-aws-ec2-metadata-token", value: $0)] } ?? []
        let base = endpoint + "/latest/meta-data/iam/security-credentials/"
        guard let roles = try await get(base, headers: headers) else { return nil }
        guard let role = String(decoding: roles, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init),
              let body = try await get(base + role, headers: headers)
        else { return nil }
        let object = try CredentialsJSON.object(body, from: "EC2 instance metadata")
        if let code = object["Code"] as? String, code != "Success" {
            throw LocalError.configuration("EC2 instance metadata returned \(code) for role \(role)")
        }
        var credentials = try CredentialsJSON.metadataCredentials(body, from: "EC2 instance metadata")
        credentials.source = "EC2 instance metadata (role \(role))"
        return credentials
    }

    private func fetchToken() async throws -> String? {
        let request = HTTPRequest(method: "PUT", url: URL(string: endpoint + "/latest/api/token")!,
                                  headers: [HTTPHeader(name: "X-aws-ec2-metadata-token-ttl-seconds", value: "21600")])
        let response = try await context.transport.send(request)
        switch response.status {
        case 200:
            return String(decoding: response.body, as: UTF8.self)
        case 403, 404, 405:
            if context.env("AWS_EC2_METADATA_V1_DISABLED")?.lowercased() == "true" {
                throw LocalError.configuration("EC2 instance metadata refused a token (HTTP \(response.status)) and AWS_EC2_METADATA_V1_DISABLED is true")
            }
            return nil
        default:
            throw LocalError.configuration("EC2 instance metadata token request answered HTTP \(response.status)")
        }
    }

    private func get(_ url: String, headers: [HTTPHeader]) async throws -> Data? {
        guard let parsed = URL(string: url) else { return nil }
        let response: HTTPResponse
        do {
            response = try await context.transport.send(HTTPRequest(method: "GET", url: parsed, headers: headers))
        } catch is TransportError {
            return nil
        }
        if response.status == 404 { return nil }
        guard response.status == 200 else {
            throw LocalError.configuration("EC2 instance metadata \(parsed.path) answered HTTP \(response.status)")
        }
        return response.body
    }
}
