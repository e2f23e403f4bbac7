import SecretsCore

/// Evaluates a parsed JMESPath expression on a JSON value, with the specification's semantics.
struct JMESPathInterpreter {
    let expression: String

    func error(_ message: String) -> JMESPathError {
        JMESPathError(expression: expression, message: message)
    }

    func evaluate(_ node: JMESPathNode, _ value: JSONValue) throws(JMESPathError) -> JSONValue {
        switch node {
        case .current:
            return value
        case .field(let name):
            return value[name] ?? .null
        case .subexpression(let left, let right):
            return try evaluate(right, try evaluate(left, value))
        case .index(let index):
            guard case .array(let elements) = value else { return .null }
            let resolved = index < 0 ? elements.count + index : index
            return elements.indices.contains(resolved) ? elements[resolved] : .null
        case .slice(let start, let stop, let step):
            guard case .array(let elements) = value else { return .null }
            return .array(Self.slice(elements, start: start, stop: stop, step: step ?? 1))
        case .literal(let literal):
            return literal
        case .listProjection(let left, let right):
            guard case .array(let elements) = try evaluate(left, value) else { return .null }
            return try project(elements, right)
        case .valueProjection(let left, let right):
            guard case .object(let members) = try evaluate(left, value) else { return .null }
            return try project(members.map(\.value), right)
        case .filterProjection(let left, let right, let condition):
            guard case .array(let elements) = try evaluate(left, value) else { return .null }
            var kept: [JSONValue] = []
            for element in elements where Self.isTruthy(try evaluate(condition, element)) {
                kept.append(element)
            }
            return try project(kept, right)
        case .flatten(let inner):
            guard case .array(let elements) = try evaluate(inner, value) else { return .null }
            var flat: [JSONValue] = []
            for element in elements {
                if case .array(let nested) = element { flat.append(contentsOf: nested) } else { flat.append(element) }
            }
            return .array(flat)
        case .comparison(let comparator, let left, let right):
            return Self.compare(comparator, try evaluate(left, value), try evaluate(right, value))
        case .or(let left, let right):
            let first = try evaluate(left, value)
            return Self.isTruthy(first) ? first : try evaluate(right, value)
        case .and(let left, let right):
            let first = try evaluate(left, value)
            return Self.isTruthy(first) ? try evaluate(right, value) : first
        case .not(let inner):
            return .bool(!Self.isTruthy(try evaluate(inner, value)))
        case .multiselectList(let elements):
            if value == .null { return .null }
            var results: [JSONValue] = []
            for element in elements { results.append(try evaluate(element, value)) }
            return .array(results)
        case .multiselectHash(let pairs):
            if value == .null { return .null }
            var members: [(key: String, value: JSONValue)] = []
            for pair in pairs { members.append((pair.key, try evaluate(pair.value, value))) }
            return .object(members)
        case .pipe(let left, let right):
            return try evaluate(right, try evaluate(left, value))
        case .function(let function, let arguments):
            var resolved: [JMESPathArgument] = []
            for argument in arguments {
                if case .expressionReference(let inner) = argument {
                    resolved.append(.expression(inner))
                } else {
                    resolved.append(.value(try evaluate(argument, value)))
                }
            }
            return try call(function, resolved)
        case .expressionReference:
            throw error("an expression reference (&) is only allowed as a function argument")
        }
    }

    /// Applies `right` to each element, dropping null results.
    func project(_ elements: [JSONValue], _ right: JMESPathNode) throws(JMESPathError) -> JSONValue {
        var results: [JSONValue] = []
        for element in elements {
            let result = try evaluate(right, element)
            if result != .null { results.append(result) }
        }
        return .array(results)
    }

    // MARK: - Semantics

    /// False, null, empty strings, arrays and objects are false; everything else (0 included) is true.
    static func isTruthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .string(let string): return !string.isEmpty
        case .array(let elements): return !elements.isEmpty
        case .object(let members): return !members.isEmpty
        case .number: return true
        }
    }

    /// Deep equality: numbers by value, strings by code points, objects regardless of member order.
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number, .number): return a == b
        case (.string(let x), .string(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            return x.allSatisfy { member in
                guard let other = b[member.key] else { return false }
                return equal(member.value, other)
            }
        default: return false
        }
    }

    /// Orders two strings by code point.
    static func codePointLess(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// `==`/`!=` on any values; the ordering operators on two numbers or two strings, null otherwise.
    static func compare(_ comparator: JMESPathComparator, _ a: JSONValue, _ b: JSONValue) -> JSONValue {
        switch comparator {
        case .eq: return .bool(equal(a, b))
        case .ne: return .bool(!equal(a, b))
        default: break
        }
        let order: Int
        if let x = a.doubleValue, let y = b.doubleValue {
            order = x < y ? -1 : (x > y ? 1 : 0)
        } else if case .string(let x) = a, case .string(let y) = b {
            order = codePointLess(x, y) ? -1 : (x.unicodeScalars.elementsEqual(y.unicodeScalars) ? 0 : 1)
        } else {
            return .null
        }
        switch comparator {
        case .lt: return .bool(order < 0)
        case .lte: return .bool(order <= 0)
        case .gt: return .bool(order > 0)
        default: return .bool(order >= 0)
        }
    }

    /// Python-style slicing, as the specification defines it.
    static func slice(_ elements: [JSONValue], start: Int?, stop: Int?, step: Int) -> [JSONValue] {
        let count = elements.count
        var result: [JSONValue] = []
        if step > 0 {
            func clamp(_ i: Int) -> Int { i < 0 ? max(0, i + count) : min(i, count) }
            var i = start.map(clamp) ?? 0
            let end = stop.map(clamp) ?? count
            while i < end {
                result.append(elements[i])
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
        } else {
            func clamp(_ i: Int) -> Int {
                if i < 0 { return max(-1, i + count) }
                return min(i, count - 1)
            }
            var i = start.map(clamp) ?? count - 1
            let end = stop.map(clamp) ?? -1
            while i > end {
                result.append(elements[i])
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
        }
        return result
    }
}
