import Foundation

/// Encoders and decoders for the service's JSON 1.1 wire form: dates as epoch seconds, binary as base64.
public enum ServiceCoding {
    /// An encoder for request and response bodies on the wire.
    public static func wireEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.dataEncodingStrategy = .base64
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    /// A decoder for request and response bodies on the wire; unknown members are ignored and nulls are absent.
    public static func wireDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        decoder.dataDecodingStrategy = .base64
        return decoder
    }
}
