/// What a widget did with an input event.
public enum InputOutcome: Hashable, Sendable {
    /// The widget does not use the event; the caller may.
    case ignored
    /// The widget used the event and its state may have changed.
    case handled
    /// The user accepted (Enter in a field, a button in a dialog).
    case submitted
    /// The user backed out (Esc).
    case cancelled
}
