import AWSClient
import Foundation
import SecretsCore
import Testing

/// STSClient over a scripted transport: the Query request, signing, XML results, errors and retries.
@Suite("STS client")
struct STSClientTests {
    static let endpoint = URL(string: "https://sts.eu-west-1.amazonaws.com")!
    static let now = Date(timeIntervalSince1970: 1_772_323_262)
    static let caller = Credentials(
        accessKeyId: "AKIDCALLER", secretAccessKey: "callersecret", sessionToken: "callertoken", source: "test")

    static func assumeRoleResponse(action: String = "AssumeRole", expiration: String = "2026-03-01T01:01:02Z")
        -> ScriptedTransport.Outcome
    {
        .response(
            HTTPResponse(
                status: 200,
                body: Data(
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <\(action)Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                      <\(action)Result>
                        <AssumedRoleUser>
                          <Arn>arn:aws:sts::123456789012:assumed-role/demo/session&amp;1</Arn>
                          <AssumedRoleId>AROA3XFRBF535PLBIFPI4:s3-access-example</AssumedRoleId>
                        </AssumedRoleUser>
                        <Credentials>
                          <SecretAccessKey>9drTJvcXLB89EXAMPLELB8923FB892xMFI</SecretAccessKey>
                          <SessionToken>AQoXdzELDDY//////////wEaoAK1wvxJY12r2IrDFT2IvAzTCn3zHoZ7YNtpiQLF0MqZye/qwjzP2iEXAMPLE</SessionToken>
                          <Expiration>\(expiration)</Expiration>
                          <AccessKeyId>ASIAJEXAMPLEXEG2JICEA</AccessKeyId>
                        </Credentials>
                        <PackedPolicySize>6</PackedPolicySize>
                      </\(action)Result>
                      <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
                    </\(action)Response>
                    """.utf8)))
    }

    func client(_ transport: ScriptedTransport, sleeper: RecordingSleeper = RecordingSleeper()) -> STSClient {
        STSClient(
            endpoint: Self.endpoint, region: "eu-west-1", transport: transport, clock: { Self.now },
            retrier: Retrier(policy: RetryPolicy(), jitter: FixedJitter([0.5]), sleeper: sleeper))
    }

    // MARK: - AssumeRole

    @Test("AssumeRole sends a signed form POST and reads the credentials")
    func assumeRole() async throws {
        let transport = ScriptedTransport([Self.assumeRoleResponse()])
        let credentials = try await client(transport).assumeRole(
            roleArn: "arn:aws:iam::123456789012:role/demo", sessionName: "secretty-1", externalId: "ext id/1",
            durationSeconds: 900, credentials: Self.caller)

        #expect(credentials.accessKeyId == "ASIAJEXAMPLEXEG2JICEA")
        #expect(credentials.secretAccessKey == "9drTJvcXLB89EXAMPLELB8923FB892xMFI")
        #expect(credentials.sessionToken?.hasPrefix("AQoXdzELDDY//////////") == true)
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_772_326_862))

        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url == Self.endpoint)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(
            String(decoding: request.body, as: UTF8.self)
                == "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo"
                + "&RoleSessionName=secretty-1&DurationSeconds=900&ExternalId=ext%20id%2F1")
        #expect(request.header("X-Amz-Date") == "20260301T000102Z")
        #expect(request.header("X-Amz-Security-Token") == "callertoken")
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDCALLER/20260301/eu-west-1/sts/aws4_request, "))
        #expect(authorization.contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, "))

        // The signature is the one the signer computes for this exact request.
        let signer = SigV4Signer(service: "sts", region: "eu-west-1")
        var unsigned = request
        unsigned.headers.removeAll { ["authorization", "x-amz-date", "x-amz-security-token", "host"].contains($0.name.lowercased()) }
        #expect(signer.sign(unsigned, credentials: Self.caller, date: Self.now).header("Authorization") == authorization)
    }

    @Test("optional parameters are left out when absent, and fractional expirations parse")
    func assumeRoleMinimal() async throws {
        let transport = ScriptedTransport([Self.assumeRoleResponse(expiration: "2026-03-01T01:01:02.500Z")])
        let credentials = try await client(transport).assumeRole(
            roleArn: "arn:aws:iam::1:role/r", sessionName: "s", externalId: nil, durationSeconds: nil,
            credentials: Self.caller)
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_772_326_862.5))
        let body = String(decoding: try #require(transport.requests.first).body, as: UTF8.self)
        #expect(body == "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr&RoleSessionName=s")
    }

    // MARK: - AssumeRoleWithWebIdentity

    @Test("AssumeRoleWithWebIdentity is unsigned and carries the token in the form")
    func webIdentity() async throws {
        let transport = ScriptedTransport([Self.assumeRoleResponse(action: "AssumeRoleWithWebIdentity")])
        let credentials = try await client(transport).assumeRoleWithWebIdentity(
            roleArn: "arn:aws:iam::123456789012:role/web", sessionName: "web", webIdentityToken: "eyJ.a+b/c=",
            durationSeconds: 3600)
        #expect(credentials.accessKeyId == "ASIAJEXAMPLEXEG2JICEA")
        let request = try #require(transport.requests.first)
        #expect(request.header("Authorization") == nil)
        #expect(request.header("X-Amz-Security-Token") == nil)
        #expect(
            String(decoding: request.body, as: UTF8.self)
                == "Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
                + "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fweb&RoleSessionName=web&DurationSeconds=3600"
                + "&WebIdentityToken=eyJ.a%2Bb%2Fc%3D")
    }

    // MARK: - Errors and retries

    @Test("an ErrorResponse becomes a ServiceError with the STS code and message, not retried")
    func errorResponse() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.raw(
                403,
                """
                <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <Error><Type>Sender</Type><Code>AccessDenied</Code>
                  <Message>User: arn:aws:iam::1:user/x is not authorized to perform: sts:AssumeRole</Message></Error>
                  <RequestId>4d0a0d9e</RequestId>
                </ErrorResponse>
                """)
        ])
        let error = await #expect(throws: ServiceError.self) {
            try await client(transport).assumeRole(
                roleArn: "arn:aws:iam::1:role/r", sessionName: "s", externalId: nil, durationSeconds: nil,
                credentials: Self.caller)
        }
        #expect(error?.code == "AccessDenied")
        #expect(error?.message == "User: arn:aws:iam::1:user/x is not authorized to perform: sts:AssumeRole")
        #expect(error?.httpStatus == 403)
        #expect(transport.requests.count == 1)
    }

    @Test("a throttled or unavailable STS is retried, each attempt re-signed")
    func retries() async throws {
        let throttled = ScriptedTransport.raw(
            400, "<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>")
        let transport = ScriptedTransport([throttled, ScriptedTransport.raw(503, ""), Self.assumeRoleResponse()])
        let sleeper = RecordingSleeper()
        _ = try await client(transport, sleeper: sleeper).assumeRole(
            roleArn: "arn:aws:iam::1:role/r", sessionName: "s", externalId: nil, durationSeconds: nil,
            credentials: Self.caller)
        #expect(transport.requests.count == 3)
        #expect(sleeper.delays == [0.5, 1.0])
        #expect(transport.requests.allSatisfy { $0.header("Authorization") != nil })
    }

    @Test("a 200 without credentials is a failure, not empty credentials")
    func missingCredentials() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.raw(200, "<AssumeRoleResponse><AssumeRoleResult></AssumeRoleResult></AssumeRoleResponse>")
        ])
        await #expect(throws: LocalError.self) {
            try await client(transport).assumeRole(
                roleArn: "arn:aws:iam::1:role/r", sessionName: "s", externalId: nil, durationSeconds: nil,
                credentials: Self.caller)
        }
    }
}
