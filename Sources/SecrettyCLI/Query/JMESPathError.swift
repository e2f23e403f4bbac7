import SecretsCore

/// A `--query` expression that does not parse, uses something unsupported, or fails on the data.
///
/// Its category is `.usage` (exit 252), as the aws CLI treats a bad `--query`.
public struct JMESPathError: CategorizedError, Equatable {
    /// The expression as given.
    public var expression: String
    /// What was wrong, naming the construct.
    public var message: String
    /// The 1-based column in the expression where it was found, when known.
    public var column: Int?

    /// Creates an error for `expression`.
    public init(expression: String, message: String, column: Int? = nil) {
        self.expression = expression
        self.message = message
        self.column = column
    }

    /// Always `.usage`.
    public var category: ErrorCategory { .usage }

    /// `Bad value for --query EXPR: MESSAGE [at column N]`, as the aws CLI words it.
    public var summary: String {
        var text = "Bad value for --query \(expression): \(message)"
        if let column { text += " at column \(column)" }
        return text
    }
}
