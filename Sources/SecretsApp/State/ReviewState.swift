import SecretsCore

/// The review before a write: the per-key diff, the stages to send, the predicted moves, and the stale check.
public struct ReviewState: Equatable, Sendable {
    /// The form being reviewed (Esc goes back to it).
    public var form: FormState
    /// The value to send.
    public var value: SecretValue
    /// The changes.
    public var diff: SecretFormDiff
    /// The VersionStages to send (editable with `s`).
    public var stages: [String] = [StagingLabels.current]
    /// Whether values in the diff are shown.
    public var isRevealed = false
    /// The stale check's state.
    public var check: StaleCheck
    /// Whether the write was sent and its answer is awaited.
    public var isSubmitting = false
    /// Whether Enter came while the stale check was running: the write follows its answer.
    public var submitWhenChecked = false

    /// A review of `form`'s value.
    public init(form: FormState, value: SecretValue, diff: SecretFormDiff, check: StaleCheck) {
        self.form = form
        self.value = value
        self.diff = diff
        self.check = check
    }
}

/// Whether AWSCURRENT moved since the form was loaded.
public enum StaleCheck: Equatable, Sendable {
    /// DescribeSecret is on its way.
    case checking
    /// AWSCURRENT is still where the form was loaded from; `map` is the version map now.
    case fresh(map: [String: [String]])
    /// AWSCURRENT moved from `loaded` to `now`; writing would overwrite a value the form never showed.
    case conflict(loaded: String?, now: String?, map: [String: [String]])
    /// A new secret: nothing to be stale against.
    case newSecret

    /// The version map now, when known.
    public var map: [String: [String]]? {
        switch self {
        case .fresh(let map), .conflict(_, _, let map): map
        default: nil
        }
    }
}
