import Foundation
import SecrettyCrypto

/// Signs requests with AWS Signature Version 4 (`AWS4-HMAC-SHA256`, Authorization header).
///
/// The date is always passed in, so signing is a pure function of the request, the credentials and the instant.
/// The canonical request and the string to sign are exposed for tests against the published vectors.
public struct SigV4Signer: Sendable {
    /// Choices that differ between services and between the published test suites.
    public struct Options: Sendable, Hashable {
        /// Whether the path is normalised (`.`/`..` segments resolved, repeated slashes collapsed), as every service
        /// but S3 expects.
        public var normalizePath: Bool
        /// Whether the `x-amz-content-sha256` header is added (and so signed); Secrets Manager does not use it.
        public var addContentSHA256Header: Bool
        /// Whether `x-amz-security-token` is part of the signature (`false` adds it after signing).
        public var signSessionToken: Bool

        /// Creates options; the defaults are what botocore does for JSON 1.1 services.
        public init(normalizePath: Bool = true, addContentSHA256Header: Bool = false, signSessionToken: Bool = true) {
            self.normalizePath = normalizePath
            self.addContentSHA256Header = addContentSHA256Header
            self.signSessionToken = signSessionToken
        }
    }

    /// The algorithm name in the string to sign and the Authorization header.
    public static let algorithm = "AWS4-HMAC-SHA256"

    /// Headers that are never signed: proxies and transports may change or add them.
    static let unsignedHeaders: Set<String> = [
        "authorization", "user-agent", "x-amzn-trace-id", "expect", "connection", "transfer-encoding",
    ]

    /// The signing name, for example `secretsmanager` or `sts`.
    public var service: String
    /// The region in the credential scope.
    public var region: String
    /// Signing choices.
    public var options: Options

    /// Creates a signer for one service and region.
    public init(service: String, region: String, options: Options = Options()) {
        self.service = service
        self.region = region
        self.options = options
    }

    // MARK: - Signing

    /// Signs an `HTTPRequest`: adds `Host` (when absent), `X-Amz-Date`, the session token and `Authorization`.
    public func sign(_ request: HTTPRequest, credentials: Credentials, date: Date) -> HTTPRequest {
        let signed = sign(SignableRequest(request), credentials: credentials, date: date)
        var result = request
        result.headers = signed.headers
        return result
    }

    /// Signs a request: returns it with `X-Amz-Date`, the session token, the optional payload hash header and
    /// `Authorization` set (replacing any earlier values of those headers).
    public func sign(_ request: SignableRequest, credentials: Credentials, date: Date) -> SignableRequest {
        var prepared = prepare(request, credentials: credentials, date: date)
        let canonical = canonicalRequest(prepared)
        let toSign = stringToSign(canonicalRequest: canonical, date: date)
        let signature = signature(stringToSign: toSign, secretAccessKey: credentials.secretAccessKey, date: date)
        let authorization = "\(Self.algorithm) Credential=\(credentials.accessKeyId)/\(scope(date: date)), "
            + "SignedHeaders=\(signedHeaders(prepared)), Signature=\(signature)"
        if !options.signSessionToken, let token = credentials.sessionToken, !token.isEmpty {
            prepared.setHeader("X-Amz-Security-Token", token)
        }
        prepared.setHeader("Authorization", authorization)
        return prepared
    }

    /// The request as it is signed: `X-Amz-Date` set, the session token set when it is signed, the payload hash
    /// header set when the options ask for it, and no `Authorization`.
    public func prepare(_ request: SignableRequest, credentials: Credentials, date: Date) -> SignableRequest {
        var prepared = request
        prepared.removeHeader("Authorization")
        prepared.setHeader("X-Amz-Date", SigV4Date.timestamp(date))
        if options.signSessionToken, let token = credentials.sessionToken, !token.isEmpty {
            prepared.setHeader("X-Amz-Security-Token", token)
        }
        if options.addContentSHA256Header {
            prepared.setHeader("x-amz-content-sha256", payloadHash(prepared.body))
        }
        return prepared
    }

    // MARK: - Pieces of the signature

    /// The credential scope: `yyyyMMdd/region/service/aws4_request`.
    public func scope(date: Date) -> String {
        "\(SigV4Date.day(date))/\(region)/\(service)/aws4_request"
    }

    /// The string to sign for a canonical request.
    public func stringToSign(canonicalRequest: String, date: Date) -> String {
        [Self.algorithm, SigV4Date.timestamp(date), scope(date: date), Hex.encode(SHA256.hash(canonicalRequest))]
            .joined(separator: "\n")
    }

    /// The signing key: the HMAC chain over date, region, service and `aws4_request`.
    public func signingKey(secretAccessKey: String, date: Date) -> [UInt8] {
        let dateKey = HMACSHA256.authenticate(SigV4Date.day(date), key: Array("AWS4\(secretAccessKey)".utf8))
        let regionKey = HMACSHA256.authenticate(region, key: dateKey)
        let serviceKey = HMACSHA256.authenticate(service, key: regionKey)
        return HMACSHA256.authenticate("aws4_request", key: serviceKey)
    }

    /// The hex signature of a string to sign.
    public func signature(stringToSign: String, secretAccessKey: String, date: Date) -> String {
        Hex.encode(HMACSHA256.authenticate(stringToSign, key: signingKey(secretAccessKey: secretAccessKey, date: date)))
    }

    /// The hex SHA-256 of a body.
    public func payloadHash(_ body: Data) -> String {
        Hex.encode(SHA256.hash(body))
    }
}
