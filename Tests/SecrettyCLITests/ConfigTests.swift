import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// `config.yaml`: strict parsing, the read-only reasons per backend, and the CLI honouring them.
@Suite struct ConfigTests {
    // MARK: - Parsing

    @Test func parsesEverySetting() throws {
        let config = try ConfigLoader.decode(
            """
            theme: solarized-dark
            themes_dir: /opt/themes
            read_only: false
            keys:
              quit: [Q, ctrl-q]
              edit: E
            profiles:
              prod: {read_only: true}
              dev: {read_only: false}
            vault:
              read_only: yes
            """, file: "/c/config.yaml")
        #expect(config.file == "/c/config.yaml")
        #expect(config.theme == "solarized-dark")
        #expect(config.themesDirectory == "/opt/themes")
        #expect(config.keys == ["quit": ["Q", "ctrl-q"], "edit": ["E"]])
        #expect(config.readOnlyProfiles == ["prod"])
        #expect(config.vaultReadOnly)
        #expect(!config.readOnly)
    }

    @Test func anEmptyFileIsNoSettings() throws {
        let config = try ConfigLoader.decode("", file: "c.yaml")
        #expect(config.theme == nil && config.keys.isEmpty && !config.readOnly)
    }

    @Test(arguments: [
        ("colour: red\n", "c.yaml: colour: unknown key"),
        ("profiles:\n  prod:\n    readonly: true\n", "c.yaml: profiles.prod.readonly: unknown key"),
        ("vault:\n  path: /x\n", "c.yaml: vault.path: unknown key"),
        ("read_only: maybe\n", "c.yaml: read_only: expected true or false, got 'maybe'"),
        ("keys: [q]\n", "c.yaml: keys: expected a mapping"),
        ("keys:\n  quit: [[q]]\n", "c.yaml: keys.quit.0: expected text"),
        ("theme: [a, b]\n", "c.yaml: theme: expected text"),
        ("- just\n- a list\n", "c.yaml: expected a mapping"),
    ])
    func rejectsWithTheKeyPath(yaml: String, message: String) {
        #expect(throws: LocalError.configuration(message)) { try ConfigLoader.decode(yaml, file: "c.yaml") }
    }

    @Test func badYAMLNamesTheFile() {
        do {
            _ = try ConfigLoader.decode("theme: [unclosed\n", file: "/c/config.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.category == .configuration)
            #expect(error.summary.hasPrefix("/c/config.yaml: not valid YAML"))
        }
    }

    @Test func pathFollowsXDGConfigHome() {
        #expect(ConfigLoader.path(environment: ["XDG_CONFIG_HOME": "/x"], homeDirectory: "/h") == "/x/secretty/config.yaml")
        #expect(ConfigLoader.path(environment: [:], homeDirectory: "/h") == "/h/.config/secretty/config.yaml")
    }

    // MARK: - Read-only reasons

    @Test func readOnlyReasonPerBackend() throws {
        let config = try ConfigLoader.decode(
            "profiles:\n  prod: {read_only: true}\nvault: {read_only: true}\n", file: "/c/config.yaml")
        let prod = BackendChoice.aws(AWSSettings(profile: "prod"), reason: "--profile")
        #expect(config.readOnlyReason(for: prod, environment: [:]) == "profile prod in config.yaml")
        let dev = BackendChoice.aws(AWSSettings(profile: "dev"), reason: "--profile")
        #expect(config.readOnlyReason(for: dev, environment: [:]) == nil)
        let fromEnvironment = BackendChoice.aws(AWSSettings(), reason: "AWS_PROFILE")
        #expect(
            config.readOnlyReason(for: fromEnvironment, environment: ["AWS_PROFILE": "prod"])
                == "profile prod in config.yaml")
        #expect(
            config.readOnlyReason(for: .vault(path: "/v", explicit: true), environment: [:])
                == "vault in config.yaml")
        let everywhere = try ConfigLoader.decode("read_only: true\n", file: "/c/config.yaml")
        #expect(everywhere.readOnlyReason(for: dev, environment: [:]) == "config.yaml")
    }

    // MARK: - The binary

    @Test func cliWritesRefusedByTheVaultSetting() throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        try FileManager.default.createDirectory(
            atPath: process.path(".config/secretty"), withIntermediateDirectories: true)
        try process.write(".config/secretty/config.yaml", Data("vault:\n  read_only: true\n".utf8))
        let result = try process.run(
            ["put-secret-value", "--secret-id", "x", "--secret-string", "-", "--theme", "light"], stdin: Data("v".utf8))
        #expect(result.code == 254)
        #expect(
            result.err
                == "secretty: error: read-only mode (vault in config.yaml) refuses PutSecretValue (put-secret-value)\n")
    }

    @Test func cliConfigErrorExits253() throws {
        let process = try SecrettyProcess()
        defer { process.cleanUp() }
        try FileManager.default.createDirectory(
            atPath: process.path(".config/secretty"), withIntermediateDirectories: true)
        try process.write(".config/secretty/config.yaml", Data("them: light\n".utf8))
        let result = try process.run(["list-secrets"])
        #expect(result.code == 253)
        #expect(result.err == "secretty: error: \(process.path(".config/secretty/config.yaml")): them: unknown key\n")
    }
}
