import Foundation
import Testing
import TestSupport
@testable import TerminalUI

@Suite("Theme model")
struct ThemeTests {
    // MARK: - Colours

    static let colors: [(String, ThemeColor?)] = [
        ("default", .terminalDefault), ("red", .ansi(1)), ("bright-blue", .ansi(12)), ("grey", .ansi(8)),
        ("7", .ansi(7)), ("208", .indexed(208)), ("#ff8700", .rgb(255, 135, 0)), (" Cyan ", .ansi(6)),
        ("256", nil), ("#fff", nil), ("purple", nil), ("", nil),
    ]

    @Test("colour names, numbers and hex", arguments: colors)
    func parseColor(text: String, expected: ThemeColor?) {
        #expect(ThemeColor(text: text) == expected)
        if let expected { #expect(ThemeColor(text: expected.description) == expected) }
    }

    static let resolutions: [(ThemeColor, ColorDepth, Int16)] = [
        (.terminalDefault, .palette256, -1), (.ansi(12), .palette256, 12), (.ansi(12), .ansi16, 12),
        (.ansi(12), .ansi8, 4), (.ansi(8), .ansi8, 7), (.indexed(208), .palette256, 208), (.indexed(196), .ansi16, 9),
        (.indexed(196), .ansi8, 1), (.indexed(244), .ansi16, 8), (.rgb(255, 135, 0), .palette256, 208),
        (.rgb(128, 128, 128), .palette256, 244), (.rgb(0, 0, 0), .palette256, 16), (.rgb(250, 250, 250), .ansi16, 15),
        (.rgb(0, 200, 0), .ansi8, 2), (.ansi(3), .monochrome, -1),
    ]

    @Test("colours fall back to what the depth can show", arguments: resolutions)
    func resolve(color: ThemeColor, depth: ColorDepth, index: Int16) {
        #expect(ColorPalette.index(of: color, depth: depth) == index)
    }

    // MARK: - Depth

    static let depths: [(Int, Bool, [String: String], ColorDepth)] = [
        (256, true, [:], .palette256), (16, true, [:], .ansi16), (8, true, [:], .ansi8), (88, true, [:], .ansi16),
        (2, true, [:], .monochrome), (256, false, [:], .monochrome), (256, true, ["NO_COLOR": "1"], .monochrome),
        (256, true, ["NO_COLOR": ""], .palette256),
    ]

    @Test("colour depth from the terminal and NO_COLOR", arguments: depths)
    func depth(colors: Int, hasColors: Bool, environment: [String: String], expected: ColorDepth) {
        #expect(ColorDepth.detect(colors: colors, hasColors: hasColors, environment: environment) == expected)
    }

    // MARK: - Roles

    @Test("role letters and names are unique and read back")
    func roleLetters() {
        #expect(Set(ThemeRole.allCases.map(\.letter)).count == ThemeRole.allCases.count)
        for role in ThemeRole.allCases {
            #expect(ThemeRole(letter: role.letter) == role)
            #expect(ThemeRole(name: role.name) == role)
        }
    }

    @Test("the built-in default styles every role")
    func builtInComplete() {
        #expect(Theme.builtInDefault.missingRoles.isEmpty)
    }

    @Test("monochrome keeps attributes only; a coloured background becomes reverse unless told otherwise")
    func monochrome() {
        let theme = Theme(name: "t", styles: [
            .text: RoleStyle(),
            .selection: .fg(.ansi(0), bg: .ansi(6)),
            .status: .fg(.ansi(0), bg: .ansi(4), .bold, mono: .underline),
            .error: .fg(.ansi(1), .bold),
        ]).resolved(for: .monochrome)
        #expect(theme[.selection] == ResolvedStyle(attributes: .reverse))
        #expect(theme[.status] == ResolvedStyle(attributes: .underline))
        #expect(theme[.error] == ResolvedStyle(attributes: .bold))
        #expect(theme[.labelCurrent] == ResolvedStyle(), "a missing role takes the text role's style")
        let painted = Theme(name: "p", styles: [
            .text: .fg(.ansi(7), bg: .ansi(0)), .list: .fg(.ansi(7), bg: .ansi(0)), .selection: .fg(.ansi(0), bg: .ansi(7)),
        ]).resolved(for: .monochrome)
        #expect(painted[.text].attributes == [], "the screen's own background is no reason to reverse")
        #expect(painted[.list].attributes == [])
        #expect(painted[.selection].attributes == .reverse)
        #expect(theme.resolve(Style(.error, attributes: .underline)).attributes == [.bold, .underline])
    }

    // MARK: - Decoding

    static func decode(_ json: String) throws -> Theme {
        try JSONDecoder().decode(Theme.self, from: Data(json.utf8))
    }

    @Test("a theme decodes from any format's tree")
    func decodeTheme() throws {
        let theme = try Self.decode("""
            {"name": "t", "border": "rounded", "mask": "*", "roles": {
              "selection": {"fg": "black", "bg": 37, "attributes": ["bold"], "monochrome": ["reverse"]},
              "error": {"fg": "#ff0000"}}}
            """)
        #expect(theme.border == .rounded)
        #expect(theme.maskCharacter == "*")
        #expect(theme.styles[.selection] == RoleStyle(foreground: .ansi(0), background: .indexed(37), attributes: .bold, monochrome: .reverse))
        #expect(theme.styles[.error] == RoleStyle(foreground: .rgb(255, 0, 0)))
        #expect(theme.missingRoles.count == ThemeRole.allCases.count - 2)
    }

    static let badThemes: [(String, String)] = [
        (#"{"name": "t", "roles": {}, "colour": 1}"#, "colour: unknown key"),
        (#"{"name": "t", "roles": {"selektion": {}}}"#, "roles.selektion: unknown key"),
        (#"{"name": "t", "roles": {"selection": {"fgg": "red"}}}"#, "roles.selection.fgg: unknown key"),
        (#"{"name": "t", "roles": {"selection": {"fg": "purple"}}}"#, "roles.selection.fg: 'purple' is not a colour"),
        (#"{"name": "t", "roles": {"error": {"attributes": ["loud"]}}}"#, "roles.error.attributes: 'loud' is not an attribute"),
        (#"{"name": "t", "border": "wavy", "roles": {}}"#, "border: 'wavy' is not a border"),
        (#"{"name": "t", "mask": "漢", "roles": {}}"#, "mask: '漢' is not one narrow character"),
    ]

    @Test("unknown keys and bad values are errors naming the key path", arguments: badThemes)
    func strictness(json: String, message: String) {
        do {
            _ = try Self.decode(json)
            Issue.record("decoded \(json)")
        } catch let error as ThemeError {
            #expect(error.description.hasPrefix(message), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("the file name leads the message when known")
    func errorDescription() {
        let error = ThemeError(file: "Themes/x.yaml", keyPath: "roles.list.fg", message: "bad")
        #expect(error.description == "Themes/x.yaml: roles.list.fg: bad")
    }

    @Test("the built-in theme's resolution at every depth matches its snapshot")
    func builtInSnapshot() {
        Snapshot.assertText(Theme.builtInDefault.resolutionReport, named: "builtin-default")
    }
}
