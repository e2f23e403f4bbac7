import AWSClient
import Foundation

/// The published SigV4 test suites in `<package root>/../shared/sigv4-vectors`, read from disk.
enum SigV4Vectors {
    // MARK: - Location

    /// The vectors folder, next to the package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/sigv4-vectors")

    /// Whether the vectors are present.
    static var available: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether this is a CI run, where absent vectors are a failure rather than a skip.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The example credentials every suite uses.
    static let accessKeyId = "AKIDEXAMPLE"
    static let secretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    /// The fixed signing instant, 2015-08-30T12:36:00Z.
    static let date = Date(timeIntervalSince1970: 1_440_938_160)

    // MARK: - Case folders

    /// Every folder under `suite` that holds a file named `<folder>.req`, as paths relative to the suite.
    static func classicCases(suite: String) -> [String] {
        let base = root.appendingPathComponent(suite)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var cases: [String] = []
        while let item = walker.nextObject() as? String {
            let name = (item as NSString).lastPathComponent
            let folder = (item as NSString).deletingLastPathComponent
            if name.hasSuffix(".req"), (folder as NSString).lastPathComponent + ".req" == name {
                cases.append(folder)
            }
        }
        return cases.sorted()
    }

    /// The case folders of the aws-c-auth `v4` suite.
    static func crtCases() -> [String] {
        let base = root.appendingPathComponent("aws-c-auth-aws-signing-test-suite/v4")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: base.appendingPathComponent("\($0)/request.txt").path)
        }.sorted()
    }

    /// A file's text with carriage returns removed.
    static func text(_ relativePath: String) throws -> String {
        let data = try Data(contentsOf: root.appendingPathComponent(relativePath))
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
    }

    // MARK: - Raw requests

    /// Parses raw request text: a request line (the target may hold spaces), `Name:value` headers with folded
    /// continuation lines, a blank line and the body.
    static func parseRequest(_ raw: String) -> SignableRequest {
        var head = raw
        var body = ""
        if let range = raw.range(of: "\n\n") {
            head = String(raw[..<range.lowerBound])
            body = String(raw[range.upperBound...])
        }
        let lines = head.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let requestLine = lines[0]
        let firstSpace = requestLine.firstIndex(of: " ")!
        let lastSpace = requestLine.lastIndex(of: " ")!
        let method = String(requestLine[..<firstSpace])
        let target = String(requestLine[requestLine.index(after: firstSpace)..<lastSpace])
        var path = target
        var query = ""
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        }
        var headers: [HTTPHeader] = []
        for line in lines.dropFirst() where !line.isEmpty {
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append(
                HTTPHeader(
                    name: String(line[..<colon]),
                    value: String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
        }
        return SignableRequest(method: method, path: path, query: query, headers: headers, body: Data(body.utf8))
    }

    /// The headers of raw request text, with names lower-cased.
    static func headerLines(_ raw: String) -> [(name: String, value: String)] {
        parseRequest(raw).headers.map { ($0.name.lowercased(), $0.value) }
    }
}

/// The `context.json` of an aws-c-auth case or a generated Secrets Manager case.
struct SigV4VectorContext: Decodable {
    struct Keys: Decodable {
        var accessKeyId: String
        var secretAccessKey: String
        var token: String?
        enum CodingKeys: String, CodingKey {
            case accessKeyId = "access_key_id"
            case secretAccessKey = "secret_access_key"
            case token
        }
    }

    var credentials: Keys
    var region: String
    var service: String
    var timestamp: String
    var normalize: Bool?
    var signBody: Bool?
    var omitSessionToken: Bool?

    enum CodingKeys: String, CodingKey {
        case credentials, region, service, timestamp, normalize
        case signBody = "sign_body"
        case omitSessionToken = "omit_session_token"
    }

    /// The signing instant.
    var date: Date { ISO8601DateFormatter().date(from: timestamp)! }

    /// The credentials as the client holds them.
    var awsCredentials: Credentials {
        Credentials(
            accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey,
            sessionToken: credentials.token, source: "test vector")
    }

    /// The signer options the case asks for.
    var options: SigV4Signer.Options {
        SigV4Signer.Options(
            normalizePath: normalize ?? true, addContentSHA256Header: signBody ?? false,
            signSessionToken: !(omitSessionToken ?? false))
    }

    /// Reads the context file of a case folder.
    static func load(_ relativeFolder: String) throws -> SigV4VectorContext {
        let data = Data(try SigV4Vectors.text("\(relativeFolder)/context.json").utf8)
        return try JSONDecoder().decode(SigV4VectorContext.self, from: data)
    }
}
