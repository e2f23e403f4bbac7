import Foundation
import SecretsCore

/// The user's settings from `${XDG_CONFIG_HOME:-~/.config}/secretty/config.yaml`.
public struct SecrettyConfig: Sendable, Equatable {
    /// Where the settings came from (named in read-only reasons and errors); `nil` when no file was read.
    public var file: String?
    /// `theme`: the theme the TUI starts with.
    public var theme: String?
    /// `themes_dir`: a folder searched first for themes.
    public var themesDirectory: String?
    /// `keys`: key bindings by binding id.
    public var keys: [String: [String]] = [:]
    /// `read_only` at the top level: writing is off for every backend.
    public var readOnly = false
    /// `profiles.NAME.read_only`: the AWS profiles where writing is off.
    public var readOnlyProfiles: Set<String> = []
    /// `vault.read_only`: writing is off when the vault is the backend.
    public var vaultReadOnly = false

    /// No settings (no file).
    public init() {}

    /// Why writing is off for this backend, per these settings (`profile prod in config.yaml`), or `nil`.
    ///
    /// The AWS profile is the one `--profile` or `AWS_PROFILE` names, else `default`.
    public func readOnlyReason(for choice: BackendChoice, environment: [String: String]) -> String? {
        let name = file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "config.yaml"
        if readOnly { return name }
        switch choice {
        case .vault:
            return vaultReadOnly ? "vault in \(name)" : nil
        case .aws(let settings, _):
            let profile =
                settings.profile ?? environment["AWS_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
            return readOnlyProfiles.contains(profile) ? "profile \(profile) in \(name)" : nil
        }
    }
}
