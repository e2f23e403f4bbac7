import AWSClient
import Foundation
import Testing

/// The published SigV4 suites (botocore's classic suite, aws-c-auth's v4 header-signing cases) and the generated
/// Secrets Manager cases: canonical request, string to sign and signature must match byte for byte.
@Suite("SigV4 test vectors")
struct SigV4VectorTests {
    // MARK: - Presence

    @Test("the vectors are present in CI, and every suite has all its cases")
    func vectorsPresent() {
        guard SigV4Vectors.available else {
            if SigV4Vectors.isCI { Issue.record("SigV4 vectors missing at \(SigV4Vectors.root.path) with CI=true") }
            return
        }
        #expect(SigV4Vectors.classicCases(suite: "botocore-aws4_testsuite").count == 34)
        #expect(SigV4Vectors.crtCases().count == 38)
        #expect(SigV4Vectors.classicCases(suite: "secretsmanager-botocore-generated").count == 4)
    }

    // MARK: - botocore's classic suite

    @Test(
        "botocore aws4_testsuite",
        .enabled(if: SigV4Vectors.available, "SigV4 vectors not found next to the package (../shared/sigv4-vectors)"),
        arguments: SigV4Vectors.classicCases(suite: "botocore-aws4_testsuite"))
    func botocoreCase(_ folder: String) throws {
        let path = "botocore-aws4_testsuite/\(folder)"
        let name = (folder as NSString).lastPathComponent
        let raw = try SigV4Vectors.text("\(path)/\(name).req")
        let expectedCanonical = try SigV4Vectors.text("\(path)/\(name).creq")
        let signedRaw = try SigV4Vectors.text("\(path)/\(name).sreq")
        let request = SigV4Vectors.parseRequest(raw)

        // A token in the signed request but not in the request came from the credentials; it was signed when the
        // canonical request names it.
        let tokenInRequest = request.header("X-Amz-Security-Token") != nil
        let sentToken = SigV4Vectors.headerLines(signedRaw).first { $0.name == "x-amz-security-token" }?.value
        let credentialToken = tokenInRequest ? nil : sentToken
        let signsToken = expectedCanonical.contains("\nx-amz-security-token:")
        let credentials = Credentials(
            accessKeyId: SigV4Vectors.accessKeyId, secretAccessKey: SigV4Vectors.secretAccessKey,
            sessionToken: credentialToken, source: "test vector")
        let signer = SigV4Signer(
            service: "service", region: "us-east-1",
            options: .init(signSessionToken: credentialToken == nil || signsToken))

        try check(
            signer: signer, request: request, credentials: credentials, date: SigV4Vectors.date,
            canonical: expectedCanonical, stringToSign: try SigV4Vectors.text("\(path)/\(name).sts"),
            authorization: try SigV4Vectors.text("\(path)/\(name).authz"), signedRequest: signedRaw)
    }

    // MARK: - aws-c-auth v4 suite (header signing)

    @Test(
        "aws-c-auth v4 header signing",
        .enabled(if: SigV4Vectors.available, "SigV4 vectors not found next to the package (../shared/sigv4-vectors)"),
        arguments: SigV4Vectors.crtCases())
    func crtCase(_ folder: String) throws {
        let path = "aws-c-auth-aws-signing-test-suite/v4/\(folder)"
        let context = try SigV4VectorContext.load(path)
        let signer = SigV4Signer(service: context.service, region: context.region, options: context.options)
        let request = SigV4Vectors.parseRequest(try SigV4Vectors.text("\(path)/request.txt"))
        let signature = try SigV4Vectors.text("\(path)/header-signature.txt")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let signedRaw = try SigV4Vectors.text("\(path)/header-signed-request.txt")
        let authorization = SigV4Vectors.headerLines(signedRaw).first { $0.name == "authorization" }?.value ?? ""
        #expect(authorization.hasSuffix("Signature=\(signature)"))

        try check(
            signer: signer, request: request, credentials: context.awsCredentials, date: context.date,
            canonical: try SigV4Vectors.text("\(path)/header-canonical-request.txt"),
            stringToSign: try SigV4Vectors.text("\(path)/header-string-to-sign.txt"),
            authorization: authorization, signedRequest: signedRaw)
    }

    // MARK: - Secrets Manager cases signed by botocore

    @Test(
        "secretsmanager cases generated with botocore",
        .enabled(if: SigV4Vectors.available, "SigV4 vectors not found next to the package (../shared/sigv4-vectors)"),
        arguments: SigV4Vectors.classicCases(suite: "secretsmanager-botocore-generated"))
    func secretsManagerCase(_ folder: String) throws {
        let path = "secretsmanager-botocore-generated/\(folder)"
        let context = try SigV4VectorContext.load(path)
        let signer = SigV4Signer(service: context.service, region: context.region)
        let request = SigV4Vectors.parseRequest(try SigV4Vectors.text("\(path)/\(folder).req"))

        try check(
            signer: signer, request: request, credentials: context.awsCredentials, date: context.date,
            canonical: try SigV4Vectors.text("\(path)/\(folder).creq"),
            stringToSign: try SigV4Vectors.text("\(path)/\(folder).sts"),
            authorization: try SigV4Vectors.text("\(path)/\(folder).authz"),
            signedRequest: try SigV4Vectors.text("\(path)/\(folder).sreq"))
    }

    // MARK: - Checking one case

    /// Signs `request` and compares every stage with the expected files; the signed request must carry the same
    /// headers (name and value, any order) as the expected one. `Authorization` is compared with the expected
    /// `.authz` only: botocore's `get-vanilla-with-session-token.sreq` repeats `get-vanilla`'s signature, which
    /// contradicts its own `.authz` and `.sts`.
    private func check(
        signer: SigV4Signer, request: SignableRequest, credentials: Credentials, date: Date,
        canonical: String, stringToSign: String, authorization: String, signedRequest: String
    ) throws {
        let prepared = signer.prepare(request, credentials: credentials, date: date)
        let ourCanonical = signer.canonicalRequest(prepared)
        #expect(ourCanonical == canonical)
        let ourStringToSign = signer.stringToSign(canonicalRequest: ourCanonical, date: date)
        #expect(ourStringToSign == stringToSign)

        let signed = signer.sign(request, credentials: credentials, date: date)
        #expect(signed.header("Authorization") == authorization.trimmingCharacters(in: .whitespacesAndNewlines))

        let expectedHeaders = SigV4Vectors.headerLines(signedRequest).filter { $0.name != "authorization" }
            .map { "\($0.name):\($0.value)" }.sorted()
        let ourHeaders = signed.headers.filter { $0.name.lowercased() != "authorization" }
            .map { "\($0.name.lowercased()):\($0.value)" }.sorted()
        #expect(ourHeaders == expectedHeaders)
    }
}
