import Foundation
import SecretsApp
import SecretsCore
import TerminalUI
import TestSupport
import Testing

/// Screen snapshots of every pane at 80x24 and 160x48 (text grid and style grid).
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    /// A harness at `size` with the postgres secret open.
    func postgres(_ size: Size) async throws -> AppHarness {
        let app = try await AppHarness(size: size)
        await app.start()
        await app.open("postgres")
        await app.press(AppKeymap.back)
        #expect(app.state.secrets.filter.isEmpty)
        return app
    }

    @Test("browse: list, versions with chips and journal, masked JSON value", arguments: sizes)
    func browse(size: Size) async throws {
        let app = try await postgres(size)
        Snapshot.assertBuffer(app.screen(), named: "browse-\(size)")
    }

    @Test("value pane with one value revealed", arguments: sizes)
    func revealed(size: Size) async throws {
        let app = try await postgres(size)
        await app.press(AppKeymap.nextPane)
        #expect(app.state.focus == .value)
        await app.press(ListBindings.down)
        await app.press(AppKeymap.reveal)
        Snapshot.assertBuffer(app.screen(), named: "revealed-\(size)")
    }

    @Test("binary value as base64 and hex; plain text", arguments: sizes)
    func binaryAndText(size: Size) async throws {
        let app = try await AppHarness(size: size)
        await app.start()
        Snapshot.assertBuffer(app.screen(), named: "binary-\(size)")
        await app.open("prod/api/token")
        Snapshot.assertBuffer(app.screen(), named: "text-\(size)")
    }

    @Test("promote preview with predicted moves", arguments: sizes)
    func promotePreview(size: Size) async throws {
        let app = try await postgres(size)
        #expect(app.state.focus == .versions)
        await app.press(ListBindings.down)
        await app.press(AppKeymap.promote)
        Snapshot.assertBuffer(app.screen(), named: "promote-\(size)")
        await app.key(.char("y"))
        Snapshot.assertBuffer(app.screen(), named: "observed-\(size)")
    }

    @Test("typed-name delete prompt; filter; help; command line", arguments: sizes)
    func modals(size: Size) async throws {
        let app = try await postgres(size)
        await app.press(AppKeymap.delete)
        await app.type("prod/db")
        Snapshot.assertBuffer(app.screen(), named: "delete-\(size)")
        await app.key(.escape)
        await app.press(AppKeymap.filter)
        await app.type("prod")
        Snapshot.assertBuffer(app.screen(), named: "filter-\(size)")
        await app.key(.enter)
        await app.press(AppKeymap.help)
        Snapshot.assertBuffer(app.screen(), named: "help-\(size)")
        await app.key(.escape)
        await app.press(AppKeymap.command)
        await app.type("theme light")
        Snapshot.assertBuffer(app.screen(), named: "command-\(size)")
    }

    @Test("read-only badge and a deleted secret", arguments: sizes)
    func readOnlyDeleted(size: Size) async throws {
        let app = try await AppHarness(size: size, readOnly: true)
        await app.start()
        await app.open("old/retired")
        Snapshot.assertBuffer(app.screen(), named: "readonly-deleted-\(size)")
    }

    @Test("a terminal smaller than 80x24 shows what fits and a note, at every size down to nothing")
    func small() async throws {
        let app = try await postgres(Size(width: 60, height: 16))
        Snapshot.assertBuffer(app.screen(), named: "small-60x16")
        for width in stride(from: 0, through: 81, by: 9) {
            for height in stride(from: 0, through: 25, by: 5) {
                app.state.size = Size(width: width, height: height)
                let buffer = app.screen()
                #expect(buffer.size == Size(width: width, height: height))
            }
        }
    }

    @Test("control characters from the backend are drawn as visible escapes, never raw")
    func sanitised() async throws {
        let app = try await AppHarness(seed: false)
        _ = try await app.backend.createSecret(CreateSecretRequest(
            name: "evil", clientRequestToken: "00000000-0000-4000-8000-000000000002", secretString: "{\"k\\u001b]52;c;AAAA\\u0007\":\"\\u001b[2J\\u202e\"}"))
        await app.start()
        app.state.focus = .value
        await app.press(AppKeymap.reveal)
        let buffer = app.screen()
        for cell in buffer.cells {
            #expect(!cell.grapheme.unicodeScalars.contains { TerminalSafety.isUnsafe($0) })
        }
        #expect(buffer.textGrid.contains("k\\e]52;c;AAAA\\x07"))
        #expect(buffer.textGrid.contains("\\e[2J\\u{202e}"))
    }
}
