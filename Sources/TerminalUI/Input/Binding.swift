/// One entry of a keymap: an action id, the keys that trigger it, and what help says about it.
public struct Binding: Hashable, Sendable {
    /// The action id (`secret.edit`, `list.down`); tests press bindings by it.
    public var id: String
    /// The keys that trigger it, the first being the one hints show.
    public var keys: [Key]
    /// The help text.
    public var help: String
    /// The help section (`lists`, `form`, …).
    public var section: String
    /// Whether the action writes to the backend; read-only mode disables it.
    public var writes: Bool
    /// Why the binding is disabled, or nil when it is enabled.
    public var disabledReason: String?
    /// The short label the status bar shows for it (`edit`), or nil to leave it out of the hints.
    public var hint: String?

    /// A binding of `id` to `keys`.
    public init(
        _ id: String, keys: [Key], help: String, section: String = "", writes: Bool = false,
        hint: String? = nil, disabledReason: String? = nil
    ) {
        self.id = id
        self.keys = keys
        self.help = help
        self.section = section
        self.writes = writes
        self.hint = hint
        self.disabledReason = disabledReason
    }

    /// Whether pressing it runs the action.
    public var isEnabled: Bool { disabledReason == nil }
}
