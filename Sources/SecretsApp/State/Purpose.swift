/// What a running request's answer is for.
public enum Purpose: Equatable, Sendable {
    /// A page of the secrets list.
    case listPage
    /// DescribeSecret for the details of `arn`.
    case describe(arn: String)
    /// The versions of `arn`.
    case versions(arn: String)
    /// The value of `arn`.
    case value(arn: String)
    /// The journal of `arn`.
    case journal(arn: String)
    /// Label moves being written (a promote, a custom label, an undo).
    case stageUpdate(arn: String, kind: ChangeKind)
    /// DescribeSecret after a write, to observe the moves.
    case describeAfterWrite(arn: String)
    /// DescribeSecret before an undo, to check nothing moved since.
    case undoCheck(arn: String)
    /// DeleteSecret.
    case delete(arn: String)
    /// RestoreSecret.
    case restore(arn: String)
    /// DescribeSecret of the review's stale check.
    case staleCheck(arn: String)
    /// PutSecretValue from the review.
    case submit(arn: String)
    /// CreateSecret from the review.
    case create(name: String)
    /// GetRandomPassword for the form.
    case generate

    /// Whether the request writes (a write is never cancelled silently).
    public var writes: Bool {
        switch self {
        case .stageUpdate, .delete, .restore, .submit, .create: true
        default: false
        }
    }
}
