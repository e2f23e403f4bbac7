/// What the main area shows: the browse panes, the form or the review of an edit.
public enum Mode: Equatable, Sendable {
    /// The secrets, versions and value panes.
    case browse
    /// The form.
    case form(FormState)
    /// The review before the write.
    case review(ReviewState)

    /// Whether leaving loses an edit.
    public var hasUnsavedEdits: Bool {
        switch self {
        case .browse: false
        case .form(let form): form.isChanged
        case .review: true
        }
    }
}
