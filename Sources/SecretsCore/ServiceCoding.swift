import Foundation

/// Encoders and decoders for the service's JSON 1.1 wire form: dates as epoch seconds, binary as base64.
public enum ServiceCoding {
    /// The wire body of a request or response shape: members in their declared order, dates as epoch seconds,
    /// binary as base64.
    public static func wireBody<T: Encodable>(_ value: T) throws -> Data {
        Data(utf8Of: try JSONValueEncoder(dateStrategy: .secondsSince1970).encode(value).compactText())
    }

    /// A decoder for request and response bodies on the wire; unknown members are ignored and nulls are absent.
    public static func wireDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        decoder.dataDecodingStrategy = .base64
        return decoder
    }
}
