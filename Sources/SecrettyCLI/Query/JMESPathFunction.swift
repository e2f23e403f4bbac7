import Foundation
import SecretsCore

/// The built-in functions `--query` supports: the JMESPath specification's set.
enum JMESPathFunction: String, Sendable, CaseIterable {
    case abs, avg, ceil, contains, floor, join, keys, length, map, max, merge, min, reverse, sort, sum, type, values
    case endsWith = "ends_with"
    case maxBy = "max_by"
    case minBy = "min_by"
    case notNull = "not_null"
    case sortBy = "sort_by"
    case startsWith = "starts_with"
    case toArray = "to_array"
    case toNumber = "to_number"
    case toString = "to_string"

    /// How many arguments the function takes.
    var arity: ClosedRange<Int> {
        switch self {
        case .abs, .avg, .ceil, .floor, .keys, .length, .max, .min, .reverse, .sort, .sum, .toArray, .toNumber,
            .toString, .type, .values:
            return 1...1
        case .contains, .endsWith, .join, .map, .maxBy, .minBy, .sortBy, .startsWith:
            return 2...2
        case .merge, .notNull:
            return 1...Int.max
        }
    }

    /// The arity in words, for messages.
    var arityDescription: String {
        let range = arity
        if range.upperBound == Int.max { return "at least \(range.lowerBound) argument" }
        return range.lowerBound == 1 ? "1 argument" : "\(range.lowerBound) arguments"
    }
}

/// A resolved function argument: a value, or an expression reference (`&expr`).
enum JMESPathArgument {
    case value(JSONValue)
    case expression(JMESPathNode)
}

// MARK: - Calls

extension JMESPathInterpreter {
    /// The JMESPath type name of a value.
    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    func invalidType(_ function: JMESPathFunction, expected: String, received: JMESPathArgument) -> JMESPathError {
        let name: String
        switch received {
        case .value(let value): name = Self.typeName(value)
        case .expression: name = "expression reference"
        }
        return error("invalid type for argument of \(function.rawValue)(): expected \(expected), received \(name)")
    }

    func value(_ function: JMESPathFunction, _ argument: JMESPathArgument) throws(JMESPathError) -> JSONValue {
        guard case .value(let value) = argument else { throw invalidType(function, expected: "a value", received: argument) }
        return value
    }

    func number(_ function: JMESPathFunction, _ argument: JMESPathArgument) throws(JMESPathError) -> Double {
        guard case .value(let value) = argument, let number = value.doubleValue else {
            throw invalidType(function, expected: "number", received: argument)
        }
        return number
    }

    func string(_ function: JMESPathFunction, _ argument: JMESPathArgument) throws(JMESPathError) -> String {
        guard case .value(.string(let string)) = argument else { throw invalidType(function, expected: "string", received: argument) }
        return string
    }

    func array(_ function: JMESPathFunction, _ argument: JMESPathArgument) throws(JMESPathError) -> [JSONValue] {
        guard case .value(.array(let elements)) = argument else { throw invalidType(function, expected: "array", received: argument) }
        return elements
    }

    func object(
        _ function: JMESPathFunction, _ argument: JMESPathArgument
    ) throws(JMESPathError) -> [(key: String, value: JSONValue)] {
        guard case .value(.object(let members)) = argument else { throw invalidType(function, expected: "object", received: argument) }
        return members
    }

    func reference(_ function: JMESPathFunction, _ argument: JMESPathArgument) throws(JMESPathError) -> JMESPathNode {
        guard case .expression(let node) = argument else {
            throw invalidType(function, expected: "expression reference (&expr)", received: argument)
        }
        return node
    }

