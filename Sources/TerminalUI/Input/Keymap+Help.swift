// MARK: - Help and hints

/// One hint of the status bar: the key label and a short word.
public struct KeyHint: Hashable, Sendable {
    /// The key as shown (`^S`, `e`).
    public var key: String
    /// What it does (`review`).
    public var label: String

    /// A hint of `key` doing `label`.
    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// One line of the help overlay: a section heading or a binding.
public enum HelpLine: Hashable, Sendable {
    /// A section heading.
    case section(String)
    /// The keys of a binding, what it does, and why it is disabled (nil when enabled).
    case binding(keys: String, help: String, disabledReason: String?)
}

extension Keymap {
    /// The status bar hints of the enabled bindings of `sections` (all when nil) that have a hint, in order.
    public func hints(in sections: [String]? = nil) -> [KeyHint] {
        let ordered = sections.map { wanted in wanted.flatMap { s in bindings.filter { $0.section == s } } } ?? bindings
        return ordered.compactMap { binding in
            guard binding.isEnabled, let hint = binding.hint, let key = binding.keys.first else { return nil }
            return KeyHint(key: key.label, label: hint)
        }
    }

    /// The help overlay's lines for `sections` (all when nil): each section's heading, then its bindings with
    /// every key (`j/↓`) and their help; disabled bindings carry their reason.
    public func helpLines(in sections: [String]? = nil) -> [HelpLine] {
        var lines: [HelpLine] = []
        for section in sections ?? self.sections {
            let members = bindings.filter { $0.section == section && !$0.keys.isEmpty }
            guard !members.isEmpty else { continue }
            lines.append(.section(section))
            for binding in members {
                lines.append(.binding(
                    keys: binding.keys.map(\.label).joined(separator: "/"), help: binding.help,
                    disabledReason: binding.disabledReason))
            }
        }
        return lines
    }
}
