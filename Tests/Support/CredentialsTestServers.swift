import Foundation

/// Test credentials a metadata server hands out, with the JSON shapes the real endpoints use.
public struct TestRoleCredentials: Sendable, Hashable {
    /// The access key id.
    public var accessKeyId: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token.
    public var sessionToken: String
    /// When they expire (whole seconds, so the JSON round trip is exact).
    public var expiration: Date

    /// Creates a set of test credentials.
    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String, expiration: Date) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    /// `2026-11-29T12:00:00Z`.
    public var expirationText: String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: expiration)
    }

    /// The IMDS / container credentials document.
    var metadataJSON: String {
        """
        {"Code":"Success","LastUpdated":"2026-01-01T00:00:00Z","Type":"AWS-HMAC","AccessKeyId":"\(accessKeyId)",\
        "SecretAccessKey":"\(secretAccessKey)","Token":"\(sessionToken)","Expiration":"\(expirationText)"}
        """
    }
}

// MARK: - IMDSv2

/// An EC2 instance metadata service on loopback: IMDSv2 tokens and one instance-profile role.
///
/// `PUT /latest/api/token` needs `X-aws-ec2-metadata-token-ttl-seconds` (1…21600) and returns a token; metadata
/// `GET`s need that token in `X-aws-ec2-metadata-token` (401 otherwise) unless `allowV1` is set. With
/// `tokensSupported` false the token path answers 404, like an IMDSv1-only service.
public final class InstanceMetadataTestServer: @unchecked Sendable {
    /// The role name listed under `iam/security-credentials/`.
    public let roleName: String
    /// The credentials handed out.
    public let credentials: TestRoleCredentials
    private let server: LoopbackHTTPServer

    /// Starts the server.
    public init(roleName: String = "test-instance-role", credentials: TestRoleCredentials,
                tokensSupported: Bool = true, allowV1: Bool = false) throws {
        self.roleName = roleName
        self.credentials = credentials
        let token = "imds-token-\(UUID().uuidString)"
        server = try LoopbackHTTPServer { request in
            if request.path == "/latest/api/token" {
                guard tokensSupported else { return .text(404, "Not Found") }
                guard request.method == "PUT" else { return .text(405, "Method Not Allowed") }
                guard let ttl = request.header("X-aws-ec2-metadata-token-ttl-seconds").flatMap(Int.init),
                      (1...21600).contains(ttl) else { return .text(400, "Bad Request") }
                return .text(200, token, headers: [.init("X-aws-ec2-metadata-token-ttl-seconds", "\(ttl)")])
            }
            guard request.method == "GET" else { return .text(405, "Method Not Allowed") }
            if request.header("X-aws-ec2-metadata-token") != token && !(allowV1 && request.header("X-aws-ec2-metadata-token") == nil) {
                return .text(401, "Unauthorized")
            }
            switch request.path {
            case "/latest/meta-data/iam/security-credentials/", "/latest/meta-data/iam/security-credentials":
                return .text(200, roleName)
            case "/latest/meta-data/iam/security-credentials/\(roleName)":
                return .json(credentials.metadataJSON)
            default:
                return .text(404, "Not Found")
            }
        }
    }

    /// `http://127.0.0.1:<port>`, for `AWS_EC2_METADATA_SERVICE_ENDPOINT`.
    public var endpoint: String { server.baseURL }
    /// Every request received.
    public var requests: [LoopbackHTTPServer.Request] { server.requests }
    /// Stops the server.
    public func stop() { server.stop() }
}

// MARK: - Container credentials

/// The ECS/EKS container credentials endpoint on loopback: `GET <path>` with an optional required `Authorization`.
public final class ContainerCredentialsTestServer: @unchecked Sendable {
    /// The path credentials are served at (`AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`).
    public let path: String
    private let server: LoopbackHTTPServer

    /// Starts the server; with `authorization` set, other `Authorization` values get 401.
    public init(path: String = "/v2/credentials/test-task", credentials: TestRoleCredentials, authorization: String? = nil) throws {
        self.path = path
        server = try LoopbackHTTPServer { request in
            guard request.method == "GET", request.path == path else { return .text(404, "Not Found") }
            if let authorization, request.header("Authorization") != authorization {
                return .json(#"{"message":"invalid authorization token"}"#, status: 401)
            }
            return .json(credentials.metadataJSON + "\n")
        }
    }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { server.baseURL }
    /// Every request received.
    public var requests: [LoopbackHTTPServer.Request] { server.requests }
    /// Stops the server.
    public func stop() { server.stop() }
}

// MARK: - IAM Identity Center portal

/// The IAM Identity Center portal's `GetRoleCredentials` on loopback.
///
/// `GET /federation/credentials?role_name=…&account_id=…` with `x-amz-sso_bearer_token` equal to `accessToken`
/// returns `roleCredentials` (expiration in epoch milliseconds); a wrong token gets 401 `UnauthorizedException`,
/// an unknown account or role 403 `ForbiddenException`.
public final class SSOPortalTestServer: @unchecked Sendable {
    private let server: LoopbackHTTPServer

    /// Starts the server for one account, role and token.
    public init(accessToken: String, accountId: String, roleName: String, credentials: TestRoleCredentials) throws {
        server = try LoopbackHTTPServer { request in
            guard request.method == "GET", request.path == "/federation/credentials" else { return .text(404, "Not Found") }
            guard request.header("x-amz-sso_bearer_token") == accessToken else {
                return .json(#"{"message":"Session token not found or invalid"}"#, status: 401)
            }
            guard request.query["account_id"] == accountId, request.query["role_name"] == roleName else {
                return .json(#"{"message":"No access"}"#, status: 403)
            }
            let millis = Int64(credentials.expiration.timeIntervalSince1970 * 1000)
            return .json("""
                {"roleCredentials":{"accessKeyId":"\(credentials.accessKeyId)","secretAccessKey":"\(credentials.secretAccessKey)",\
                "sessionToken":"\(credentials.sessionToken)","expiration":\(millis)}}
                """)
        }
    }

    /// `http://127.0.0.1:<port>`, for `AWS_ENDPOINT_URL_SSO`.
    public var endpoint: String { server.baseURL }
    /// Every request received.
    public var requests: [LoopbackHTTPServer.Request] { server.requests }
    /// Stops the server.
    public func stop() { server.stop() }
}
