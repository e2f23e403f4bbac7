import Foundation
import SecretsApp
import SecretsCore
import TerminalUI
import TestSupport
import Testing

@Suite("Browse flows")
struct BrowseFlowTests {
    @Test("start streams every page, counts them, and loads the first secret's details")
    func paging() async throws {
        let app = try await AppHarness()
        app.state.pageSize = 1
        app.state.laterPageSize = 2
        await app.start()
        let pages = app.effects.compactMap { effect -> ListSecretsRequest? in
            if case .listSecrets(_, let request) = effect { request } else { nil }
        }
        #expect(pages.map(\.maxResults) == [1, 2, 2])
        #expect(pages.first?.nextToken == nil && pages.dropFirst().allSatisfy { $0.nextToken != nil })
        #expect(app.state.secrets.all.map(\.name) == [
            "certs/blob", "old/retired", "prod/api/token", "prod/db/postgres", "team/i18n",
        ])
        #expect(app.state.secrets.isComplete)
        #expect(app.state.details?.name == "certs/blob")
        #expect(app.state.details?.valueRows.map(\.label) == ["base64", "hex"])
        #expect(app.state.details?.valueRows.last?.text == "00 01 fe ff 41")
        #expect(app.screen().text(row: 23).contains("5 secrets"))
        #expect(app.state.pending.isEmpty)
    }

    @Test("moving the selection redraws the list at once; details follow only when the selection rests")
    func selectionRest() async throws {
        let app = try await AppHarness()
        await app.start()
        let first = await app.press(ListBindings.down)
        let second = await app.press(ListBindings.down)
        #expect(first == [.startTimer(.selectionRest(1), milliseconds: 150)])
        #expect(second == [.startTimer(.selectionRest(2), milliseconds: 150)])
        #expect(app.state.selectedSecret?.name == "prod/api/token")
        #expect(app.state.details?.name == "certs/blob")
        await app.send(.timerFired(.selectionRest(1)))
        #expect(app.lastEffects.isEmpty)
        #expect(app.state.details?.name == "certs/blob")
        await app.send(.timerFired(.selectionRest(2)))
        #expect(app.state.details?.name == "prod/api/token")
        #expect(app.state.details?.value?.secretString == "tok-plain-text")
    }

    @Test("the filter narrows the list as it is typed; Esc in it clears it")
    func filter() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.press(AppKeymap.filter)
        await app.type("prod")
        #expect(app.state.secrets.visible.map(\.name) == ["prod/api/token", "prod/db/postgres"])
        await app.type("/db")
        #expect(app.state.secrets.visible.map(\.name) == ["prod/db/postgres"])
        await app.key(.escape)
        #expect(app.state.modal == nil)
        #expect(app.state.secrets.visible.count == 5)
    }

    @Test("while the filter field is open, q and ? type themselves")
    func fieldKeysWin() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.press(AppKeymap.filter)
        await app.press(AppKeymap.quit)
        await app.press(AppKeymap.help)
        #expect(!app.state.hasQuit)
        #expect(app.state.secrets.filter == "q?")
    }

    @Test("values are masked until v; a reveal masks itself again after the timeout")
    func revealAndRemask() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.open("postgres")
        #expect(app.state.details?.valueRows.map(\.label) == ["username", "password", "port", "ssl"])
        #expect(!app.screen().textGrid.contains("third-pw"))
        await app.press(AppKeymap.nextPane)
        #expect(app.state.focus == .value)
        await app.press(ListBindings.down)
        let effects = await app.press(AppKeymap.reveal)
        #expect(effects == [.startTimer(.remask(1), milliseconds: 30_000)])
        #expect(app.screen().textGrid.contains("third-pw"))
        await app.send(.timerFired(.remask(1)))
        #expect(app.state.revealed.isEmpty)
        #expect(!app.screen().textGrid.contains("third-pw"))
    }

    @Test("y copies the selected value with OSC 52 and clears the clipboard after the timeout")
    func copy() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.open("postgres")
        await app.press(AppKeymap.nextPane)
        await app.press(ListBindings.down)
        let effects = await app.press(AppKeymap.copy)
        #expect(effects == [.copyToClipboard("third-pw"), .startTimer(.clipboardClear(1), milliseconds: 30_000)])
        #expect(!app.screen().textGrid.contains("third-pw"))
        let cleared = await app.send(.timerFired(.clipboardClear(1)))
        #expect(cleared == [.clearClipboard])
    }

    @Test("Esc cancels the running requests")
    func escCancels() async throws {
        let app = try await AppHarness()
        let started = await app.send(.start, runRequests: false)
        guard case .listSecrets(let id, _)? = started.first else {
            Issue.record("no list request")
            return
        }
        let effects = await app.press(AppKeymap.back, runRequests: false)
        #expect(effects == [.cancel([id])])
        #expect(app.state.pending.isEmpty)
        #expect(!app.state.secrets.isLoading)
        await app.send(.response(id, .secretsPage(ListSecretsResponse(secretList: [], nextToken: nil))))
        #expect(app.state.secrets.all.isEmpty)
    }

    @Test("x lists deprecated versions too")
    func deprecated() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.open("postgres")
        #expect(app.state.details?.versions?.count == 2)
        await app.press(AppKeymap.deprecated)
        #expect(app.state.details?.versions?.count == 3)
        #expect(app.state.details?.versions?.last?.versionStages == nil)
    }

    @Test("? opens help made from the keymap, with the reason on disabled bindings")
    func help() async throws {
        let app = try await AppHarness(readOnly: true)
        await app.start()
        await app.press(AppKeymap.help)
        guard case .help(let overlay)? = app.state.modal else {
            Issue.record("no help")
            return
        }
        #expect(overlay.lines.contains(.binding(keys: "p", help: "make the selected version AWSCURRENT (preview first)",
                                               disabledReason: "--read-only")))
        await app.key(.escape)
        #expect(app.state.modal == nil)
    }

    @Test("q quits with the quit effect")
    func quit() async throws {
        let app = try await AppHarness()
        await app.start()
        let effects = await app.press(AppKeymap.quit)
        #expect(effects == [.quit])
        #expect(app.state.hasQuit)
    }
}

