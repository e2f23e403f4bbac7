import SecretsCore

/// A compiled `--query` expression: JMESPath as the aws CLI evaluates it.
///
/// Supported: identifiers (bare and quoted), sub-expressions, index and slice (negative, with step), `[*]`
/// and `*` projections, `[]` flatten, filters `[?expr]` with `==`, `!=`, `<`, `<=`, `>`, `>=`, `&&`, `||`,
/// `!` and parentheses, literals (`` `json` `` and `'raw'`), `@`, multiselect lists and hashes, pipes, and
/// the functions of the JMESPath specification. Anything else is a `JMESPathError` naming the construct.
public struct JMESPathExpression: Sendable {
    /// The expression as given.
    public let expression: String
    let root: JMESPathNode

    /// Parses an expression; syntax errors and unsupported constructs throw, naming the construct and column.
    public init(_ expression: String) throws(JMESPathError) {
        self.expression = expression
        var lexer = JMESPathLexer(expression)
        let tokens = try lexer.tokenize()
        if tokens.count == 1 { throw JMESPathError(expression: expression, message: "the expression is empty") }
        var parser = JMESPathParser(expression: expression, tokens: tokens)
        root = try parser.parse()
    }

    /// Evaluates the expression on `value`; a function given the wrong type of argument throws.
    public func evaluate(_ value: JSONValue) throws(JMESPathError) -> JSONValue {
        try JMESPathInterpreter(expression: expression).evaluate(root, value)
    }
}
