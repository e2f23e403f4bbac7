import Foundation
import SecretsApp
import TerminalUI
import TestSupport
import Testing

/// Every theme in `Themes/` loads, is complete and valid, and resolves as its snapshot records.
@Suite("Theme files")
struct ThemeFileTests {
    /// The repository's `Themes/` folder.
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes")

    static let names = ThemeLoader.available(in: themesDirectory)

    @Test("the five themes are there")
    func inventory() {
        #expect(Self.names == ["default", "high-contrast", "light", "monochrome", "solarized-dark"])
    }

    @Test("each theme loads, names itself after its file and styles every role", arguments: names)
    func validate(name: String) throws {
        let theme = try ThemeLoader.named(name, in: [Self.themesDirectory])
        #expect(theme.name == name)
        #expect(!theme.summary.isEmpty)
        #expect(theme.missingRoles.isEmpty, "\(name) leaves out \(theme.missingRoles.map(\.name))")
    }

    @Test("each theme's resolution at every colour depth matches its snapshot", arguments: names)
    func resolution(name: String) throws {
        let theme = try ThemeLoader.named(name, in: [Self.themesDirectory])
        Snapshot.assertText(theme.resolutionReport, named: name)
    }

    @Test("Themes/default.yaml says what the built-in default says")
    func defaultMatchesBuiltIn() throws {
        let file = try ThemeLoader.named("default", in: [Self.themesDirectory])
        #expect(file == Theme.builtInDefault)
    }

    @Test("the monochrome theme sets no colour at any depth")
    func monochromeHasNoColour() throws {
        let theme = try ThemeLoader.named("monochrome", in: [Self.themesDirectory])
        for depth in ColorDepth.allCases {
            let resolved = theme.resolved(for: depth)
            for role in ThemeRole.allCases {
                #expect(resolved[role].foreground == -1 && resolved[role].background == -1, "\(role.name) at \(depth)")
            }
        }
        #expect(theme.resolved(for: .palette256)[.selection].attributes == .reverse)
    }

    @Test("the built-in default is used when no folder has the default theme")
    func builtInFallback() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-themes-\(UUID().uuidString)")
        #expect(try ThemeLoader.named("default", in: [empty]) == Theme.builtInDefault)
        #expect(throws: ThemeError.self) { try ThemeLoader.named("light", in: [empty]) }
    }

    static let badFiles: [(String, String)] = [
        ("name: x\nroles:\n  selection: {fg: red, bgg: blue}\n", "bad.yaml: roles.selection.bgg: unknown key"),
        ("name: x\nroles:\n  selektion: {fg: red}\n", "bad.yaml: roles.selektion: unknown key"),
        ("name: x\ncolours: {}\nroles: {}\n", "bad.yaml: colours: unknown key"),
        ("name: x\nroles:\n  error: {fg: crimson}\n", "bad.yaml: roles.error.fg: 'crimson' is not a colour"),
        ("name: x\nroles:\n  error: {attributes: [shiny]}\n", "bad.yaml: roles.error.attributes: 'shiny' is not an attribute"),
        ("roles: {}\n", "bad.yaml: name: missing key"),
        ("name: x\nroles:\n  error: {fg: [1, 2]}\n", "bad.yaml: roles.error.fg: expected"),
        ("name: x\nroles: [\n", "bad.yaml: not valid YAML"),
    ]

    @Test("errors name the file and the key path", arguments: badFiles)
    func errors(yaml: String, message: String) {
        do {
            _ = try ThemeLoader.decode(yaml, file: "bad.yaml")
            Issue.record("accepted:\n\(yaml)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error)")
        }
    }
}
