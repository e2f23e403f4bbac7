import SecretsCore

/// A lexical token of a JMESPath expression.
struct JMESPathToken: Sendable {
    /// The token kinds.
    enum Kind: Sendable, Equatable {
        case unquotedIdentifier, quotedIdentifier, number, literal
        case dot, star, flatten, filter, lbracket, rbracket, lbrace, rbrace, lparen, rparen, comma, colon
        case pipe, or, and, not, expref, current
        case eq, ne, lt, lte, gt, gte
        case eof
    }

    /// The kind.
    var kind: Kind
    /// The 1-based column of the token's first character.
    var column: Int
    /// The identifier's name, for identifiers.
    var name: String = ""
    /// The number, for number tokens.
    var number: Int = 0
    /// The value, for literals.
    var value: JSONValue = .null

    /// How tightly the token binds as an infix operator (jmespath's binding powers).
    var bindingPower: Int {
        switch kind {
        case .pipe: return 1
        case .or: return 2
        case .and: return 3
        case .eq, .ne, .lt, .lte, .gt, .gte: return 5
        case .flatten: return 9
        case .star: return 20
        case .filter: return 21
        case .dot: return 40
        case .not: return 45
        case .lbrace: return 50
        case .lbracket: return 55
        case .lparen: return 60
        default: return 0
        }
    }

    /// How the token is named in messages.
    var display: String {
        switch kind {
        case .unquotedIdentifier: return "identifier '\(name)'"
        case .quotedIdentifier: return "quoted identifier \"\(name)\""
        case .number: return "number \(number)"
        case .literal: return "literal"
        case .dot: return "'.'"
        case .star: return "'*'"
        case .flatten: return "'[]'"
        case .filter: return "'[?'"
        case .lbracket: return "'['"
        case .rbracket: return "']'"
        case .lbrace: return "'{'"
        case .rbrace: return "'}'"
        case .lparen: return "'('"
        case .rparen: return "')'"
        case .comma: return "','"
        case .colon: return "':'"
        case .pipe: return "'|'"
        case .or: return "'||'"
        case .and: return "'&&'"
        case .not: return "'!'"
        case .expref: return "'&'"
        case .current: return "'@'"
        case .eq: return "'=='"
        case .ne: return "'!='"
        case .lt: return "'<'"
        case .lte: return "'<='"
        case .gt: return "'>'"
        case .gte: return "'>='"
        case .eof: return "end of the expression"
        }
    }
}
