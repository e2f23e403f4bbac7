import AWSClient
import Foundation
import Testing

/// Requests shaped like secretty's (JSON 1.1, STS form posts, loopback endpoints with ports, session tokens, other
/// partitions) plus reserved and non-ASCII characters in paths and queries, with the `Authorization` header that
/// botocore 1.43.11's `SigV4Auth` produced for each at 2026-03-01T00:01:02Z with the suite's example keys.
@Suite("SigV4 cross-check with botocore")
struct SigV4BotocoreCrossCheckTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var method: String
        var url: String
        var region: String
        var service: String
        var headers: [(String, String)]
        var body: String
        var token: String?
        var authorization: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: #"json-create-emoji"#, method: #"POST"#,
            url: #"https://secretsmanager.us-west-2.amazonaws.com/"#,
            region: #"us-west-2"#, service: #"secretsmanager"#, headers: [(#"Content-Type"#, #"application/x-amz-json-1.1"#), (#"X-Amz-Target"#, #"secretsmanager.CreateSecret"#)],
            body: #"{"Name":"p/q r","SecretString":"🔑 ключ \u0000 \"quoted\"","ClientRequestToken":"11111111-2222-4333-8444-555555555555"}"#,
            token: nil,
            authorization: #"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-west-2/secretsmanager/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=dc292b4152e472788769d450c0db92cda07555ce5d9ce93e84c532fa60eb8708"#),
        Case(
            name: #"json-token-cn"#, method: #"POST"#,
            url: #"https://secretsmanager.cn-north-1.amazonaws.com.cn/"#,
            region: #"cn-north-1"#, service: #"secretsmanager"#, headers: [(#"Content-Type"#, #"application/x-amz-json-1.1"#), (#"X-Amz-Target"#, #"secretsmanager.GetSecretValue"#)],
            body: #"{"SecretId":"arn:aws-cn:secretsmanager:cn-north-1:1:secret:x-AbCdEf"}"#,
            token: #"FwoGZXIvYXdzE//////////wEaDK+/=="#,
            authorization: #"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/cn-north-1/secretsmanager/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=f0ed96d2fcd35c00ac89f59948410ce8ed5225d5f358deb96cf57623fc4f7ed0"#),
        Case(
            name: #"json-loopback-port"#, method: #"POST"#,
            url: #"http://127.0.0.1:49152/"#,
            region: #"us-east-1"#, service: #"secretsmanager"#, headers: [(#"Content-Type"#, #"application/x-amz-json-1.1"#), (#"X-Amz-Target"#, #"secretsmanager.ListSecrets"#)],
            body: #"{}"#,
            token: nil,
            authorization: #"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-east-1/secretsmanager/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=087ff4069a94f9e9f1567390b8ad53cc253dc0dfe54916c4b348e8ead5a79f86"#),
        Case(
            name: #"sts-form"#, method: #"POST"#,
            url: #"https://sts.eu-west-3.amazonaws.com/"#,
            region: #"eu-west-3"#, service: #"sts"#, headers: [(#"Content-Type"#, #"application/x-www-form-urlencoded; charset=utf-8"#)],
            body: #"Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr&RoleSessionName=s"#,
            token: #"tok"#,
            authorization: #"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/eu-west-3/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=5a8122a7cbb8caf534ff0be5511b583c1200af212a7e37368d0e61a7ff172c51"#),
        Case(
            name: #"get-reserved-query"#, method: #"GET"#,
            url: #"https://example.amazonaws.com/a/b?x=%21%2A%27%28%29&y=a%20b&z=%2F%3F%23&empty="#,
            region: #"ap-southeast-2"#, service: #"service"#, headers: [(#"My-Header"#, #"  spaced   out  value "#)],
            body: #""#,
            token: nil,
            authorization: #"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/ap-southeast-2/service/aws4_request, SignedHeaders=host;my-header;x-amz-date, Signature=2ae7d842aac11dbb37a9e838818254e06109a45720ae88f88c8290886133b71b"#),
        Case(
            name: #"get-unicode-path-query"#, method: #"GET"#,
            url: #"https://example.amazonaws.com/%C3%A9t%C3%A9/%E2%98%83?k%C3%A9=v%E2%98%83&a=1&a=0"#,
            region: #"us-gov-west-1"#, service: #"service"#, headers: [],
            body: #""#,
            token: nil,
            authorization: #"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-gov-west-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=3d5dfe72b3bc5b08ac5c13f2fb964650e4eee76b7d02ed1935266a827ccc6954"#),
    ]

    @Test("same Authorization as botocore", arguments: cases)
    func crossCheck(_ testCase: Case) throws {
        let request = HTTPRequest(
            method: testCase.method, url: try #require(URL(string: testCase.url)),
            headers: testCase.headers.map { HTTPHeader(name: $0.0, value: $0.1) }, body: Data(testCase.body.utf8))
        let credentials = Credentials(
            accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            sessionToken: testCase.token, source: "test")
        let signer = SigV4Signer(service: testCase.service, region: testCase.region)
        let signed = signer.sign(request, credentials: credentials, date: Date(timeIntervalSince1970: 1_772_323_262))
        #expect(signed.header("Authorization") == testCase.authorization)
    }
}
