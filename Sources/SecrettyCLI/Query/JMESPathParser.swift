import SecretsCore

/// A top-down operator-precedence parser for JMESPath, with the binding powers of the reference grammar.
struct JMESPathParser {
    let expression: String
    let tokens: [JMESPathToken]
    var position = 0

    /// Projections stop at tokens that bind less than this.
    static let projectionStop = 10
    /// The binding power of `*` and `[*]` projections.
    static let starPower = 20
    /// The binding power of `[?` filter projections.
    static let filterPower = 21

    init(expression: String, tokens: [JMESPathToken]) {
        self.expression = expression
        self.tokens = tokens
    }

    /// Parses the whole expression.
    mutating func parse() throws(JMESPathError) -> JMESPathNode {
        let node = try parseExpression(0)
        guard current.kind == .eof else { throw unexpected(current) }
        return node
    }

    // MARK: - Tokens

    var current: JMESPathToken { tokens[position] }

    func lookahead(_ offset: Int) -> JMESPathToken { tokens[min(position + offset, tokens.count - 1)] }

    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    mutating func match(_ kind: JMESPathToken.Kind) throws(JMESPathError) {
        guard current.kind == kind else { throw unexpected(current, expected: JMESPathToken(kind: kind, column: 0).display) }
        advance()
    }

    func error(_ message: String, at token: JMESPathToken) -> JMESPathError {
        JMESPathError(expression: expression, message: message, column: token.column)
    }

    func unexpected(_ token: JMESPathToken, expected: String? = nil) -> JMESPathError {
        var message = "unexpected \(token.display)"
        if let expected { message += ", expected \(expected)" }
        return error(message, at: token)
    }

    // MARK: - Expressions

    mutating func parseExpression(_ bindingPower: Int) throws(JMESPathError) -> JMESPathNode {
        let token = current
        advance()
        var left = try nud(token)
        while bindingPower < current.bindingPower {
            let token = current
            advance()
            left = try led(token, left)
        }
        return left
    }

    /// A token that starts an expression.
    mutating func nud(_ token: JMESPathToken) throws(JMESPathError) -> JMESPathNode {
        switch token.kind {
        case .literal:
            return .literal(token.value)
        case .unquotedIdentifier:
            return .field(token.name)
        case .quotedIdentifier:
            if current.kind == .lparen { throw error("a function name cannot be quoted", at: token) }
            return .field(token.name)
        case .star:
            let right: JMESPathNode =
                current.kind == .rbracket ? .current : try parseProjectionRHS(Self.starPower)
            return .valueProjection(.current, right)
        case .filter:
            return try ledFilter(.current)
        case .lbrace:
            return try parseMultiselectHash()
        case .lparen:
            let inner = try parseExpression(0)
            try match(.rparen)
            return inner
        case .flatten:
            let right = try parseProjectionRHS(token.bindingPower)
            return .listProjection(.flatten(.current), right)
        case .not:
            return .not(try parseExpression(token.bindingPower))
        case .lbracket:
            if current.kind == .number || current.kind == .colon {
                return try projectIfSlice(.current, try parseIndexExpression())
            }
            if current.kind == .star, lookahead(1).kind == .rbracket {
                advance()
                advance()
                let right = try parseProjectionRHS(Self.starPower)
                return .listProjection(.current, right)
            }
            return try parseMultiselectList()
        case .current:
            return .current
        case .expref:
            return .expressionReference(try parseExpression(token.bindingPower))
        case .number:
            throw error("a bare number is not an expression (use `\(token.number)` for a literal or [\(token.number)] for an index)", at: token)
        default:
            throw unexpected(token)
        }
    }

    /// A token that continues the expression on its left.
    mutating func led(_ token: JMESPathToken, _ left: JMESPathNode) throws(JMESPathError) -> JMESPathNode {
        switch token.kind {
        case .dot:
            if current.kind == .star {
                advance()
                return .valueProjection(left, try parseProjectionRHS(token.bindingPower))
            }
            return .subexpression(left, try parseDotRHS(token.bindingPower))
        case .pipe:
            return .pipe(left, try parseExpression(token.bindingPower))
        case .or:
            return .or(left, try parseExpression(token.bindingPower))
        case .and:
            return .and(left, try parseExpression(token.bindingPower))
        case .lparen:
            return try parseFunctionCall(left, at: token)
        case .filter:
            return try ledFilter(left)
        case .eq, .ne, .lt, .lte, .gt, .gte:
            let comparator: JMESPathComparator
            switch token.kind {
            case .eq: comparator = .eq
            case .ne: comparator = .ne
            case .lt: comparator = .lt
            case .lte: comparator = .lte
            case .gt: comparator = .gt
            default: comparator = .gte
            }
            return .comparison(comparator, left, try parseExpression(token.bindingPower))
        case .flatten:
            return .listProjection(.flatten(left), try parseProjectionRHS(token.bindingPower))
        case .lbracket:
            if current.kind == .number || current.kind == .colon {
                return try projectIfSlice(left, try parseIndexExpression())
            }
            guard current.kind == .star else { throw unexpected(current, expected: "an index, a slice or '*'") }
            advance()
            try match(.rbracket)
            return .listProjection(left, try parseProjectionRHS(Self.starPower))
        default:
            throw unexpected(token)
        }
    }

