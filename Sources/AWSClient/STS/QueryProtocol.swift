import Foundation
import SecretsCore

/// The AWS Query protocol as STS speaks it: a form-encoded `POST` (`Action=…&Version=…&Name=value…`) answered
/// with XML (`<ActionResponse><ActionResult>…`) or an `<ErrorResponse><Error>` body.
public enum QueryProtocol {
    /// The content type of requests.
    public static let contentType = "application/x-www-form-urlencoded; charset=utf-8"

    /// The form body: `Action`, `Version`, then the parameters in the given order, names and values
    /// percent-encoded (everything but `A-Z a-z 0-9 - . _ ~`).
    public static func body(action: String, version: String, parameters: [(String, String)]) -> Data {
        let pairs = [("Action", action), ("Version", version)] + parameters
        let text = pairs.map { "\(URIEncoding.encode($0.0))=\(URIEncoding.encode($0.1))" }.joined(separator: "&")
        return Data(utf8Of: text)
    }

    /// The unsigned request of an action.
    public static func request(endpoint: URL, action: String, version: String, parameters: [(String, String)])
        -> HTTPRequest
    {
        HTTPRequest(
            method: "POST", url: endpoint,
            headers: [HTTPHeader(name: "Content-Type", value: contentType)],
            body: body(action: action, version: version, parameters: parameters))
    }

    /// The `<ActionResult>` element of a 2xx response (the root element for actions that answer without one); any
    /// other status throws the `ServiceError` it carries, and a 2xx body that is not XML is a failure naming the
    /// action.
    public static func result(of action: String, _ response: HTTPResponse) throws -> XMLNode {
        guard (200..<300).contains(response.status) else { throw ServiceErrorDecoder.decode(response) }
        guard let root = XMLReader.parse(response.body) else {
            throw LocalError.failure("Could not read the \(action) response (HTTP \(response.status)): not XML")
        }
        return root.firstDescendant("\(action)Result") ?? root
    }
}