    /// The elements as numbers, or nil when any is not a number.
    static func numbers(_ elements: [JSONValue]) -> [Double]? {
        var numbers: [Double] = []
        for element in elements {
            guard let number = element.doubleValue else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    /// Sort keys that are all numbers or all strings.
    enum SortKeys {
        case numbers([Double])
        case strings([String])
    }

    func sortKeys(_ function: JMESPathFunction, _ keys: [JSONValue]) throws(JMESPathError) -> SortKeys {
        if let numbers = Self.numbers(keys) { return .numbers(numbers) }
        var strings: [String] = []
        for key in keys {
            guard case .string(let string) = key else {
                throw error("invalid type in \(function.rawValue)(): expected all numbers or all strings, received \(Self.typeName(key))")
            }
            strings.append(string)
        }
        return .strings(strings)
    }

    /// Indices of `keys` in ascending, stable order.
    func sortedIndices(_ function: JMESPathFunction, _ keys: [JSONValue]) throws(JMESPathError) -> [Int] {
        switch try sortKeys(function, keys) {
        case .numbers(let numbers):
            return numbers.indices.sorted { numbers[$0] < numbers[$1] || (numbers[$0] == numbers[$1] && $0 < $1) }
        case .strings(let strings):
            return strings.indices.sorted {
                Self.codePointLess(strings[$0], strings[$1])
                    || (!Self.codePointLess(strings[$1], strings[$0]) && $0 < $1)
            }
        }
    }

    func keys(by node: JMESPathNode, of elements: [JSONValue]) throws(JMESPathError) -> [JSONValue] {
        var keys: [JSONValue] = []
        for element in elements { keys.append(try evaluate(node, element)) }
        return keys
    }

    /// A number result: integers exactly, others as the shortest Double text.
    static func numberValue(_ value: Double) -> JSONValue { .double(value) }

    func call(_ function: JMESPathFunction, _ args: [JMESPathArgument]) throws(JMESPathError) -> JSONValue {
        switch function {
        case .abs:
            guard case .value(.number(let text)) = args[0] else { throw invalidType(function, expected: "number", received: args[0]) }
            return .number(text.hasPrefix("-") ? String(text.dropFirst()) : text)
        case .avg:
            let elements = try array(function, args[0])
            guard let numbers = Self.numbers(elements) else { throw invalidType(function, expected: "array[number]", received: args[0]) }
            if numbers.isEmpty { return .null }
            return Self.numberValue(numbers.reduce(0, +) / Double(numbers.count))
        case .ceil:
            return Self.numberValue(Foundation.ceil(try number(function, args[0])))
        case .floor:
            return Self.numberValue(Foundation.floor(try number(function, args[0])))
        case .contains:
            let search = try value(function, args[1])
            switch try value(function, args[0]) {
            case .array(let elements): return .bool(elements.contains { Self.equal($0, search) })
            case .string(let subject):
                guard case .string(let needle) = search else { return .bool(false) }
                return .bool(needle.isEmpty || subject.unicodeScalars.firstRange(of: needle.unicodeScalars) != nil)
            default: throw invalidType(function, expected: "array or string", received: args[0])
            }
        case .endsWith:
            let subject = Array(try string(function, args[0]).unicodeScalars)
            let suffix = Array(try string(function, args[1]).unicodeScalars)
            return .bool(subject.count >= suffix.count && Array(subject.suffix(suffix.count)) == suffix)
        case .startsWith:
            let subject = Array(try string(function, args[0]).unicodeScalars)
            let prefix = Array(try string(function, args[1]).unicodeScalars)
            return .bool(subject.count >= prefix.count && Array(subject.prefix(prefix.count)) == prefix)
        case .join:
            let glue = try string(function, args[0])
            var parts: [String] = []
            for element in try array(function, args[1]) {
                guard case .string(let part) = element else { throw invalidType(function, expected: "array[string]", received: args[1]) }
                parts.append(part)
            }
            return .string(parts.joined(separator: glue))
        case .keys:
            return .array(try object(function, args[0]).map { .string($0.key) })
        case .values:
            return .array(try object(function, args[0]).map(\.value))
        case .length:
            switch try value(function, args[0]) {
            case .string(let string): return .integer(string.unicodeScalars.count)
            case .array(let elements): return .integer(elements.count)
            case .object(let members): return .integer(members.count)
            default: throw invalidType(function, expected: "string, array or object", received: args[0])
            }
        case .map:
            let node = try reference(function, args[0])
            var results: [JSONValue] = []
            for element in try array(function, args[1]) { results.append(try evaluate(node, element)) }
            return .array(results)
        case .max, .min:
            let elements = try array(function, args[0])
            if elements.isEmpty { return .null }
            let order = try sortedIndices(function, elements)
            return elements[function == .max ? order[order.count - 1] : order[0]]
        case .maxBy, .minBy:
            let elements = try array(function, args[0])
            let node = try reference(function, args[1])
            if elements.isEmpty { return .null }
            let order = try sortedIndices(function, try keys(by: node, of: elements))
            if function == .minBy { return elements[order[0]] }
            // The first of equal maxima, as the reference implementation returns.
            let keys = try keys(by: node, of: elements)
            let best = order[order.count - 1]
            return elements[order.first { Self.equal(keys[$0], keys[best]) } ?? best]
        case .merge:
            var merged: [(key: String, value: JSONValue)] = []
            for argument in args {
                for member in try object(function, argument) {
                    if let index = merged.firstIndex(where: { $0.key == member.key }) {
                        merged[index].value = member.value
                    } else {
                        merged.append(member)
                    }
                }
            }
            return .object(merged)
        case .notNull:
            for argument in args {
                let candidate = try value(function, argument)
                if candidate != .null { return candidate }
            }
            return .null
        case .reverse:
            switch try value(function, args[0]) {
            case .string(let string): return .string(String(String.UnicodeScalarView(string.unicodeScalars.reversed())))
            case .array(let elements): return .array(elements.reversed())
            default: throw invalidType(function, expected: "string or array", received: args[0])
            }
        case .sort:
            let elements = try array(function, args[0])
            return .array(try sortedIndices(function, elements).map { elements[$0] })
        case .sortBy:
            let elements = try array(function, args[0])
            let node = try reference(function, args[1])
            return .array(try sortedIndices(function, try keys(by: node, of: elements)).map { elements[$0] })
        case .sum:
            let elements = try array(function, args[0])
            guard let numbers = Self.numbers(elements) else { throw invalidType(function, expected: "array[number]", received: args[0]) }
            return Self.numberValue(numbers.reduce(0, +))
        case .toArray:
            let subject = try value(function, args[0])
            if case .array = subject { return subject }
            return .array([subject])
        case .toString:
            let subject = try value(function, args[0])
            if case .string = subject { return subject }
            return .string(subject.compactText())
        case .toNumber:
            switch try value(function, args[0]) {
            case .number(let text): return .number(text)
            case .string(let text):
                // As the aws CLI reads it: an integer if the text is one, else a floating-point number.
                let trimmed = text.trimmingWhitespace
                if let integer = Int(trimmed) { return .integer(integer) }
                if let number = Double(trimmed), number.isFinite { return .number("\(number)") }
                return .null
            default:
                return .null
            }
        case .type:
            return .string(Self.typeName(try value(function, args[0])))
        }
    }
}
