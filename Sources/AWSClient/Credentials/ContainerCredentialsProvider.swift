import Foundation
import SecretsCore

/// Credentials from the ECS/EKS container credentials endpoint.
///
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is appended to `http://169.254.170.2`; `AWS_CONTAINER_CREDENTIALS_FULL_URI`
/// is used as is when it is https or its host is loopback or one of the container hosts, as botocore allows.
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read on every call) or `AWS_CONTAINER_AUTHORIZATION_TOKEN` becomes the
/// `Authorization` header.
public struct ContainerCredentialsProvider: CredentialsProvider {
    private let context: CredentialsContext
    private static let allowedHosts: Set<String> = ["169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost"]

    /// Creates the provider.
    public init(context: CredentialsContext) {
        self.context = context
    }

    /// Names the two variables that enable this provider.
    public var name: String { "container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, AWS_CONTAINER_CREDENTIALS_FULL_URI)" }

    /// Nil when neither variable is set.
    public func credentials() async throws -> Credentials? {
        let url: URL
        if let relative = context.env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            guard let built = URL(string: context.containerCredentialsBaseURL + relative) else {
                throw LocalError.configuration("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI \(relative) is not a valid path")
            }
            url = built
        } else if let full = context.env("AWS_CONTAINER_CREDENTIALS_FULL_URI") {
            guard let parsed = URL(string: full), let host = parsed.host else {
                throw LocalError.configuration("AWS_CONTAINER_CREDENTIALS_FULL_URI \(full) is not a valid URL")
            }
            guard parsed.scheme == "https" || Self.isAllowed(host: host) else {
                throw LocalError.configuration("AWS_CONTAINER_CREDENTIALS_FULL_URI host \(host) is not allowed: use https, a loopback address or \(Self.allowedHosts.sorted().joined(separator: ", "))")
            }
            url = parsed
        } else {
            return nil
        }
        var headers = [HTTPHeader(name: "Accept", value: "application/json")]
        if let token = try authorizationToken() {
            guard !token.contains(where: \.isNewline) else {
                throw LocalError.configuration("the container authorization token contains a line break")
            }
            headers.append(HTTPHeader(name: "Authorization", value: token))
        }
        let response = try await context.metadataTransport.send(HTTPRequest(method: "GET", url: url, headers: headers))
        guard response.status == 200 else {
            let body = String(decoding: response.body.prefix(200), as: UTF8.self)
            throw LocalError.configuration("container credentials endpoint \(url.absoluteString) answered HTTP \(response.status): \(body)")
        }
        return try CredentialsJSON.metadataCredentials(response.body, from: "container credentials")
    }

    private func authorizationToken() throws -> String? {
        if let path = context.env("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            guard let data = try context.readFile(path) else {
                throw LocalError.configuration("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(path) does not exist")
            }
            return String(decoding: data, as: UTF8.self).trimmingWhitespace
        }
        return context.env("AWS_CONTAINER_AUTHORIZATION_TOKEN")
    }

    private static func isAllowed(host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if allowedHosts.contains(bare) || bare == "::1" { return true }
        let octets = bare.split(separator: ".")
        return octets.count == 4 && octets.first == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
