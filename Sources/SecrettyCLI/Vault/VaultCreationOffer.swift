import Foundation
import SecretsCore

/// The TUI's offer to create a vault that does not exist yet: asks y/n on the terminal, then the passphrase
/// twice (the CLI's passphrase sources and prompt), and creates it with the default cost.
public struct VaultCreationOffer: Sendable {
    /// The environment: the passphrase sources, `fileExists`, and where the notice goes.
    public var environment: CLIEnvironment
    /// Creates the vault.
    public var vault: any VaultAccess
    /// Writes a question on the terminal and reads one answer line (with echo); `nil` when there is no terminal.
    public var askLine: @Sendable (String) throws -> String?

    /// Creates the offer; `askLine` defaults to a line read on `/dev/tty`.
    public init(
        environment: CLIEnvironment, vault: any VaultAccess, askLine: (@Sendable (String) throws -> String?)? = nil
    ) {
        self.environment = environment
        self.vault = vault
        self.askLine = askLine ?? { try TerminalPrompt.readLine(prompt: $0) }
    }

    /// Offers to create the vault at `path` when no file is there; returns its passphrase when it was created,
    /// `nil` when the file already exists. Declining is a configuration error naming `secretty vault init`.
    public func createIfMissing(path: String, passphraseFile: String?) async throws -> String? {
        guard !environment.fileExists(path) else { return nil }
        let answer = try askLine("No vault at \(path). Create it? [y/N] ")
        guard let answer, ["y", "yes"].contains(answer.trimmingWhitespace.lowercased()) else {
            throw LocalError.configuration("no vault at \(path); create one with `secretty vault init`")
        }
        let (passphrase, _) = try PassphraseResolver(environment: environment).passphrase(
            file: passphraseFile, creating: true)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try await vault.create(path: path, passphrase: passphrase, context: StoreContext(), kdfLogN: nil)
        environment.writeError("secretty: created vault \(path)\n")
        return passphrase
    }
}
