import Foundation

/// An unambiguous byte encoding of structured values, for MACs and associated data.
///
/// Every field is length-prefixed or fixed-size, so two different field sequences never encode to the same
/// bytes; each encoding starts with a domain string, so a MAC of one kind of record never verifies as another.
struct CanonicalEncoder {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Starts an encoding with its domain separation string.
    init(domain: String) {
        append(domain)
    }

    // MARK: - Fields

    /// Appends a string as its UTF-8 length (8 bytes, big-endian) and bytes.
    mutating func append(_ text: String) {
        append(Array(text.utf8))
    }

    /// Appends bytes as their length (8 bytes, big-endian) and the bytes.
    mutating func append(_ data: [UInt8]) {
        append(UInt64(data.count))
        bytes.append(contentsOf: data)
    }

    /// Appends an unsigned integer as 8 bytes, big-endian.
    mutating func append(_ number: UInt64) {
        withUnsafeBytes(of: number.bigEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a signed integer as 8 bytes, big-endian two's complement.
    mutating func append(_ number: Int) {
        append(UInt64(bitPattern: Int64(number)))
    }

    /// Appends a boolean as one byte.
    mutating func append(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    /// Appends a date as the exact bit pattern of its interval since the reference date.
    mutating func append(_ date: Date) {
        append(date.timeIntervalSinceReferenceDate.bitPattern)
    }

    /// Appends a presence byte, then the value when present.
    mutating func appendOptional<T>(_ value: T?, _ write: (inout CanonicalEncoder, T) -> Void) {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        write(&self, value)
    }

    /// Appends an optional string.
    mutating func append(_ text: String?) {
        appendOptional(text) { $0.append($1) }
    }

    /// Appends an optional date.
    mutating func append(_ date: Date?) {
        appendOptional(date) { $0.append($1) }
    }
}