    mutating func ledFilter(_ left: JMESPathNode) throws(JMESPathError) -> JMESPathNode {
        let condition = try parseExpression(0)
        try match(.rbracket)
        let right: JMESPathNode =
            current.kind == .flatten ? .current : try parseProjectionRHS(Self.filterPower)
        return .filterProjection(left, right, condition: condition)
    }

    mutating func projectIfSlice(_ left: JMESPathNode, _ right: JMESPathNode) throws(JMESPathError) -> JMESPathNode {
        let indexed = JMESPathNode.subexpression(left, right)
        guard case .slice = right else { return indexed }
        return .listProjection(indexed, try parseProjectionRHS(Self.starPower))
    }

    mutating func parseIndexExpression() throws(JMESPathError) -> JMESPathNode {
        if current.kind == .colon || lookahead(1).kind == .colon { return try parseSlice() }
        let number = current.number
        try match(.number)
        try match(.rbracket)
        return .index(number)
    }

    mutating func parseSlice() throws(JMESPathError) -> JMESPathNode {
        var parts: [Int?] = [nil, nil, nil]
        var part = 0
        while current.kind != .rbracket, part < 3 {
            switch current.kind {
            case .colon:
                part += 1
                if part == 3 { throw error("a slice has at most three parts", at: current) }
                advance()
            case .number:
                parts[part] = current.number
                advance()
            default:
                throw unexpected(current, expected: "a number, ':' or ']' in a slice")
            }
        }
        try match(.rbracket)
        if parts[2] == 0 { throw JMESPathError(expression: expression, message: "a slice step cannot be 0", column: nil) }
        return .slice(start: parts[0], stop: parts[1], step: parts[2])
    }

    mutating func parseProjectionRHS(_ bindingPower: Int) throws(JMESPathError) -> JMESPathNode {
        if current.bindingPower < Self.projectionStop { return .current }
        switch current.kind {
        case .lbracket, .filter:
            return try parseExpression(bindingPower)
        case .dot:
            advance()
            return try parseDotRHS(bindingPower)
        default:
            throw unexpected(current, expected: "'.', '[' or '[?' after a projection")
        }
    }

    mutating func parseDotRHS(_ bindingPower: Int) throws(JMESPathError) -> JMESPathNode {
        switch current.kind {
        case .unquotedIdentifier, .quotedIdentifier, .star:
            return try parseExpression(bindingPower)
        case .lbracket:
            advance()
            return try parseMultiselectList()
        case .lbrace:
            advance()
            return try parseMultiselectHash()
        default:
            throw unexpected(current, expected: "an identifier, '*', '[' or '{' after '.'")
        }
    }

    mutating func parseMultiselectList() throws(JMESPathError) -> JMESPathNode {
        var elements: [JMESPathNode] = []
        while true {
            elements.append(try parseExpression(0))
            if current.kind == .rbracket { break }
            try match(.comma)
        }
        try match(.rbracket)
        return .multiselectList(elements)
    }

    mutating func parseMultiselectHash() throws(JMESPathError) -> JMESPathNode {
        var pairs: [(key: String, value: JMESPathNode)] = []
        while true {
            let key = current
            guard key.kind == .unquotedIdentifier || key.kind == .quotedIdentifier else {
                throw unexpected(key, expected: "a key name in a multiselect hash")
            }
            advance()
            try match(.colon)
            pairs.append((key.name, try parseExpression(0)))
            if current.kind == .comma {
                advance()
            } else if current.kind == .rbrace {
                advance()
                return .multiselectHash(pairs)
            } else {
                throw unexpected(current, expected: "',' or '}'")
            }
        }
    }

    mutating func parseFunctionCall(_ left: JMESPathNode, at token: JMESPathToken) throws(JMESPathError) -> JMESPathNode {
        guard case .field(let name) = left else { throw error("'(' follows something that is not a function name", at: token) }
        let nameColumn = max(1, token.column - name.unicodeScalars.count)
        guard let function = JMESPathFunction(rawValue: name) else {
            throw JMESPathError(expression: expression, message: "unknown or unsupported function \(name)()", column: nameColumn)
        }
        var arguments: [JMESPathNode] = []
        while current.kind != .rparen {
            arguments.append(try parseExpression(0))
            if current.kind == .comma {
                advance()
                if current.kind == .rparen { throw unexpected(current, expected: "an argument") }
            } else if current.kind != .rparen {
                throw unexpected(current, expected: "',' or ')'")
            }
        }
        try match(.rparen)
        guard function.arity.contains(arguments.count) else {
            throw JMESPathError(
                expression: expression,
                message: "function \(name)() takes \(function.arityDescription), got \(arguments.count)",
                column: nameColumn)
        }
        return .function(function, arguments)
    }
}
