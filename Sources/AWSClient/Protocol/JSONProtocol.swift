import Foundation
import SecretsCore

/// The AWS JSON 1.1 protocol as Secrets Manager speaks it: `POST` to the endpoint, `X-Amz-Target:
/// secretsmanager.<Operation>`, `Content-Type: application/x-amz-json-1.1`, a JSON object body.
public enum JSONProtocol {
    /// The content type of requests.
    public static let contentType = "application/x-amz-json-1.1"

    // MARK: - Requests

    /// Builds the unsigned request of an operation; the body is `ServiceCoding.wireBody` of the shape.
    public static func request<Input: Encodable>(
        _ operation: SecretsOperation, input: Input, endpoint: URL
    ) throws -> HTTPRequest {
        let body: Data
        do {
            body = try ServiceCoding.wireBody(input)
        } catch {
            throw LocalError.failure("Could not encode the \(operation.rawValue) request: \(error)")
        }
        return HTTPRequest(
            method: "POST", url: endpoint,
            headers: [
                HTTPHeader(name: "Content-Type", value: contentType),
                HTTPHeader(name: "X-Amz-Target", value: operation.target),
            ],
            body: body)
    }

    // MARK: - Responses

    /// Decodes a response: a 2xx body becomes the output shape (an empty body reads as `{}`; unknown members
    /// and nulls are ignored), any other status becomes the `ServiceError` it carries.
    public static func response<Output: Decodable>(
        _ operation: SecretsOperation, _ response: HTTPResponse, as type: Output.Type
    ) throws -> Output {
        guard (200..<300).contains(response.status) else {
            throw ServiceErrorDecoder.decode(response)
        }
        let isBlank = response.body.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        let body = isBlank ? Data(utf8Of: "{}") : response.body
        do {
            return try ServiceCoding.wireDecoder().decode(Output.self, from: body)
        } catch {
            throw LocalError.failure(
                "Could not read the response to \(operation.rawValue) (HTTP \(response.status)): \(describe(error))")
        }
    }

    /// A short description of a decoding error: what was wrong and where.
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "the body" : keys.joined(separator: ".")
        }
        switch decoding {
        case .keyNotFound(let key, let context): return "missing \(key.stringValue) in \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default: return String(describing: decoding)
        }
    }
}
