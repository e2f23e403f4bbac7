import Foundation
import SecretsCore
import Yams

/// Reads `config.yaml` strictly: an unknown key or a wrong type is an error naming the file and the key path.
public enum ConfigLoader {
    /// The config file's path: `$XDG_CONFIG_HOME/secretty/config.yaml`, else `~/.config/secretty/config.yaml`.
    public static func path(environment: [String: String], homeDirectory: String) -> String {
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/secretty/config.yaml" }
        return homeDirectory + "/.config/secretty/config.yaml"
    }

    /// The settings in the config file, or none when there is no file; errors are configuration errors (253).
    public static func load(environment: CLIEnvironment) throws(LocalError) -> SecrettyConfig {
        let file = path(environment: environment.variables, homeDirectory: environment.homeDirectory)
        guard environment.fileExists(file) else { return SecrettyConfig() }
        guard let data = environment.readFile(file), let text = String(data: data, encoding: .utf8) else {
            throw .configuration("\(file): cannot read the config file")
        }
        return try decode(text, file: file)
    }

    /// The settings in YAML text; `file` names it in errors.
    public static func decode(_ text: String, file: String) throws(LocalError) -> SecrettyConfig {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw .configuration("\(file): not valid YAML: \(error)")
        }
        var config = SecrettyConfig()
        config.file = file
        guard let node else { return config }
        let reader = Reader(file: file)
        for (key, value) in try reader.mapping(node, at: "") {
            switch key {
            case "theme": config.theme = try reader.string(value, at: key)
            case "themes_dir": config.themesDirectory = try reader.string(value, at: key)
            case "read_only": config.readOnly = try reader.bool(value, at: key)
            case "keys":
                for (id, names) in try reader.mapping(value, at: key) {
                    let path = "keys.\(id)"
                    if case .scalar = names {
                        config.keys[id] = [try reader.string(names, at: path)]
                    } else {
                        config.keys[id] = try reader.sequence(names, at: path).enumerated().map {
                            (index, name) throws(LocalError) in try reader.string(name, at: "\(path).\(index)")
                        }
                    }
                }
            case "profiles":
                for (profile, settings) in try reader.mapping(value, at: key) {
                    let path = "profiles.\(profile)"
                    for (setting, flag) in try reader.mapping(settings, at: path) {
                        guard setting == "read_only" else { throw reader.unknown("\(path).\(setting)") }
                        if try reader.bool(flag, at: "\(path).\(setting)") { config.readOnlyProfiles.insert(profile) }
                    }
                }
            case "vault":
                for (setting, flag) in try reader.mapping(value, at: key) {
                    guard setting == "read_only" else { throw reader.unknown("vault.\(setting)") }
                    config.vaultReadOnly = try reader.bool(flag, at: "vault.\(setting)")
                }
            default:
                throw reader.unknown(key)
            }
        }
        return config
    }

    // MARK: - Nodes

    /// Typed access to YAML nodes, with errors at a key path.
    struct Reader {
        let file: String

        func error(_ path: String, _ message: String) -> LocalError {
            .configuration("\(file): \(path.isEmpty ? "" : path + ": ")\(message)")
        }

        func unknown(_ path: String) -> LocalError { error(path, "unknown key") }

        func mapping(_ node: Node, at path: String) throws(LocalError) -> [(String, Node)] {
            guard case .mapping(let mapping) = node else { throw error(path, "expected a mapping") }
            var entries: [(String, Node)] = []
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key else { throw error(path, "expected text keys") }
                entries.append((scalar.string, value))
            }
            return entries
        }

        func sequence(_ node: Node, at path: String) throws(LocalError) -> [Node] {
            guard case .sequence(let sequence) = node else { throw error(path, "expected a list of key names") }
            return Array(sequence)
        }

        func string(_ node: Node, at path: String) throws(LocalError) -> String {
            guard case .scalar(let scalar) = node, !scalar.string.isEmpty else { throw error(path, "expected text") }
            return scalar.string
        }

        func bool(_ node: Node, at path: String) throws(LocalError) -> Bool {
            guard case .scalar(let scalar) = node else { throw error(path, "expected true or false") }
            switch scalar.string {
            case "true", "True", "TRUE", "yes", "on": return true
            case "false", "False", "FALSE", "no", "off": return false
            default: throw error(path, "expected true or false, got '\(scalar.string)'")
            }
        }
    }
}
