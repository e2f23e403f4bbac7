import SecretsCore
import SecrettyCLI
import Testing

/// One evaluation case: expression, input document, expected result (all JSON text but the expression).
struct QueryCase: Sendable, CustomStringConvertible {
    var expression: String
    var input: String
    var expected: String

    init(_ expression: String, _ input: String, _ expected: String) {
        self.expression = expression
        self.input = input
        self.expected = expected
    }

    var description: String { expression }
}

private let people = #"""
    {"people": [
      {"name": "ann", "age": 31, "tags": ["a", "b"], "team": {"id": 1}},
      {"name": "bob", "age": 25, "tags": ["c"], "team": null},
      {"name": "cy", "age": 40, "tags": [], "team": {"id": 2}},
      {"nick": "dd", "age": 25}
    ]}
    """#

private let secrets = #"""
    {"SecretList": [
      {"Name": "prod/db", "CreatedDate": "2024-01-05", "Tags": [{"Key": "env", "Value": "prod"}], "VersionIdsToStages": {"v1": ["AWSCURRENT"], "v0": ["AWSPREVIOUS"]}},
      {"Name": "dev/db", "CreatedDate": "2023-11-30", "Tags": [{"Key": "env", "Value": "dev"}, {"Key": "team", "Value": "ops"}], "VersionIdsToStages": {"v9": ["AWSCURRENT"]}},
      {"Name": "prod/api", "CreatedDate": "2024-03-01", "Tags": []}
    ], "NextToken": null}
    """#

@Suite struct JMESPathTests {
    // MARK: - Basic expressions

    static let basics: [QueryCase] = [
        QueryCase("foo", #"{"foo": 1}"#, "1"),
        QueryCase("foo", #"{"bar": 1}"#, "null"),
        QueryCase("foo", "[1]", "null"),
        QueryCase("foo.bar.baz", #"{"foo": {"bar": {"baz": "x"}}}"#, #""x""#),
        QueryCase("foo.bar", #"{"foo": "str"}"#, "null"),
        QueryCase(#""foo bar""#, #"{"foo bar": true}"#, "true"),
        QueryCase(#""with \"quote\"""#, #"{"with \"quote\"": 2}"#, "2"),
        QueryCase(#""\u00e9""#, #"{"é": 3}"#, "3"),
        QueryCase("SecretString", #"{"SecretString": "{\"a\":1}", "Name": "x"}"#, #""{\"a\":1}""#),
        QueryCase("@", "[1, 2]", "[1, 2]"),
        QueryCase("@.a", #"{"a": 1}"#, "1"),
        QueryCase("_x9", #"{"_x9": 9}"#, "9"),
    ]

    static let indexing: [QueryCase] = [
        QueryCase("[0]", "[1, 2, 3]", "1"),
        QueryCase("[-1]", "[1, 2, 3]", "3"),
        QueryCase("[-4]", "[1, 2, 3]", "null"),
        QueryCase("[3]", "[1, 2, 3]", "null"),
        QueryCase("a[1]", #"{"a": [1, 2]}"#, "2"),
        QueryCase("a[0][1]", #"{"a": [[1, 2]]}"#, "2"),
        QueryCase("[0]", #"{"a": 1}"#, "null"),
        QueryCase("[0:2]", "[0, 1, 2, 3]", "[0, 1]"),
        QueryCase("[1:]", "[0, 1, 2, 3]", "[1, 2, 3]"),
        QueryCase("[:-1]", "[0, 1, 2, 3]", "[0, 1, 2]"),
        QueryCase("[::2]", "[0, 1, 2, 3, 4]", "[0, 2, 4]"),
        QueryCase("[::-1]", "[0, 1, 2, 3]", "[3, 2, 1, 0]"),
        QueryCase("[-2:]", "[0, 1, 2, 3]", "[2, 3]"),
        QueryCase("[5:10]", "[0, 1, 2]", "[]"),
        QueryCase("[-10:2]", "[0, 1, 2]", "[0, 1]"),
        QueryCase("[3:0:-1]", "[0, 1, 2, 3, 4]", "[3, 2, 1]"),
        QueryCase("[10:-10:-2]", "[0, 1, 2, 3, 4]", "[4, 2, 0]"),
        QueryCase("[1:3].a", #"[{"a": 0}, {"a": 1}, {"b": 2}, {"a": 3}]"#, "[1]"),
        QueryCase("a[:2]", #"{"a": "not a list"}"#, "null"),
        QueryCase("[1::9223372036854775807]", "[0, 1, 2]", "[1]"),
        QueryCase("[::-9223372036854775808]", "[0, 1, 2]", "[2]"),
        QueryCase("[-9223372036854775808:9223372036854775807]", "[0, 1]", "[0, 1]"),
        QueryCase("[-9223372036854775808]", "[0, 1]", "null"),
    ]

    static let projections: [QueryCase] = [
        QueryCase("people[*].name", people, #"["ann", "bob", "cy"]"#),
        QueryCase("people[].name", people, #"["ann", "bob", "cy"]"#),
        QueryCase("people[*].team.id", people, "[1, 2]"),
        QueryCase("people[*].tags[0]", people, #"["a", "c"]"#),
        QueryCase("people[*].tags[]", people, #"["a", "b", "c"]"#),
        QueryCase("people[].tags[]", people, #"["a", "b", "c"]"#),
        QueryCase("people[*].name | [0]", people, #""ann""#),
        QueryCase("people[*].name[0]", people, "[]"),
        QueryCase("people[*].[name, age]", people, #"[["ann", 31], ["bob", 25], ["cy", 40], [null, 25]]"#),
        QueryCase("people[*].{n: name, a: age}", people,
                  #"[{"n": "ann", "a": 31}, {"n": "bob", "a": 25}, {"n": "cy", "a": 40}, {"n": null, "a": 25}]"#),
        QueryCase("people[*]", #"{"people": {"a": 1}}"#, "null"),
        QueryCase("*.a", #"{"x": {"a": 1}, "y": {"b": 2}, "z": {"a": 3}}"#, "[1, 3]"),
        QueryCase("x.*", #"{"x": {"a": 1, "b": [2]}}"#, "[1, [2]]"),
        QueryCase("*", #"{"a": 1, "b": null}"#, "[1]"),
        QueryCase("*.*", #"{"a": {"x": 1}, "b": {"y": 2}}"#, "[[1], [2]]"),
        QueryCase("x.*", #"{"x": [1]}"#, "null"),
        QueryCase("[*][0]", "[[1, 2], [3], []]", "[1, 3]"),
        QueryCase("[]", "[1, [2, [3]], 4]", "[1, 2, [3], 4]"),
        QueryCase("[][]", "[1, [2, [3]], 4]", "[1, 2, 3, 4]"),
        QueryCase("a[]", #"{"a": 1}"#, "null"),
        QueryCase("[*].a[*].b", #"[{"a": [{"b": 1}, {"b": 2}]}, {"a": [{"b": 3}]}]"#, "[[1, 2], [3]]"),
        QueryCase("[].a[].b", #"[{"a": [{"b": 1}, {"b": 2}]}, {"a": [{"b": 3}]}]"#, "[1, 2, 3]"),
        QueryCase("SecretList[].VersionIdsToStages.*[]", secrets, #"[["AWSCURRENT"], ["AWSPREVIOUS"], ["AWSCURRENT"]]"#),
        QueryCase("SecretList[].Tags[].Value", secrets, #"["prod", "dev", "ops"]"#),
        QueryCase("people[:2].name", people, #"["ann", "bob"]"#),
        QueryCase("people[::-1].age", people, "[25, 40, 25, 31]"),
    ]

    static let filters: [QueryCase] = [
        QueryCase("people[?age > `30`].name", people, #"["ann", "cy"]"#),
        QueryCase("people[?age == `25`].name", people, #"["bob"]"#),
        QueryCase("people[?age == `25.0`] | length(@)", people, "2"),
        QueryCase("people[?name != 'bob'].age", people, "[31, 40, 25]"),
        QueryCase("people[?age >= `31` && age <= `35`].name", people, #"["ann"]"#),
        QueryCase("people[?age < `26` || name == 'cy'].age", people, "[25, 40, 25]"),
        QueryCase("people[?!team].age", people, "[25, 25]"),
        QueryCase("people[?team].name", people, #"["ann", "cy"]"#),
        QueryCase("people[?tags].name", people, #"["ann", "bob"]"#),
        QueryCase("people[?(age > `30` || age < `26`) && name].name", people, #"["ann", "bob", "cy"]"#),
        QueryCase("people[?name > `1`]", people, "[]"),
        QueryCase("people[?team == `{\"id\": 2}`].name", people, #"["cy"]"#),
        QueryCase("[?@ > `1`]", "[1, 2, 3]", "[2, 3]"),
        QueryCase("[?@ == 'b']", #"["a", "b"]"#, #"["b"]"#),
        QueryCase("SecretList[?CreatedDate >= '2024-01-01'].Name", secrets, #"["prod/db", "prod/api"]"#),
        QueryCase("SecretList[?starts_with(Name, 'prod/')].Name | sort(@)", secrets, #"["prod/api", "prod/db"]"#),
        QueryCase("SecretList[?Tags[?Key == 'team']].Name", secrets, #"["dev/db"]"#),
        QueryCase("SecretList[?contains(Tags[].Value, 'prod')].Name | [0]", secrets, #""prod/db""#),
        QueryCase("SecretList[?Name == `prod/api`].CreatedDate", secrets, #"["2024-03-01"]"#),
        QueryCase("[?a == `[1, 2]`].b", #"[{"a": [1, 2], "b": 1}, {"a": [2, 1], "b": 2}]"#, "[1]"),
        QueryCase("[?a == `{\"x\": 1, \"y\": 2}`].b", #"[{"a": {"y": 2, "x": 1}, "b": 1}]"#, "[1]"),
        QueryCase("[?a == `true`].b", #"[{"a": 1, "b": 1}, {"a": true, "b": 2}]"#, "[2]"),
        QueryCase("a[?b].c", #"{"a": {"b": 1}}"#, "null"),
        QueryCase("[?`0`].a", #"[{"a": 1}]"#, "[1]"),
        QueryCase("[?''].a", #"[{"a": 1}]"#, "[]"),
        QueryCase("people[?age > `30`] | [0].name", people, #""ann""#),
        QueryCase("people[?age > `30`].name | [1]", people, #""cy""#),
        QueryCase("[?a][]", #"[{"a": 1}, {"a": [2, 3]}]"#, #"[{"a": 1}, {"a": [2, 3]}]"#),
    ]

    static let operators: [QueryCase] = [
        QueryCase("a || b", #"{"a": null, "b": 2}"#, "2"),
        QueryCase("a || b", #"{"a": [], "b": 2}"#, "2"),
        QueryCase("a || b", #"{"a": 0, "b": 2}"#, "0"),
        QueryCase("a && b", #"{"a": "", "b": 2}"#, #""""#),
        QueryCase("a && b", #"{"a": 1, "b": 2}"#, "2"),
        QueryCase("!a", #"{"a": {}}"#, "true"),
        QueryCase("!!a", #"{"a": "x"}"#, "true"),
        QueryCase("a < b", #"{"a": "abc", "b": "abd"}"#, "true"),
        QueryCase("a < b", #"{"a": 1, "b": "2"}"#, "null"),
        QueryCase("a == b", #"{"a": 1, "b": 1.0}"#, "true"),
        QueryCase("a == b", #"{"a": "1", "b": 1}"#, "false"),
        QueryCase("a.b | c", #"{"a": {"b": {"c": 5}}}"#, "5"),
        QueryCase("a | [0]", #"{"a": [7]}"#, "7"),
        QueryCase("(a || b).c", #"{"b": {"c": 3}}"#, "3"),
        QueryCase("`\"lit\"`", "{}", #""lit""#),
        QueryCase("`[1, {\"a\": true}]`", "{}", #"[1, {"a": true}]"#),
        QueryCase("`prod`", "{}", #""prod""#),
        QueryCase("'raw \\'quoted\\''", "{}", #""raw 'quoted'""#),
        QueryCase(#"'back\slash'"#, "{}", #""back\\slash""#),
        QueryCase("[a, b.c, `1`]", #"{"a": 1, "b": {"c": 2}}"#, "[1, 2, 1]"),
        QueryCase("{x: a, y: missing}", #"{"a": 1}"#, #"{"x": 1, "y": null}"#),
        QueryCase(#"{"quoted key": a}"#, #"{"a": 1}"#, #"{"quoted key": 1}"#),
        QueryCase("a.[b, c]", #"{"a": {"b": 1, "c": 2}}"#, "[1, 2]"),
        QueryCase("a.{b: b}", #"{"a": null}"#, "null"),
        QueryCase("[a]", "null", "null"),
        QueryCase("a.{n: b}", #"{"a": [1]}"#, #"{"n": null}"#),
        QueryCase("a || b && c", #"{"a": 1, "b": false, "c": 3}"#, "1"),
        QueryCase("a && b || c", #"{"a": 1, "b": false, "c": 3}"#, "3"),
        QueryCase("!a == b", #"{"a": false, "b": true}"#, "true"),
        QueryCase("a == b && c", #"{"a": 1, "b": 1, "c": "yes"}"#, #""yes""#),
        QueryCase("a.b.c[0].d[1][0]", #"{"a": {"b": {"c": [{"d": [0, [7]]}]}}}"#, "7"),
        QueryCase("`\"a\\`b\"`", "{}", #""a`b""#),
        QueryCase(#""\u2713""#, #"{"✓": 1}"#, "1"),
        QueryCase("people[*].age | max(@)", people, "40"),
        QueryCase("{names: people[*].name, n: length(people)}", people, #"{"names": ["ann", "bob", "cy"], "n": 4}"#),
        QueryCase("people[*].[name, age][]", people, #"["ann", 31, "bob", 25, "cy", 40, 25]"#),
        QueryCase("people[0:2].{name: name} | [1]", people, #"{"name": "bob"}"#),
        QueryCase("[@, @.a]", #"{"a": 1}"#, #"[{"a": 1}, 1]"#),
    ]

    static let functions: [QueryCase] = [
        QueryCase("length(people)", people, "4"),
        QueryCase("length('héllo')", "{}", "5"),
        QueryCase("length(@)", #"{"a": 1, "b": 2}"#, "2"),
        QueryCase("keys(@)", #"{"b": 1, "a": 2}"#, #"["b", "a"]"#),
        QueryCase("values(@)", #"{"b": 1, "a": 2}"#, "[1, 2]"),
        QueryCase("sort(@)", "[3, 1, 2.5]", "[1, 2.5, 3]"),
        QueryCase("sort(@)", #"["b", "B", "a"]"#, #"["B", "a", "b"]"#),
        QueryCase("sort_by(people, &age)[].age", people, "[25, 25, 31, 40]"),
        QueryCase("sort_by(people, &age)[0:2].[name, nick]", people, #"[["bob", null], [null, "dd"]]"#),
        QueryCase("sort_by(SecretList, &CreatedDate)[-1].Name", secrets, #""prod/api""#),
        QueryCase("max(people[].age)", people, "40"),
        QueryCase("min(people[].age)", people, "25"),
        QueryCase("max(`[]`)", "{}", "null"),
        QueryCase("max(@)", #"["a", "c", "b"]"#, #""c""#),
        QueryCase("max_by(people, &age).name", people, #""cy""#),
        QueryCase("min_by(people, &age).name", people, #""bob""#),
        QueryCase("contains(`[1, 2]`, `2`)", "{}", "true"),
        QueryCase("contains('foobar', 'oba')", "{}", "true"),
        QueryCase("contains('foobar', `1`)", "{}", "false"),
        QueryCase("starts_with(Name, 'prod')", #"{"Name": "prod/db"}"#, "true"),
        QueryCase("ends_with(Name, '/db')", #"{"Name": "prod/db"}"#, "true"),
        QueryCase("ends_with(Name, 'prod/db/x')", #"{"Name": "prod/db"}"#, "false"),
        QueryCase("join(', ', people[].name)", people, #""ann, bob, cy""#),
        QueryCase("to_string(@)", #"{"a": [1, true]}"#, #""{\"a\":[1,true]}""#),
        QueryCase("to_string('x')", "{}", #""x""#),
        QueryCase("to_number('1.50')", "{}", "1.5"),
        QueryCase("to_number(' 42 ')", "{}", "42"),
        QueryCase("to_number('abc')", "{}", "null"),
        QueryCase("to_number(`true`)", "{}", "null"),
        QueryCase("to_number(`7`)", "{}", "7"),
        QueryCase("type(@)", "[]", #""array""#),
        QueryCase("[type(a), type(b), type(c), type(d), type(e), type(f)]", #"{"a": 1, "b": "s", "c": true, "d": null, "e": {}}"#,
                  #"["number", "string", "boolean", "null", "object", "null"]"#),
        QueryCase("reverse(@)", "[1, 2, 3]", "[3, 2, 1]"),
        QueryCase("reverse('abc')", "{}", #""cba""#),
        QueryCase("not_null(a, b, `3`)", #"{"b": false}"#, "false"),
        QueryCase("not_null(a, b)", "{}", "null"),
        QueryCase("sum(@)", "[1, 2, 3]", "6"),
        QueryCase("sum(@)", "[]", "0"),
        QueryCase("sum(@)", "[0.5, 0.25]", "0.75"),
        QueryCase("avg(@)", "[1, 2]", "1.5"),
        QueryCase("avg(@)", "[]", "null"),
        QueryCase("abs(`-3.5`)", "{}", "3.5"),
        QueryCase("abs(`4`)", "{}", "4"),
        QueryCase("floor(`1.7`)", "{}", "1"),
        QueryCase("ceil(`1.2`)", "{}", "2"),
        QueryCase("floor(`-1.5`)", "{}", "-2"),
        QueryCase("map(&age, people)", people, "[31, 25, 40, 25]"),
        QueryCase("map(&name, people)", people, #"["ann", "bob", "cy", null]"#),
        QueryCase("merge(`{\"a\": 1, \"b\": 2}`, `{\"b\": 3}`, `{\"c\": 4}`)", "{}", #"{"a": 1, "b": 3, "c": 4}"#),
        QueryCase("to_array(@)", "1", "[1]"),
        QueryCase("to_array(@)", "[1]", "[1]"),
        QueryCase("length(people[?age > `26`])", people, "2"),
        QueryCase("people[?length(tags || `[]`) > `1`].name", people, #"["ann"]"#),
        QueryCase("keys(SecretList[0].VersionIdsToStages)", secrets, #"["v1", "v0"]"#),
        QueryCase("SecretList[*].{Name: Name, Tags: length(Tags)}", secrets,
                  #"[{"Name": "prod/db", "Tags": 1}, {"Name": "dev/db", "Tags": 2}, {"Name": "prod/api", "Tags": 0}]"#),
    ]

    @Test(arguments: basics + indexing + projections + filters + operators + functions)
    func evaluates(testCase: QueryCase) throws {
        let expression = try JMESPathExpression(testCase.expression)
        let result = try expression.evaluate(try JSONValue.parse(testCase.input))
        let expected = try JSONValue.parse(testCase.expected)
        #expect(result == expected, "\(testCase.expression) gave \(result.compactText())")
    }

    @Test func keepsNumberTextAndMemberOrder() throws {
        let result = try JMESPathExpression("{z: a, b: b}").evaluate(try JSONValue.parse(#"{"a": 1.50, "b": -0}"#))
        #expect(result.compactText() == #"{"z":1.50,"b":-0}"#)
    }

    @Test(arguments: [("'1.50'", "1.5"), ("'042'", "42"), ("' 7 '", "7"), ("'-3'", "-3"), ("'1e3'", "1000.0"), ("`2.50`", "2.50")])
    func toNumberReadsStringsAsTheAWSCLIDoes(argument: String, expected: String) throws {
        let result = try JMESPathExpression("to_number(\(argument))").evaluate(.null)
        #expect(result.compactText() == expected)
    }

    @Test func arbitraryTokenSoupParsesOrRefusesWithoutCrashing() throws {
        let pieces = [
            "a", "b", "\"q\"", ".", "*", "[", "]", "[]", "[?", "{", "}", "(", ")", ",", ":", "|", "||", "&&", "!", "&",
            "@", "==", "<", ">=", "0", "-1", "2", "`1`", "`[1]`", "'s'", "length", "sort_by", "map", " ",
        ]
        let input = try JSONValue.parse(#"{"a": [{"b": 1}, {"b": [2, 3]}], "b": {"a": "x"}, "q": [[1], 2]}"#)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var parsed = 0
        for _ in 0..<3000 {
            let expression = (0..<(1 + next(8))).map { _ in pieces[next(pieces.count)] }.joined()
            guard let compiled = try? JMESPathExpression(expression) else { continue }
            parsed += 1
            do {
                _ = try compiled.evaluate(input)
            } catch {
                #expect(error.expression == expression)
            }
        }
        #expect(parsed > 100)
    }

    // MARK: - Errors

    static let parseErrors: [(String, String, Int?)] = [
        ("", "the expression is empty", nil),
        ("foo.", "unexpected end of the expression, expected an identifier, '*', '[' or '{' after '.'", 5),
        ("foo[", "unexpected end of the expression, expected an index, a slice or '*'", 5),
        ("foo[1", "unexpected end of the expression, expected ']'", 6),
        ("foo]", "unexpected ']'", 4),
        ("a = b", "unsupported '=' (comparison is '==')", 3),
        ("a + b", "unsupported character '+'", 3),
        ("unknown_fn(@)", "unknown or unsupported function unknown_fn()", 1),
        ("a | upper(@)", "unknown or unsupported function upper()", 5),
        ("length(a, b)", "function length() takes 1 argument, got 2", 1),
        ("sort_by(a)", "function sort_by() takes 2 arguments, got 1", 1),
        ("merge()", "function merge() takes at least 1 argument, got 0", 1),
        (#""length"(@)"#, "a function name cannot be quoted", 1),
        ("[1:2:3:4]", "a slice has at most three parts", 7),
        ("[::0]", "a slice step cannot be 0", nil),
        ("`\"bad`", "invalid JSON literal `\"bad`", 1),
        ("'open", "unterminated raw string literal", 1),
        ("\"open", "unterminated quoted identifier", 1),
        ("a.1", "unexpected number 1, expected an identifier, '*', '[' or '{' after '.'", 3),
        ("1", "a bare number is not an expression (use `1` for a literal or [1] for an index)", 1),
        ("{a: b", "unexpected end of the expression, expected ',' or '}'", 6),
        ("{1: b}", "unexpected number 1, expected a key name in a multiselect hash", 2),
        ("a b", "unexpected identifier 'b'", 3),
        ("let $x = 1 in $x", "unsupported character '$'", 5),
        ("a[?b", "unexpected end of the expression, expected ']'", 5),
    ]

    @Test(arguments: parseErrors)
    func refusesWithTheConstructAndColumn(expression: String, message: String, column: Int?) {
        #expect(throws: JMESPathError(expression: expression, message: message, column: column)) {
            try JMESPathExpression(expression)
        }
    }

    static let typeErrors: [(String, String, String)] = [
        ("sort(@)", #"[1, "a"]"#, "invalid type in sort(): expected all numbers or all strings, received number"),
        ("length(@)", "1", "invalid type for argument of length(): expected string, array or object, received number"),
        ("keys(@)", "[]", "invalid type for argument of keys(): expected object, received array"),
        ("sum(@)", #"["a"]"#, "invalid type for argument of sum(): expected array[number], received array"),
        ("sort_by(@, name)", "[]", "invalid type for argument of sort_by(): expected expression reference (&expr), received null"),
        ("abs(a)", "{}", "invalid type for argument of abs(): expected number, received null"),
        ("join(', ', @)", "[1]", "invalid type for argument of join(): expected array[string], received array"),
        ("starts_with(@, 'a')", "1", "invalid type for argument of starts_with(): expected string, received number"),
        ("max_by(@, &a)", #"[{"a": true}]"#, "invalid type in max_by(): expected all numbers or all strings, received boolean"),
        ("length(&a)", "{}", "invalid type for argument of length(): expected a value, received expression reference"),
        ("&a", "{}", "an expression reference (&) is only allowed as a function argument"),
    ]

    @Test(arguments: typeErrors)
    func functionsRefuseWrongTypes(expression: String, input: String, message: String) throws {
        let compiled = try JMESPathExpression(expression)
        let value = try JSONValue.parse(input)
        #expect(throws: JMESPathError(expression: expression, message: message)) { try compiled.evaluate(value) }
    }

    @Test func errorsAreUsageErrorsNamingTheExpression() {
        let error = JMESPathError(expression: "a[", message: "unexpected end of the expression", column: 3)
        #expect(error.category == .usage)
        #expect(error.category.rawValue == 252)
        #expect(error.summary == "Bad value for --query a[: unexpected end of the expression at column 3")
    }
}
