import SecretsCore

/// The aws CLI's `--output text`: tab-separated scalars, one line a structure, nested lists and structures on
/// their own lines prefixed by their upper-cased member name.
///
/// Scalars of an object come first in sorted key order; in a list of objects every element prints the union of
/// the scalar keys (missing ones empty); a list of scalars prints on one line, or one `NAME\tvalue` line each
/// when it belongs to a member.
struct TextFormatter {
    /// Applied to every scalar before it is written (visible escapes on a terminal, identity when piped).
    var sanitize: (String) -> String

    func format(_ value: JSONValue) -> String {
        var out = ""
        write(value, identifier: nil, scalarKeys: nil, into: &out)
        return out
    }

    private func text(_ value: JSONValue) -> String { sanitize(value.pythonText) }

    private func write(_ value: JSONValue, identifier: String?, scalarKeys: [String]?, into out: inout String) {
        switch value {
        case .object(let members): writeObject(members, identifier: identifier, scalarKeys: scalarKeys, into: &out)
        case .array(let items): writeList(items, identifier: identifier, into: &out)
        default:
            out += text(value)
            out += "\n"
        }
    }

    private func writeList(_ items: [JSONValue], identifier: String?, into out: inout String) {
        guard !items.isEmpty else { return }
        if items.contains(where: { if case .object = $0 { return true } else { return false } }) {
            let keys = allScalarKeys(items)
            for item in items { write(item, identifier: identifier, scalarKeys: keys, into: &out) }
        } else if items.contains(where: { if case .array = $0 { return true } else { return false } }) {
            let scalars = items.filter(\.isScalar)
            if !scalars.isEmpty { writeScalarList(scalars, identifier: identifier, into: &out) }
            for item in items where !item.isScalar { write(item, identifier: identifier, scalarKeys: nil, into: &out) }
        } else {
            writeScalarList(items, identifier: identifier, into: &out)
        }
    }

    private func writeScalarList(_ items: [JSONValue], identifier: String?, into out: inout String) {
        if let identifier {
            for item in items { out += sanitize(identifier.uppercased()) + "\t" + text(item) + "\n" }
        } else {
            out += items.map(text).joined(separator: "\t") + "\n"
        }
    }

    private func writeObject(
        _ members: [(key: String, value: JSONValue)], identifier: String?, scalarKeys: [String]?, into out: inout String
    ) {
        var scalars: [String] = []
        var nested: [(String, JSONValue)] = []
        let lookup = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        if let scalarKeys {
            for key in scalarKeys { scalars.append(lookup[key].map(text) ?? "") }
            for key in Set(lookup.keys).subtracting(scalarKeys).sorted() { nested.append((key, lookup[key]!)) }
        } else {
            for key in lookup.keys.sorted() {
                let value = lookup[key]!
                if value.isScalar { scalars.append(text(value)) } else { nested.append((key, value)) }
            }
        }
        if !scalars.isEmpty {
            if let identifier { scalars.insert(sanitize(identifier.uppercased()), at: 0) }
            out += scalars.joined(separator: "\t") + "\n"
        }
        for (key, value) in nested { write(value, identifier: key, scalarKeys: nil, into: &out) }
    }

    private func allScalarKeys(_ items: [JSONValue]) -> [String] {
        var keys: Set<String> = []
        for item in items {
            for member in item.objectMembers where member.value.isScalar { keys.insert(member.key) }
        }
        return keys.sorted()
    }
}
