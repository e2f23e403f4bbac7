import Foundation
import TerminalUI

/// The folders a theme name is looked up in, first match wins.
///
/// 1. `themes_dir` from the config file;
/// 2. `${XDG_DATA_HOME:-~/.local/share}/secretty/themes` (the user's own themes);
/// 3. `PREFIX/share/secretty/themes` next to the executable's `PREFIX/bin` (what `make install` puts there);
/// 4. `Themes/` of the source checkout the executable was built in (`.build/…/secretty`).
///
/// Folders that do not exist are left out; with none left, only the built-in `default` theme is available.
public struct ThemeSearchPath: Sendable, Equatable {
    /// The existing folders, in search order.
    public var directories: [URL]

    /// The search path for these settings; `exists` says whether a folder is there.
    public init(
        themesDirectory: String?, environment: [String: String], homeDirectory: String, executable: URL?,
        exists: (String) -> Bool
    ) {
        var candidates: [String] = []
        if let themesDirectory, !themesDirectory.isEmpty {
            candidates.append(Self.expand(themesDirectory, home: homeDirectory))
        }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? homeDirectory + "/.local/share"
        candidates.append(dataHome + "/secretty/themes")
        if let executable {
            let binDirectory = executable.deletingLastPathComponent()
            candidates.append(binDirectory.deletingLastPathComponent().path + "/share/secretty/themes")
            // .build/<triple>/<configuration>/secretty or .build/<configuration>/secretty
            var folder = binDirectory
            for _ in 0..<3 {
                folder = folder.deletingLastPathComponent()
                if folder.lastPathComponent == ".build" {
                    candidates.append(folder.deletingLastPathComponent().path + "/Themes")
                    break
                }
            }
        }
        var seen: Set<String> = []
        directories = candidates.filter { exists($0) && seen.insert($0).inserted }
            .map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// The theme called `name` from these folders (the built-in default for `default` when none has it).
    public func theme(named name: String) throws(ThemeError) -> Theme {
        try ThemeLoader.named(name, in: directories)
    }

    /// `~/x` as a path in the home directory.
    static func expand(_ path: String, home: String) -> String {
        path == "~" ? home : path.hasPrefix("~/") ? home + path.dropFirst() : path
    }
}
