import Foundation

/// Turns any `Encodable` into an ordered `JSONValue`, keeping members in the order they were encoded.
///
/// Foundation's `JSONEncoder` on Linux loses member order; this encoder keeps it, so output follows the
/// service's member order. Dictionaries with string keys are written with their keys sorted, so output is
/// stable from one run to the next.
public struct JSONValueEncoder: Sendable {
    /// How dates become JSON.
    public enum DateStrategy: Sendable {
        /// Epoch seconds as a number, as the service's JSON 1.1 wire form carries them.
        case secondsSince1970
        /// ISO 8601 in the given time zone, as aws CLI v2 prints timestamps
        /// (`2026-11-29T10:58:56.123000+01:00`, or `2026-11-29T10:58:56+01:00` without a fraction).
        case awsCLI(TimeZone)
    }

    /// How dates are written.
    public var dateStrategy: DateStrategy

    /// Creates an encoder with the given date strategy; binary data is always written as base64.
    public init(dateStrategy: DateStrategy = .secondsSince1970) {
        self.dateStrategy = dateStrategy
    }

    /// Encodes a value into an ordered JSON tree.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let encoder = TreeEncoder(options: self, codingPath: [])
        try encoder.box(value)
        return encoder.storage.value ?? .object([])
    }

    /// The JSON form of a date under this encoder's strategy.
    public func jsonValue(for date: Date) -> JSONValue {
        switch dateStrategy {
        case .secondsSince1970: return JSONValueEncoder.epochNumber(date)
        case .awsCLI(let zone): return .string(AWSTimestampFormat.string(from: date, timeZone: zone))
        }
    }

    /// Epoch seconds written as the shortest decimal that reads back to the same value.
    static func epochNumber(_ date: Date) -> JSONValue {
        let seconds = date.timeIntervalSince1970
        if seconds.rounded() == seconds, abs(seconds) < 1e15 { return .number(String(Int64(seconds))) }
        let text = "\(seconds)"
        if text.contains("e") || text.contains("E") {
            return .number(String(format: "%.6f", seconds))
        }
        return .number(text)
    }
}

// MARK: - Timestamp format

/// aws CLI v2's timestamp text: ISO 8601 in a local time zone, microseconds when there is a fraction.
public enum AWSTimestampFormat {
    /// Formats a date as aws CLI v2 prints it: `2026-11-29T10:58:56.123000+01:00` or `2026-11-29T10:58:56+01:00`.
    public static func string(from date: Date, timeZone: TimeZone) -> String {
        let interval = date.timeIntervalSince1970
        var whole = interval.rounded(.down)
        var micros = Int(((interval - whole) * 1_000_000).rounded(.toNearestOrEven))
        if micros >= 1_000_000 {
            whole += 1
            micros -= 1_000_000
        }
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: whole))
        let c = CivilTime(secondsSince1970: Int(whole), offset: offset)
        var out = c.dateText
        out += "T" + CivilTime.pad(c.hour, 2) + ":" + CivilTime.pad(c.minute, 2) + ":" + CivilTime.pad(c.second, 2)
        if micros != 0 { out += "." + CivilTime.pad(micros, 6) }
        let sign = offset < 0 ? "-" : "+"
        let absolute = abs(offset)
        out += sign + CivilTime.pad(absolute / 3600, 2) + ":" + CivilTime.pad((absolute % 3600) / 60, 2)
        if absolute % 60 != 0 { out += ":" + CivilTime.pad(absolute % 60, 2) }
        return out
    }
}

// MARK: - Storage

/// A mutable node of the tree being built; containers hand out references to their children.
final class JSONNode {
    enum Kind {
        case empty
        case scalar(JSONValue)
        case array([JSONNode])
        case object([(key: String, node: JSONNode)])
    }

    var kind: Kind = .empty

    var value: JSONValue? {
        switch kind {
        case .empty: return nil
        case .scalar(let v): return v
        case .array(let nodes): return .array(nodes.map { $0.value ?? .null })
        case .object(let members):
            return .object(members.compactMap { member in member.node.value.map { (member.key, $0) } })
        }
    }

    func makeObject() {
        if case .object = kind { return }
        kind = .object([])
    }

    func makeArray() {
        if case .array = kind { return }
        kind = .array([])
    }

    /// The child node for `key`, created at the end when new, reused when the key repeats.
    func child(forKey key: String) -> JSONNode {
        makeObject()
        guard case .object(var members) = kind else { return JSONNode() }
        if let existing = members.first(where: { $0.key == key }) { return existing.node }
        let node = JSONNode()
        members.append((key, node))
        kind = .object(members)
        return node
    }

    func appendChild() -> JSONNode {
        makeArray()
        guard case .array(var nodes) = kind else { return JSONNode() }
        let node = JSONNode()
        nodes.append(node)
        kind = .array(nodes)
        return node
    }

    var count: Int {
        if case .array(let nodes) = kind { return nodes.count }
        return 0
    }
}

// MARK: - Encoder

struct TreeCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

