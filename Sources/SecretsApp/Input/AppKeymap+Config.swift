import SecretsCore
import TerminalUI

// MARK: - Configured bindings

extension AppKeymap {
    /// The default keymap with the config file's `keys` applied; an unknown binding id or key name is a
    /// configuration error naming `file` and the key path.
    public static func configured(_ overrides: [String: [String]], file: String) throws(LocalError) -> Keymap {
        do {
            return try defaults.remapped(overrides)
        } catch {
            switch error {
            case .unknownBinding(let id):
                throw .configuration(
                    "\(file): keys.\(id): unknown binding (known: \(bindingIDs.joined(separator: ", ")))")
            case .unknownKey(let id, let name):
                throw .configuration("\(file): keys.\(id): unknown key '\(name)'")
            }
        }
    }

    /// The ids of the default bindings, in keymap order.
    static var bindingIDs: [String] {
        var seen: Set<String> = []
        return defaults.bindings.map(\.id).filter { seen.insert($0).inserted }
    }
}
