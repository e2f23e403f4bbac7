import Foundation
import SecretsApp
import SecretsCore
import TerminalUI
import TestSupport
import Testing

@Suite("Delete and restore")
struct LifecycleFlowTests {
    @Test("D asks for the name; a wrong name deletes nothing; the right one schedules the deletion")
    func delete() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.open("prod/api/token")
        await app.press(AppKeymap.delete)
        await app.type("prod/api/tokenX")
        await app.key(.enter)
        #expect(app.lastEffects.isEmpty)
        #expect(app.state.message?.text == "the name did not match; nothing deleted")
        await app.press(AppKeymap.delete)
        await app.type("prod/api/token")
        await app.key(.enter)
        guard case .delete(_, let request)? = app.lastEffects.first else {
            Issue.record("no delete: \(app.lastEffects)")
            return
        }
        #expect(request.forceDeleteWithoutRecovery == nil)
        let description = try await app.backend.describeSecret(DescribeSecretRequest(secretId: "prod/api/token"))
        #expect(description.deletedDate != nil)
        #expect(app.state.selectedSecret?.deletedDate != nil)
        #expect(app.screen().textGrid.contains("deleting"))
    }

    @Test("R restores a secret scheduled for deletion after a yes")
    func restore() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.open("old/retired")
        #expect(app.state.details?.valueError?.contains("InvalidRequestException") == true)
        await app.press(AppKeymap.restore)
        await app.key(.char("y"))
        let description = try await app.backend.describeSecret(DescribeSecretRequest(secretId: "old/retired"))
        #expect(description.deletedDate == nil)
        #expect(app.state.selectedSecret?.deletedDate == nil)
        #expect(app.state.details?.value?.secretString == #"{"k":"v"}"#)
    }
}

@Suite("Commands")
struct CommandTests {
    @Test("the parser reads every command of the table", arguments: [
        (":profile prod", AppCommand.profile("prod")),
        ("region eu-west-1", .region("eu-west-1")),
        (":vault /tmp/my vault.db", .vault("/tmp/my vault.db")),
        (":theme light", .theme("light")),
        (":readonly on", .readOnly(true)),
        (":ro OFF", .readOnly(false)),
        (":q", .quit),
        ("  :quit  ", .quit),
    ])
    func parses(line: String, command: AppCommand) throws {
        #expect(try CommandParser.parse(line) == command)
    }

    @Test("the parser refuses with a usage message", arguments: [
        (":profile", "usage: :profile NAME"),
        (":readonly maybe", "usage: :readonly on|off"),
        (":q now", ":q takes no argument"),
        (":", "empty command"),
        (":frobnicate", "unknown command :frobnicate (commands: :profile :region :vault :theme :readonly :q)"),
    ])
    func refuses(line: String, message: String) {
        #expect(throws: CommandError(message)) { try CommandParser.parse(line) }
    }

    @Test(":vault without a passphrase source: a masked prompt, then the vault opens with what was typed")
    func vaultPassphrasePrompt() async throws {
        let app = try await AppHarness(seed: false)
        await app.send(.passphraseRequired(vaultPath: "/tmp/team.db"))
        guard case .prompt(let dialog, .vaultPassphrase(path: "/tmp/team.db"))? = app.state.modal else {
            Issue.record("no passphrase prompt: \(String(describing: app.state.modal))")
            return
        }
        #expect(dialog.field?.isMasked == true)
        await app.type("open sesame")
        let screen = app.screen().textGrid
        #expect(screen.contains("Passphrase for /tmp/team.db"))
        #expect(!screen.contains("open sesame"))
        await app.key(.enter)
        #expect(app.lastEffects == [.switchBackend(.unlockVault(path: "/tmp/team.db", passphrase: "open sesame"))])
        #expect(app.state.modal == nil)
        await app.send(.passphraseRequired(vaultPath: "/tmp/team.db"))
        await app.type("never sent")
        await app.key(.escape)
        #expect(app.lastEffects.isEmpty)
        #expect(app.state.modal == nil)
    }

    @Test("commands become effects or state changes")
    func effects() async throws {
        let app = try await AppHarness(seed: false)
        for (line, effects) in [
            ("profile prod", [Effect.switchBackend(.profile("prod"))]),
            ("region eu-west-1", [.switchBackend(.region("eu-west-1"))]),
            ("vault /tmp/v.db", [.switchBackend(.vault("/tmp/v.db"))]),
            ("theme mono", [.loadTheme("mono")]),
        ] {
            await app.press(AppKeymap.command)
            await app.type(line)
            await app.key(.enter)
            #expect(app.lastEffects == effects)
        }
        await app.press(AppKeymap.command)
        await app.type("readonly on")
        await app.key(.enter)
        #expect(app.state.isReadOnly)
        #expect(app.state.keymap.binding(id: AppKeymap.edit)?.isEnabled == false)
        await app.send(.themeChanged(name: "mono"))
        #expect(app.state.themeName == "mono")
    }

    @Test("a backend switch reloads the list from the new backend")
    func backendSwitch() async throws {
        let app = try await AppHarness()
        await app.start()
        #expect(app.state.secrets.all.count == 5)
        let effects = await app.send(.backendChanged(name: "vault /tmp/x.db"), runRequests: false)
        #expect(app.state.backendName == "vault /tmp/x.db")
        #expect(app.state.secrets.all.isEmpty)
        #expect(effects.contains { if case .listSecrets = $0 { return true } else { return false } })
    }
}
