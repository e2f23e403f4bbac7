import SecretsCore

/// The aws CLI's shorthand syntax for one structure: `Key=env,Value=prod` or `Key=name,Values=db/,app/`.
///
/// A comma followed by `name=` starts the next member; any other comma separates list items. `[a,b]` is an
/// explicit list, and `"..."` or `'...'` quote a value (a backslash escapes the next character).
public enum Shorthand {
    /// One member: its name, its values, and whether it was written as an explicit `[...]` list.
    public struct Member: Equatable, Sendable {
        public var name: String
        public var values: [String]
        public var explicitList: Bool
    }

    /// Parses one structure written in shorthand.
    public static func parse(_ text: String, option: String) throws(LocalError) -> [Member] {
        var parser = Parser(characters: Array(text), option: option, source: text)
        return try parser.parseStructure()
    }

    struct Parser {
        let characters: [Character]
        let option: String
        let source: String
        var index = 0

        func fail(_ reason: String) -> LocalError {
            .usage("Error parsing parameter '\(option)': \(reason), received: \(source)")
        }

        mutating func parseStructure() throws(LocalError) -> [Member] {
            var members: [Member] = []
            while index < characters.count {
                let name = try parseName()
                if members.contains(where: { $0.name == name }) { throw fail("Second instance of key \"\(name)\"") }
                var member = Member(name: name, values: [], explicitList: false)
                if index < characters.count, characters[index] == "[" {
                    member.explicitList = true
                    member.values = try parseBracketList()
                    if index < characters.count {
                        guard characters[index] == "," else { throw fail("Expected ',' after ']'") }
                        index += 1
                        guard index < characters.count else { throw fail("Expected a key after ','") }
                    }
                } else {
                    while true {
                        member.values.append(try parseValue(stopAtBracket: false))
                        guard index < characters.count else { break }
                        // characters[index] == ","
                        index += 1
                        guard index < characters.count else { break }
                        if startsName() { break }
                    }
                }
                members.append(member)
            }
            if members.isEmpty { throw fail("Expected: '=', received: end of input") }
            return members
        }

        func startsName() -> Bool {
            var i = index
            while i < characters.count, isNameCharacter(characters[i]) { i += 1 }
            return i > index && i < characters.count && characters[i] == "="
        }

        func isNameCharacter(_ c: Character) -> Bool {
            c.isLetter || c.isNumber || c == "_" || c == "-" || c == "." || c == ":"
        }

        mutating func parseName() throws(LocalError) -> String {
            let start = index
            while index < characters.count, isNameCharacter(characters[index]) { index += 1 }
            guard index < characters.count, characters[index] == "=", index > start else {
                throw fail(
                    "Expected: '=', received: '\(index < characters.count ? String(characters[index]) : "end of input")'"
                )
            }
            let name = String(characters[start..<index])
            index += 1
            return name
        }

        mutating func parseBracketList() throws(LocalError) -> [String] {
            index += 1
            var values: [String] = []
            if index < characters.count, characters[index] == "]" {
                index += 1
                return values
            }
            while true {
                values.append(try parseValue(stopAtBracket: true))
                guard index < characters.count else { throw fail("Expected ']'") }
                if characters[index] == "]" {
                    index += 1
                    return values
                }
                index += 1
            }
        }

        mutating func parseValue(stopAtBracket: Bool) throws(LocalError) -> String {
            if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                let quote = characters[index]
                index += 1
                var out = ""
                while true {
                    guard index < characters.count else { throw fail("Unterminated quoted value") }
                    let c = characters[index]
                    index += 1
                    if c == "\\", index < characters.count {
                        out.append(characters[index])
                        index += 1
                    } else if c == quote {
                        break
                    } else {
                        out.append(c)
                    }
                }
                if index < characters.count, characters[index] != ",", !(stopAtBracket && characters[index] == "]") {
                    throw fail("Expected ',' after a quoted value")
                }
                return out
            }
            var out = ""
            while index < characters.count {
                let c = characters[index]
                if c == "," || (stopAtBracket && c == "]") { break }
                if c == "\\", index + 1 < characters.count {
                    out.append(characters[index + 1])
                    index += 2
                    continue
                }
                out.append(c)
                index += 1
            }
            return out.trimmingSpaces()
        }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
