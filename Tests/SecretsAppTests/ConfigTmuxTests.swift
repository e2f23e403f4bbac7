import Foundation
import Testing
import TestSupport

/// The real binary in tmux with a config file: the offer to create a missing vault, the vault's read-only
/// setting shown where a writing key is pressed, and `:theme` switching.
@Suite("Config and new vault in tmux", .serialized, .enabled(if: TmuxSession.tmuxPath != nil, "needs tmux"))
struct ConfigTmuxTests {
    @Test("a missing vault is created after y and the passphrase twice; config.yaml makes it read-only")
    func createReadOnlyVault() throws {
        let binary = try #require(TUIEndToEndTests.binary, "secretty not built; run swift build --build-tests")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-cfg-\(UUID().uuidString)")
        let config = home.appendingPathComponent(".config/secretty")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try "theme: light\nvault:\n  read_only: true\n".write(
            to: config.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let vault = home.appendingPathComponent("vaults/new.db").path
        let session = try TmuxSession(
            arguments: [binary, "tui", "--vault", vault], width: 220, height: 30,
            environment: [
                "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home.path,
                "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            ])
        defer { session.close() }
        try session.start()
        session.waitForScreen("the offer") { $0.contains("Create it? [y/N]") }
        #expect(!FileManager.default.fileExists(atPath: vault))
        try session.sendKeys("y", "Enter")
        session.waitForScreen("the first passphrase prompt") { $0.contains("Vault passphrase:") }
        try session.sendKeys("-l", "tmux pass")
        try session.sendKeys("Enter")
        session.waitForScreen("the second passphrase prompt") { $0.contains("Repeat vault passphrase:") }
        #expect(!session.capture().contains("tmux pass"))
        try session.sendKeys("-l", "tmux pass")
        try session.sendKeys("Enter")
        session.waitForScreen("the empty list", timeout: .seconds(30)) { $0.contains("0 secrets") }
        #expect(FileManager.default.fileExists(atPath: vault))
        try session.sendKeys("n")
        session.waitForScreen("the refusal") { $0.contains("new secret: disabled (read-only (vault in config.yaml))") }
        try session.sendKeys(":")
        try session.sendKeys("-l", "theme nope")
        try session.sendKeys("Enter")
        session.waitForScreen("the unknown theme") { $0.contains("no theme 'nope'") }
        try session.sendKeys("q")
        #expect(session.wait { session.exitStatus != nil })
        #expect(session.exitStatus == 0)
    }

    @Test("an unknown theme in config.yaml exits 253 naming it; --theme wins over config.yaml")
    func themePrecedence() throws {
        let binary = try #require(TUIEndToEndTests.binary, "secretty not built; run swift build --build-tests")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-cfg-\(UUID().uuidString)")
        let config = home.appendingPathComponent(".config/secretty")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try "theme: nope\n".write(to: config.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home.path, "SECRETTY_PASSPHRASE": "pw",
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
        ]
        let vault = home.appendingPathComponent("v.db").path
        let failing = try TmuxSession(arguments: [binary, "tui", "--vault", vault], width: 200, environment: environment)
        defer { failing.close() }
        try failing.start()
        #expect(failing.wait { failing.exitStatus != nil })
        #expect(failing.exitStatus == 253)
        #expect(failing.capture().contains("config.yaml: theme: no theme 'nope' (known: default, "))
        #expect(!FileManager.default.fileExists(atPath: vault))

        let chosen = try TmuxSession(
            arguments: [binary, "--theme", "monochrome", "tui", "--vault", vault], width: 200, environment: environment)
        defer { chosen.close() }
        try chosen.start()
        chosen.waitForScreen("the offer") { $0.contains("Create it? [y/N]") }
        try chosen.sendKeys("n", "Enter")
        #expect(chosen.wait { chosen.exitStatus != nil })
        #expect(chosen.exitStatus == 253)
        #expect(chosen.capture().contains("create one with `secretty vault init`"))
    }
}