final class TreeEncoder: Encoder {
    let options: JSONValueEncoder
    let storage: JSONNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(options: JSONValueEncoder, codingPath: [any CodingKey], storage: JSONNode = JSONNode()) {
        self.options = options
        self.codingPath = codingPath
        self.storage = storage
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        storage.makeObject()
        return KeyedEncodingContainer(TreeKeyedContainer<Key>(encoder: self, node: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        storage.makeArray()
        return TreeUnkeyedContainer(encoder: self, node: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TreeSingleValueContainer(encoder: self, node: storage, codingPath: codingPath)
    }

    /// Encodes `value` into this encoder's node, with the special cases for dates, data and dictionaries.
    func box(_ value: any Encodable) throws {
        switch value {
        case let date as Date:
            storage.kind = .scalar(options.jsonValue(for: date))
        case let data as Data:
            storage.kind = .scalar(.string(data.base64EncodedString()))
        case let url as URL:
            storage.kind = .scalar(.string(url.absoluteString))
        case let decimal as Decimal:
            storage.kind = .scalar(.number(decimal.description))
        case let dictionary as [String: any Encodable]:
            // Keyed by strings: encoded with sorted keys so output is stable. A cast to a dictionary type, not to a
            // protocol, so that every other type is told apart without a search of the conformance tables.
            storage.makeObject()
            for (key, member) in dictionary.sorted(by: { $0.key < $1.key }) {
                let child = TreeEncoder(
                    options: options, codingPath: codingPath + [TreeCodingKey(stringValue: key)],
                    storage: storage.child(forKey: key))
                try child.box(member)
            }
        default:
            try value.encode(to: self)
        }
    }

    /// Encodes `value` into `node` with a child encoder at `key`.
    func box(_ value: any Encodable, into node: JSONNode, key: (any CodingKey)?) throws {
        let child = TreeEncoder(
            options: options, codingPath: key.map { codingPath + [$0] } ?? codingPath, storage: node)
        try child.box(value)
    }
}

/// JSON text of a floating-point number, refusing what JSON cannot carry.
private func floatingNumber(_ value: Double, path: [any CodingKey]) throws -> JSONValue {
    guard value.isFinite else {
        throw EncodingError.invalidValue(
            value, EncodingError.Context(codingPath: path, debugDescription: "JSON cannot carry \(value)"))
    }
    return .double(value)
}

struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TreeEncoder
    let node: JSONNode
    var codingPath: [any CodingKey]

    init(encoder: TreeEncoder, node: JSONNode, codingPath: [any CodingKey]) {
        self.encoder = encoder
        self.node = node
        self.codingPath = codingPath
    }

    private func set(_ value: JSONValue, _ key: Key) { node.child(forKey: key.stringValue).kind = .scalar(value) }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try floatingNumber(value, path: codingPath + [key]), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try floatingNumber(Double(value), path: codingPath + [key]), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.number(String(value)), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.box(value, into: node.child(forKey: key.stringValue), key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = node.child(forKey: key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(
            TreeKeyedContainer<NestedKey>(encoder: encoder, node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(forKey: key.stringValue)
        child.makeArray()
        return TreeUnkeyedContainer(encoder: encoder, node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(
            options: encoder.options, codingPath: codingPath + [TreeCodingKey(stringValue: "super")],
            storage: node.child(forKey: "super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(
            options: encoder.options, codingPath: codingPath + [key], storage: node.child(forKey: key.stringValue))
    }
}

struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: TreeEncoder
    let node: JSONNode
    var codingPath: [any CodingKey]
    var count: Int { node.count }

    init(encoder: TreeEncoder, node: JSONNode, codingPath: [any CodingKey]) {
        self.encoder = encoder
        self.node = node
        self.codingPath = codingPath
    }

    private var nextKey: TreeCodingKey { TreeCodingKey(intValue: node.count) }
    private func append(_ value: JSONValue) { node.appendChild().kind = .scalar(value) }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(try floatingNumber(value, path: codingPath + [nextKey])) }
    mutating func encode(_ value: Float) throws {
        append(try floatingNumber(Double(value), path: codingPath + [nextKey]))
    }
    mutating func encode(_ value: Int) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { append(.number(String(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = nextKey
        try encoder.box(value, into: node.appendChild(), key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let key = nextKey
        let child = node.appendChild()
        child.makeObject()
        return KeyedEncodingContainer(
            TreeKeyedContainer<NestedKey>(encoder: encoder, node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = nextKey
        let child = node.appendChild()
        child.makeArray()
        return TreeUnkeyedContainer(encoder: encoder, node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let key = nextKey
        return TreeEncoder(options: encoder.options, codingPath: codingPath + [key], storage: node.appendChild())
    }
}

struct TreeSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    let node: JSONNode
    var codingPath: [any CodingKey]

    private func set(_ value: JSONValue) { node.kind = .scalar(value) }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(try floatingNumber(value, path: codingPath)) }
    mutating func encode(_ value: Float) throws { set(try floatingNumber(Double(value), path: codingPath)) }
    mutating func encode(_ value: Int) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { set(.number(String(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.box(value, into: node, key: nil)
    }
}