@Suite("Browse details")
struct BrowseDetailTests {
    @Test("a long list keeps its scroll position: moving up from the bottom does not jump")
    func scrolling() async throws {
        let app = try await AppHarness(seed: false)
        for index in 0..<30 {
            _ = try await app.backend.createSecret(CreateSecretRequest(
                name: "s/\(index < 10 ? "0" : "")\(index)", clientRequestToken: "00000000-0000-4000-8000-0000000001\(index < 10 ? "0" : "")\(index)",
                secretString: "v"))
        }
        await app.start()
        for _ in 0..<20 { await app.press(ListBindings.down, runRequests: false) }
        let rows = Layout.listRows(Layout(size: app.state.size).secrets)
        #expect(app.state.secrets.offset == 20 - rows + 1)
        await app.press(ListBindings.up, runRequests: false)
        #expect(app.state.secrets.offset == 20 - rows + 1)
        #expect(app.screen().text(row: 1).contains("s/\(20 - rows + 1)"))
    }

    @Test("Ctrl-C quits at once, even from a field")
    func interrupt() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.press(AppKeymap.command)
        let effects = await app.press(AppKeymap.interrupt)
        #expect(effects == [.quit])
        #expect(app.state.hasQuit)
    }

    @Test("wide characters line up in the value table", arguments: [Size(width: 80, height: 24)])
    func wide(size: Size) async throws {
        let app = try await AppHarness(size: size)
        await app.start()
        await app.open("team/i18n")
        await app.press(AppKeymap.nextPane)
        await app.press(AppKeymap.reveal)
        Snapshot.assertBuffer(app.screen(), named: "i18n-revealed-\(size)")
        let buffer = app.screen()
        for row in 0..<buffer.size.height {
            let width = buffer.row(row).reduce(0) { $0 + ($1.isContinuation ? 0 : Int($1.width)) }
            #expect(width == buffer.size.width)
        }
    }
}

@Suite("Versions")
struct VersionOpenTests {
    @Test("Enter on a version shows that version's value in the value pane")
    func openVersion() async throws {
        let app = try await AppHarness()
        await app.start()
        await app.open("postgres")
        await app.press(ListBindings.down)
        let previous = try #require(app.state.details?.selectedVersion)
        #expect(previous.versionStages == ["AWSPREVIOUS"])
        await app.press(AppKeymap.open)
        #expect(app.state.focus == .value)
        #expect(app.state.details?.value?.versionId == previous.versionId)
        await app.press(ListBindings.down)
        await app.press(AppKeymap.reveal)
        #expect(app.screen().textGrid.contains("second-pw"))
    }
}
