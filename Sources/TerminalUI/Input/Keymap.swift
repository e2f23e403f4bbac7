/// Keybindings as data: lookup by event and by id, remapping from configuration, read-only mode.
///
/// Bindings are grouped in sections (`global`, `lists`, `form`, …); a lookup names the sections that are
/// active, in priority order, and the first binding of the first section that has the key wins.
public struct Keymap: Hashable, Sendable {
    /// Every binding, in the order help lists them.
    public private(set) var bindings: [Binding]

    /// A keymap of `bindings`.
    public init(_ bindings: [Binding]) {
        self.bindings = bindings
    }

    // MARK: - Lookup

    /// The binding `event` triggers among `sections` (all sections when nil), enabled or not.
    public func binding(for event: KeyEvent, in sections: [String]? = nil) -> Binding? {
        guard case .key(let key) = event else { return nil }
        guard let sections else { return bindings.first { $0.keys.contains(key) } }
        for section in sections {
            if let match = bindings.first(where: { $0.section == section && $0.keys.contains(key) }) { return match }
        }
        return nil
    }

    /// The binding with `id`.
    public func binding(id: String) -> Binding? {
        bindings.first { $0.id == id }
    }

    /// The event that presses binding `id` (its first key); tests press bindings this way.
    public func event(for id: String) -> KeyEvent? {
        binding(id: id)?.keys.first.map(KeyEvent.key)
    }

    /// The sections, in the order they first appear.
    public var sections: [String] {
        var seen: [String] = []
        for binding in bindings where !seen.contains(binding.section) { seen.append(binding.section) }
        return seen
    }

    // MARK: - Changes

    /// The keymap with every writing binding disabled, giving `reason` when one is pressed.
    public func readOnly(reason: String = "read-only mode") -> Keymap {
        Keymap(bindings.map { binding in
            var binding = binding
            if binding.writes { binding.disabledReason = reason }
            return binding
        })
    }

    /// The keymap with the keys of some bindings replaced, from configuration text: binding id to key names
    /// (`["secret.edit": ["e", "f4"]]`).
    public func remapped(_ overrides: [String: [String]]) throws(KeymapError) -> Keymap {
        var result = self
        for (id, names) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let index = result.bindings.firstIndex(where: { $0.id == id }) else {
                throw .unknownBinding(id)
            }
            var keys: [Key] = []
            for name in names {
                guard let key = Key(name: name) else { throw .unknownKey(binding: id, name: name) }
                keys.append(key)
            }
            result.bindings[index].keys = keys
        }
        return result
    }

    /// Keys bound more than once within one section, with the ids that share them.
    public var conflicts: [(section: String, key: Key, ids: [String])] {
        var result: [(section: String, key: Key, ids: [String])] = []
        for section in sections {
            var seen: [Key: [String]] = [:]
            var order: [Key] = []
            for binding in bindings where binding.section == section {
                for key in binding.keys {
                    if seen[key] == nil { order.append(key) }
                    seen[key, default: []].append(binding.id)
                }
            }
            for key in order where seen[key]!.count > 1 { result.append((section, key, seen[key]!)) }
        }
        return result
    }
}

/// A keymap override that names something that does not exist.
public enum KeymapError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No binding has this id.
    case unknownBinding(String)
    /// The key name means nothing.
    case unknownKey(binding: String, name: String)

    /// What a configuration error message says.
    public var description: String {
        switch self {
        case .unknownBinding(let id): "unknown binding '\(id)'"
        case .unknownKey(let id, let name): "binding '\(id)': unknown key '\(name)'"
        }
    }
}
