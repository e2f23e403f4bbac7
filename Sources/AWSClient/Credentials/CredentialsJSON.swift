import Foundation
import SecretsCore

/// Decoding helpers shared by the providers that receive credentials as JSON.
enum CredentialsJSON {
    /// Parses a JSON object, or throws a configuration error naming the source.
    static func object(_ data: Data, from source: String) throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw LocalError.configuration("\(source) did not return a JSON object")
        }
        return object
    }

    /// A required non-empty string member.
    static func string(_ object: [String: Any], _ key: String, from source: String) throws -> String {
        guard let value = object[key] as? String, !value.isEmpty else {
            throw LocalError.configuration("\(source) returned no \(key)")
        }
        return value
    }

    /// Parses an RFC 3339 / ISO 8601 timestamp, with or without fractional seconds.
    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// The credentials in the `AccessKeyId`/`SecretAccessKey`/`Token`/`Expiration` shape of IMDS and containers.
    static func metadataCredentials(_ data: Data, from source: String) throws -> Credentials {
        let object = try object(data, from: source)
        let expiration = try (object["Expiration"] as? String).map { text -> Date in
            guard let date = date(text) else { throw LocalError.configuration("\(source) returned an unreadable Expiration \(text)") }
            return date
        }
        return Credentials(accessKeyId: try string(object, "AccessKeyId", from: source),
                           secretAccessKey: try string(object, "SecretAccessKey", from: source),
                           sessionToken: object["Token"] as? String, expiration: expiration, source: source)
    }
}
