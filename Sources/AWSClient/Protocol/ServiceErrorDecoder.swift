import Foundation
import SecretsCore

/// Turns a non-2xx HTTP response into a `ServiceError`, whatever shape its body has.
///
/// In order: a JSON body (`__type`, `code` or `Code`, with any `namespace#` prefix and `:…` suffix dropped;
/// `message`, `Message` or `errorMessage`), the `x-amzn-ErrorType` header, an XML body (`<ErrorResponse><Error>`,
/// `<Error>`, `<Response><Errors><Error>`: the first `Code` and `Message`), and only when none of them names the
/// error, the HTTP status: code `"<status>"` and the status's reason phrase, as botocore reports it.
public enum ServiceErrorDecoder {
    /// The service error a response carries.
    public static func decode(_ response: HTTPResponse) -> ServiceError {
        var code: String?
        var message: String?

        if let object = jsonObject(response.body) {
            code = (object["__type"] as? String) ?? (object["code"] as? String) ?? (object["Code"] as? String)
            message = (object["message"] as? String) ?? (object["Message"] as? String)
                ?? (object["errorMessage"] as? String)
        } else if let root = XMLReader.parse(response.body) {
            let error = root.name == "Error" ? root : root.firstDescendant("Error")
            code = error?.child("Code")?.trimmedText
            message = error?.child("Message")?.trimmedText
        }
        if code.map(sanitize)?.isEmpty ?? true, let header = response.header("x-amzn-ErrorType") {
            code = header
        }
        if let found = code.map(sanitize), !found.isEmpty {
            return ServiceError(code: found, message: message ?? "", httpStatus: response.status)
        }
        return ServiceError(
            code: String(response.status), message: message ?? reasonPhrase(response.status),
            httpStatus: response.status)
    }

    /// An error code without a `namespace#` prefix or a `:http://…` suffix, trimmed.
    public static func sanitize(_ raw: String) -> String {
        var code = Substring(raw)
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        return code.trimmingWhitespace
    }

    /// The standard reason phrase of an HTTP status (`Service Unavailable`), or `HTTP <status>` for others.
    public static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 413: return "Request Entity Too Large"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "HTTP \(status)"
        }
    }

    private static func jsonObject(_ body: Data) -> [String: Any]? {
        guard let first = body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{")
        else { return nil }
        return (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
    }
}
