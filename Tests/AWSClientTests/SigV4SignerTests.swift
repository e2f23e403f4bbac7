import AWSClient
import Foundation
import Testing

/// SigV4 cases of our own: the Secrets Manager request shapes over `HTTPRequest` (empty body, non-ASCII body,
/// a loopback endpoint with a port), checked against signatures computed with an independent implementation
/// (Python's `hmac`/`hashlib`), plus the canonical pieces in isolation.
@Suite("SigV4 signer")
struct SigV4SignerTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    /// 2026-03-01T00:01:02Z.
    static let date = Date(timeIntervalSince1970: 1_772_323_262)

    static func jsonRequest(url: String, target: String, body: [UInt8]) -> HTTPRequest {
        HTTPRequest(
            method: "POST", url: URL(string: url)!,
            headers: [
                HTTPHeader(name: "Content-Type", value: "application/x-amz-json-1.1"),
                HTTPHeader(name: "X-Amz-Target", value: target),
            ],
            body: Data(body))
    }

    // MARK: - Whole requests

    @Test("empty body to a loopback endpoint: Host carries the port, the empty-string hash is signed")
    func emptyBodyLoopback() {
        let signer = SigV4Signer(service: "secretsmanager", region: "us-east-1")
        let request = Self.jsonRequest(url: "http://127.0.0.1:5000/", target: "secretsmanager.ListSecrets", body: [])
        let credentials = Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: Self.secret, source: "test")
        let signed = signer.sign(request, credentials: credentials, date: Self.date)

        #expect(signed.header("Host") == "127.0.0.1:5000")
        #expect(signed.header("X-Amz-Date") == "20260301T000102Z")
        #expect(signed.header("X-Amz-Security-Token") == nil)
        #expect(signed.header("x-amz-content-sha256") == nil)
        #expect(
            signed.header("Authorization")
                == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-east-1/secretsmanager/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
                + "Signature=104a8edb7a9c7a10f9a151dd5915a8f3542cc04420bb2af1f81c849d8f1d05c5")
        #expect(signed.body == request.body)
        #expect(signed.url == request.url)
    }

    @Test("non-ASCII body with a session token: the UTF-8 bytes are hashed and the token is signed")
    func nonASCIIBodyWithToken() {
        let body = Array(#"{"Name":"café/π","SecretString":"日本語 🔑"}"#.utf8)
        let signer = SigV4Signer(service: "secretsmanager", region: "ap-northeast-1")
        let request = Self.jsonRequest(
            url: "https://secretsmanager.ap-northeast-1.amazonaws.com", target: "secretsmanager.CreateSecret",
            body: body)
        let credentials = Credentials(
            accessKeyId: "AKIDEXAMPLE", secretAccessKey: Self.secret, sessionToken: "TOKEN/with+chars==",
            source: "test")
        let prepared = signer.prepare(SignableRequest(request), credentials: credentials, date: Self.date)
        let canonical = signer.canonicalRequest(prepared)

        #expect(canonical.hasSuffix("\ndf4b732cd1e75db2d220f11a0a64a5b220ba4505006b3ddbb84803962fd6bb96"))
        #expect(canonical.contains("\nhost:secretsmanager.ap-northeast-1.amazonaws.com\n"))
        #expect(canonical.contains("\nx-amz-security-token:TOKEN/with+chars==\n"))
        let signed = signer.sign(request, credentials: credentials, date: Self.date)
        #expect(signed.header("X-Amz-Security-Token") == "TOKEN/with+chars==")
        #expect(
            signed.header("Authorization")?.hasSuffix(
                "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, "
                    + "Signature=b104eee41c88da63b74f37fd1ea1ed312aeadfa8b6c4f01925650d048aa892fc") == true)
    }

    @Test("re-signing replaces the date and the signature instead of adding a second copy")
    func resigningReplaces() {
        let signer = SigV4Signer(service: "secretsmanager", region: "us-east-1")
        let credentials = Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: Self.secret, source: "test")
        let request = Self.jsonRequest(url: "https://example.com/", target: "secretsmanager.ListSecrets", body: [])
        let first = signer.sign(request, credentials: credentials, date: Self.date)
        let second = signer.sign(first, credentials: credentials, date: Self.date.addingTimeInterval(1))
        #expect(second.headers.filter { $0.name.lowercased() == "x-amz-date" }.count == 1)
        #expect(second.headers.filter { $0.name.lowercased() == "authorization" }.count == 1)
        #expect(second.header("X-Amz-Date") == "20260301T000103Z")
        #expect(second.header("Authorization") != first.header("Authorization"))
    }

    @Test("an empty session token is no token")
    func emptyToken() {
        let signer = SigV4Signer(service: "secretsmanager", region: "us-east-1")
        let credentials = Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: Self.secret, sessionToken: "", source: "test")
        let request = Self.jsonRequest(url: "https://example.com/", target: "secretsmanager.ListSecrets", body: [])
        let signed = signer.sign(request, credentials: credentials, date: Self.date)
        #expect(signed.header("X-Amz-Security-Token") == nil)
        #expect(signed.header("Authorization")?.contains("x-amz-security-token") == false)
    }

    @Test("user-agent and similar headers are sent but not signed")
    func unsignedHeaders() {
        let signer = SigV4Signer(service: "secretsmanager", region: "us-east-1")
        var request = SignableRequest(method: "POST", path: "/", headers: [HTTPHeader(name: "Host", value: "h")])
        request.headers.append(HTTPHeader(name: "User-Agent", value: "secretty/1"))
        request.headers.append(HTTPHeader(name: "X-Amzn-Trace-Id", value: "x"))
        #expect(signer.signedHeaders(request) == "host")
    }

    // MARK: - Canonical pieces

    @Test(
        "path normalisation",
        arguments: [
            ("/", "/"), ("", "/"), ("//", "/"), ("/a/./b", "/a/b"), ("/a/../b", "/b"), ("/a/b/../..", "/"),
            ("/../a", "/a"), ("//a//b//", "/a/b/"), ("/a b", "/a%20b"), ("/%20", "/%2520"), ("/é", "/%C3%A9"),
        ])
    func pathNormalisation(_ input: String, _ expected: String) {
        #expect(SigV4Signer(service: "s", region: "r").canonicalPath(input) == expected)
    }

    @Test("paths are kept as they are when normalisation is off")
    func pathWithoutNormalisation() {
        let signer = SigV4Signer(service: "s3", region: "r", options: .init(normalizePath: false))
        #expect(signer.canonicalPath("//a/./b/..") == "//a/./b/..")
    }

    @Test(
        "query canonicalisation",
        arguments: [
            ("", ""), ("b=2&a=1", "a=1&b=2"), ("a=2&a=1", "a=1&a=2"), ("a", "a="), ("a=&b", "a=&b="),
            ("x=a%20b", "x=a%20b"), ("x=a+b", "x=a%2Bb"), ("k=%7e", "k=~"), ("é=1", "%C3%A9=1"),
            ("Action=AssumeRole&Version=2011-06-15", "Action=AssumeRole&Version=2011-06-15"),
        ])
    func queryCanonicalisation(_ input: String, _ expected: String) {
        #expect(SigV4Signer(service: "s", region: "r").canonicalQuery(input) == expected)
    }

    @Test("the signing key follows the documented HMAC chain (AWS's published derivation example)")
    func signingKey() {
        // AWS General Reference example: secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20120215, us-east-1, iam.
        let signer = SigV4Signer(service: "iam", region: "us-east-1")
        let date = Date(timeIntervalSince1970: 1_329_264_000)
        let key = signer.signingKey(secretAccessKey: Self.secret, date: date)
        #expect(key.map { String(format: "%02x", $0) }.joined()
            == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")
    }
}
