import Foundation
import SecretsCore

/// Splits a JMESPath expression into tokens.
struct JMESPathLexer {
    let expression: String
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ expression: String) {
        self.expression = expression
        self.scalars = Array(expression.unicodeScalars)
    }

    /// All the tokens, ending with `.eof`.
    mutating func tokenize() throws(JMESPathError) -> [JMESPathToken] {
        var tokens: [JMESPathToken] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .eof { return tokens }
        }
    }

    func error(_ message: String, at column: Int) -> JMESPathError {
        JMESPathError(expression: expression, message: message, column: column)
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    static func isIdentifierStart(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_"
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }

    mutating func next() throws(JMESPathError) -> JMESPathToken {
        while let s = peek(), s == " " || s == "\t" || s == "\n" || s == "\r" { index += 1 }
        let column = index + 1
        guard let s = peek() else { return JMESPathToken(kind: .eof, column: column) }
        func simple(_ kind: JMESPathToken.Kind, length: Int = 1) -> JMESPathToken {
            index += length
            return JMESPathToken(kind: kind, column: column)
        }
        switch s {
        case ".": return simple(.dot)
        case "*": return simple(.star)
        case "]": return simple(.rbracket)
        case "{": return simple(.lbrace)
        case "}": return simple(.rbrace)
        case "(": return simple(.lparen)
        case ")": return simple(.rparen)
        case ",": return simple(.comma)
        case ":": return simple(.colon)
        case "@": return simple(.current)
        case "[":
            if peek(1) == "]" { return simple(.flatten, length: 2) }
            if peek(1) == "?" { return simple(.filter, length: 2) }
            return simple(.lbracket)
        case "|": return peek(1) == "|" ? simple(.or, length: 2) : simple(.pipe)
        case "&": return peek(1) == "&" ? simple(.and, length: 2) : simple(.expref)
        case "!": return peek(1) == "=" ? simple(.ne, length: 2) : simple(.not)
        case "<": return peek(1) == "=" ? simple(.lte, length: 2) : simple(.lt)
        case ">": return peek(1) == "=" ? simple(.gte, length: 2) : simple(.gt)
        case "=":
            if peek(1) == "=" { return simple(.eq, length: 2) }
            throw error("unsupported '=' (comparison is '==')", at: column)
        case "\"": return try quotedIdentifier(column: column)
        case "'": return try rawString(column: column)
        case "`": return try jsonLiteral(column: column)
        default:
            if Self.isIdentifierStart(s) {
                var name = ""
                while let c = peek(), Self.isIdentifierStart(c) || Self.isDigit(c) {
                    name.unicodeScalars.append(c)
                    index += 1
                }
                return JMESPathToken(kind: .unquotedIdentifier, column: column, name: name)
            }
            if Self.isDigit(s) || (s == "-" && peek(1).map(Self.isDigit) == true) {
                var text = ""
                if s == "-" {
                    text = "-"
                    index += 1
                }
                while let c = peek(), Self.isDigit(c) {
                    text.unicodeScalars.append(c)
                    index += 1
                }
                guard let number = Int(text) else { throw error("number \(text) is too large", at: column) }
                return JMESPathToken(kind: .number, column: column, number: number)
            }
            throw error("unsupported character '\(s.escaped(asASCII: true))'", at: column)
        }
    }

    /// The text up to the closing `delimiter`, skipping backslash escapes; the index ends after the delimiter.
    mutating func until(_ delimiter: Unicode.Scalar, column: Int, what: String) throws(JMESPathError) -> String {
        index += 1
        var text = ""
        while let c = peek() {
            if c == delimiter {
                index += 1
                return text
            }
            if c == "\\", let escaped = peek(1) {
                text.unicodeScalars.append(c)
                text.unicodeScalars.append(escaped)
                index += 2
                continue
            }
            text.unicodeScalars.append(c)
            index += 1
        }
        throw error("unterminated \(what)", at: column)
    }

    mutating func quotedIdentifier(column: Int) throws(JMESPathError) -> JMESPathToken {
        let body = try until("\"", column: column, what: "quoted identifier")
        guard case .string(let name)? = try? JSONValue.parse("\"\(body)\"") else {
            throw error("invalid quoted identifier \"\(body)\"", at: column)
        }
        return JMESPathToken(kind: .quotedIdentifier, column: column, name: name)
    }

    mutating func rawString(column: Int) throws(JMESPathError) -> JMESPathToken {
        let body = try until("'", column: column, what: "raw string literal")
        let text = body.replacingOccurrences(of: "\\'", with: "'")
        return JMESPathToken(kind: .literal, column: column, value: .string(text))
    }

    mutating func jsonLiteral(column: Int) throws(JMESPathError) -> JMESPathToken {
        let body = try until("`", column: column, what: "JSON literal").replacingOccurrences(of: "\\`", with: "`")
        if let value = try? JSONValue.parse(body) {
            return JMESPathToken(kind: .literal, column: column, value: value)
        }
        // The aws CLI still reads an unquoted literal such as `prod` as the string "prod".
        let trimmed = String(body.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
        if let value = try? JSONValue.parse("\"\(trimmed)\"") {
            return JMESPathToken(kind: .literal, column: column, value: value)
        }
        throw error("invalid JSON literal `\(body)`", at: column)
    }
}
