/// How a failure is reported to a user, and the aws CLI v2 exit code that goes with it.
public enum ErrorCategory: Int32, Sendable {
    /// A bad command line (exit 252).
    case usage = 252
    /// Bad configuration or credentials: a missing vault, a wrong passphrase, no credentials (exit 253).
    case configuration = 253
    /// The service or the vault refused the request (exit 254).
    case service = 254
    /// Anything else: network, I/O, a busy vault (exit 255).
    case failure = 255
}

/// An error that knows how it is reported: its category (and so its exit code) and a one-line message.
public protocol CategorizedError: Error {
    /// The category, which fixes the exit code.
    var category: ErrorCategory { get }
    /// One line that names what was wrong, without the "An error occurred" frame of service errors.
    var summary: String { get }
}

/// A failure that did not come from the service: usage, configuration or I/O.
public struct LocalError: CategorizedError, Equatable, CustomStringConvertible {
    /// The category (usage, configuration or failure).
    public var category: ErrorCategory
    /// The message shown to the user.
    public var summary: String

    /// Creates a local error of the given category.
    public init(_ category: ErrorCategory, _ summary: String) {
        self.category = category
        self.summary = summary
    }

    /// A bad command line (exit 252).
    public static func usage(_ message: String) -> LocalError { LocalError(.usage, message) }
    /// Bad configuration or credentials (exit 253).
    public static func configuration(_ message: String) -> LocalError { LocalError(.configuration, message) }
    /// Network, I/O or any other failure (exit 255).
    public static func failure(_ message: String) -> LocalError { LocalError(.failure, message) }

    public var description: String { summary }
}
