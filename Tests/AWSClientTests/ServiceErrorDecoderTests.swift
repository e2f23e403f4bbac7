import AWSClient
import Foundation
import SecretsCore
import Testing

/// Error bodies as the service, moto and proxies send them, and what each becomes.
@Suite("Service error decoding")
struct ServiceErrorDecoderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var status: Int
        var body: String
        var headers: [HTTPHeader] = []
        var code: String
        var message: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "JSON with namespace prefix and capital Message (AWS)", status: 400,
            body: #"{"__type":"com.amazonaws.secretsmanager#ResourceNotFoundException","Message":"Secrets Manager can't find the specified secret."}"#,
            code: "ResourceNotFoundException", message: "Secrets Manager can't find the specified secret."),
        Case(
            label: "JSON without prefix and lower-case message (moto, 404)", status: 404,
            body: #"{"__type": "ResourceNotFoundException", "message": "Secrets Manager can't find the specified secret."}"#,
            code: "ResourceNotFoundException", message: "Secrets Manager can't find the specified secret."),
        Case(
            label: "JSON with a :suffix on the type", status: 400,
            body: #"{"__type":"ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/","message":"Rate exceeded"}"#,
            code: "ThrottlingException", message: "Rate exceeded"),
        Case(
            label: "JSON with a code and no message", status: 400, body: #"{"__type":"InvalidRequestException"}"#,
            code: "InvalidRequestException", message: ""),
        Case(
            label: "JSON with null members and extra ones", status: 400,
            body: #"{"__type":"ValidationException","Message":null,"message":"bad name","Extra":[1,2]}"#,
            code: "ValidationException", message: "bad name"),
        Case(
            label: "JSON with a message and no code: the status names it", status: 500,
            body: #"{"message":"An internal error occurred"}"#, code: "500", message: "An internal error occurred"),
        Case(
            label: "moto's XML 403 (SignatureDoesNotMatch)", status: 403,
            body: """
                <?xml version="1.0" encoding="utf-8"?>
                <ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.</Message><Type>Sender</Type></Error></Errors></ErrorResponse>
                """,
            code: "SignatureDoesNotMatch",
            message: "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."),
        Case(
            label: "STS-style XML with Error directly under ErrorResponse", status: 403,
            body: "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: x is not authorized &amp; denied</Message></Error><RequestId>1</RequestId></ErrorResponse>",
            code: "AccessDenied", message: "User: x is not authorized & denied"),
        Case(
            label: "S3-style XML with Error as the root", status: 503,
            body: "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>",
            code: "SlowDown", message: "Please reduce your request rate."),
        Case(
            label: "moto's HTML 500 page", status: 500,
            body: """
                <!doctype html>
                <html lang=en>
                <title>500 Internal Server Error</title>
                <h1>Internal Server Error</h1>
                <p>The server encountered an internal error and was unable to complete your request.</p>
                """,
            code: "500", message: "Internal Server Error"),
        Case(label: "empty 500", status: 500, body: "", code: "500", message: "Internal Server Error"),
        Case(label: "empty 503", status: 503, body: "", code: "503", message: "Service Unavailable"),
        Case(label: "empty 400", status: 400, body: "", code: "400", message: "Bad Request"),
        Case(label: "plain text 502 from a proxy", status: 502, body: "upstream connect error", code: "502", message: "Bad Gateway"),
        Case(
            label: "empty body with x-amzn-ErrorType", status: 400, body: "",
            headers: [HTTPHeader(name: "x-amzn-ErrorType", value: "UnrecognizedClientException:http://internal.amazon.com/")],
            code: "UnrecognizedClientException", message: ""),
        Case(
            label: "the body's code wins over the header", status: 400,
            body: #"{"__type":"AccessDeniedException","Message":"no"}"#,
            headers: [HTTPHeader(name: "x-amzn-ErrorType", value: "Other")], code: "AccessDeniedException", message: "no"),
        Case(label: "JSON that is not an object", status: 400, body: "[1]", code: "400", message: "Bad Request"),
    ]

    @Test("error bodies", arguments: cases)
    func decode(_ testCase: Case) {
        let response = HTTPResponse(status: testCase.status, headers: testCase.headers, body: Data(testCase.body.utf8))
        let error = ServiceErrorDecoder.decode(response)
        #expect(error.code == testCase.code)
        #expect(error.message == testCase.message)
        #expect(error.httpStatus == testCase.status)
        #expect(error.category == .service)
    }
}

/// The small XML reader: what it accepts and what it refuses.
@Suite("XML reader")
struct XMLReaderTests {
    @Test("declaration, namespaces, prefixes, comments, CDATA, entities and self-closing tags")
    func wellFormed() throws {
        let root = try #require(
            XMLReader.parse(
                """
                \u{FEFF}<?xml version="1.0"?>
                <!-- leading comment -->
                <a:Root xmlns:a="urn:x" attr='v'>
                  <Item id="1">one &amp; &lt;two&gt; &#233;&#x1F511;</Item>
                  <Empty/>
                  <Data><![CDATA[<raw> & stuff]]></Data>
                  <!-- inner comment -->
                </a:Root>
                """))
        #expect(root.name == "Root")
        #expect(root.child("Item")?.text == "one & <two> é🔑")
        #expect(root.child("Empty")?.text == "")
        #expect(root.child("Data")?.text == "<raw> & stuff")
        #expect(root.children.map(\.name) == ["Item", "Empty", "Data"])
        #expect(root.path(["Item"])?.trimmedText == "one & <two> é🔑")
        #expect(root.firstDescendant("Data") != nil)
    }

    @Test(
        "not XML",
        arguments: [
            "", "{}", "plain text", "<a><b></a>", "<a>", "<a></a><b></b>", "<!doctype html>\n<html lang=en><p>x</html>",
            "<a>&bogus;</a>", "</a>",
        ])
    func notXML(_ text: String) {
        #expect(XMLReader.parse(text) == nil)
    }
}
