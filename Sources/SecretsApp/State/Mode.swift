/// What the main area shows: the browse panes, the form, or the review of an edit.
public enum Mode: Equatable, Sendable {
    /// The secrets, versions and value panes.
    case browse

    /// Whether leaving loses an edit.
    public var hasUnsavedEdits: Bool {
        switch self {
        case .browse: false
        }
    }
}
