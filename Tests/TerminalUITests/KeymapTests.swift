import Testing
import TerminalUI

@Suite("Keymap")
struct KeymapTests {
    static let keymap = Keymap([
        Binding("help", keys: [.char("?")], help: "show help", section: "global", hint: "help"),
        Binding("quit", keys: [.char("q")], help: "quit", section: "global", hint: "quit"),
        Binding("secret.edit", keys: [.char("e")], help: "edit the secret", section: "secret", writes: true, hint: "edit"),
        Binding("secret.copy", keys: [.char("y")], help: "copy the value", section: "secret", hint: "copy"),
        Binding("form.review", keys: [.ctrl("s")], help: "review the changes", section: "form", writes: true, hint: "review"),
        Binding("form.quit", keys: [.char("q")], help: "leave the form", section: "form"),
    ] + ListBindings.defaults)

    @Test("lookup by event honours the order of the active sections")
    func lookup() {
        #expect(Self.keymap.binding(for: .char("q"), in: ["form", "global"])?.id == "form.quit")
        #expect(Self.keymap.binding(for: .char("q"), in: ["global", "form"])?.id == "quit")
        #expect(Self.keymap.binding(for: .char("e"), in: ["global"]) == nil)
        #expect(Self.keymap.binding(for: .ctrl("s"))?.id == "form.review")
        #expect(Self.keymap.binding(for: .paste("q")) == nil)
    }

    @Test("tests press bindings by id")
    func pressById() throws {
        let event = try #require(Self.keymap.event(for: "form.review"))
        #expect(Self.keymap.binding(for: event)?.id == "form.review")
        #expect(Self.keymap.event(for: "nope") == nil)
    }

    @Test("read-only mode disables writing bindings with the reason and drops their hints")
    func readOnly() throws {
        let keymap = Self.keymap.readOnly(reason: "read-only: --read-only")
        let edit = try #require(keymap.binding(for: .char("e")))
        #expect(!edit.isEnabled)
        #expect(edit.disabledReason == "read-only: --read-only")
        #expect(keymap.binding(id: "secret.copy")?.isEnabled == true)
        #expect(keymap.hints(in: ["secret"]).map(\.label) == ["copy"])
        #expect(Self.keymap.hints(in: ["secret"]).map(\.label) == ["edit", "copy"])
    }

    @Test("remapping from configuration replaces keys and names what is wrong")
    func remap() throws {
        let keymap = try Self.keymap.remapped(["secret.edit": ["f4", "E"]])
        #expect(keymap.binding(for: .key(.function(4)))?.id == "secret.edit")
        #expect(keymap.binding(for: .char("E"))?.id == "secret.edit")
        #expect(keymap.binding(for: .char("e")) == nil)
        #expect(throws: KeymapError.unknownBinding("secret.nope")) { try Self.keymap.remapped(["secret.nope": ["x"]]) }
        #expect(throws: KeymapError.unknownKey(binding: "quit", name: "hyper-q")) {
            try Self.keymap.remapped(["quit": ["hyper-q"]])
        }
    }

    @Test("conflicts are keys bound twice in one section")
    func conflicts() throws {
        #expect(Self.keymap.conflicts.isEmpty)
        let clash = try Self.keymap.remapped(["secret.copy": ["e"]])
        #expect(clash.conflicts.map(\.ids) == [["secret.edit", "secret.copy"]])
    }

    @Test("status hints and help come from the keymap")
    func helpAndHints() {
        #expect(Self.keymap.hints(in: ["form", "global"]) == [
            KeyHint(key: "^S", label: "review"), KeyHint(key: "?", label: "help"), KeyHint(key: "q", label: "quit"),
        ])
        let help = Self.keymap.readOnly(reason: "read-only").helpLines(in: ["secret", "lists"])
        #expect(help.first == .section("secret"))
        #expect(help.contains(.binding(keys: "e", help: "edit the secret", disabledReason: "read-only")))
        #expect(help.contains(.binding(keys: "j/↓", help: "next row", disabledReason: nil)))
        #expect(help.count == 2 + 2 + ListBindings.defaults.count)
    }
}
