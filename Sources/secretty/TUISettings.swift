import Foundation
import SecretsApp
import SecretsCore
import SecrettyCLI
import TerminalUI

/// The TUI's appearance and keys from `--theme` and the config file, resolved before the terminal is taken.
struct TUISettings: Sendable {
    /// The folders themes are looked up in.
    var search: ThemeSearchPath
    /// The theme to start with: `--theme`, else the config's `theme`, else `default`.
    var theme: Theme
    /// The default keymap with the config's `keys`.
    var keymap: Keymap

    /// Resolves the settings; an unknown theme or key is a configuration error (exit 253).
    init(launch: TUILaunch) throws {
        let config = launch.config
        search = ThemeSearchPath(
            themesDirectory: config.themesDirectory, environment: launch.environment.variables,
            homeDirectory: launch.environment.homeDirectory, executable: Self.executable,
            exists: { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            })
        let name = launch.globals.theme ?? config.theme ?? Theme.builtInDefault.name
        do {
            theme = try search.theme(named: name)
        } catch {
            let origin = launch.globals.theme != nil ? "--theme" : "\(config.file ?? "config.yaml"): theme"
            throw LocalError.configuration("\(origin): \(error)")
        }
        keymap = try AppKeymap.configured(config.keys, file: config.file ?? "config.yaml")
    }

    /// The running executable, symlinks resolved.
    static var executable: URL? {
        Bundle.main.executableURL?.resolvingSymlinksInPath()
    }
}
