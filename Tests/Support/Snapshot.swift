import Foundation
import TerminalUI
import Testing

/// Text-file snapshots kept next to the test that takes them.
///
/// A snapshot named `list-80x24` taken in `Tests/X/Panes/ListTests.swift` lives in
/// `Tests/X/__Snapshots__/Panes/ListTests/list-80x24.text.txt` (and `.style.txt` for a buffer's style grid).
/// `RECORD_SNAPSHOTS=1` writes the files and passes; a missing file is written and fails, so a new baseline
/// fails until it is committed and the test runs again.
public enum Snapshot {
    /// Whether this run records instead of comparing.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { $0 == "1" || $0 == "true" } ?? false
    }

    /// Compares a buffer's text grid and style grid with the files `name.text.txt` and `name.style.txt`.
    public static func assertBuffer(
        _ buffer: CellBuffer, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        assertText(buffer.textGrid, named: name + ".text", filePath: filePath, sourceLocation: sourceLocation)
        assertText(buffer.styleGrid, named: name + ".style", filePath: filePath, sourceLocation: sourceLocation)
    }

    /// Compares `text` with the file `name.txt` beside the test.
    public static func assertText(
        _ text: String, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = fileURL(named: name, filePath: filePath)
        let manager = FileManager.default
        let exists = manager.fileExists(atPath: url.path)
        if isRecording || !exists {
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
                return
            }
            if !exists && !isRecording {
                Issue.record("new snapshot recorded at \(url.path); check and commit it", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = manager.contents(atPath: url.path), let expected = String(data: data, encoding: .utf8) else {
            Issue.record("cannot read snapshot \(url.path)", sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        Issue.record(
            Comment(rawValue: difference(expected: expected, actual: text, path: url.path)),
            sourceLocation: sourceLocation)
    }

    /// Where snapshot `name` of the test file at `filePath` lives: in the test target's `__Snapshots__`
    /// folder (which Package.swift excludes from the sources), under the test file's path within the target.
    public static func fileURL(named name: String, filePath: String) -> URL {
        let testFile = URL(fileURLWithPath: filePath)
        var folders: [String] = []
        var directory = testFile.deletingLastPathComponent()
        while directory.pathComponents.count > 1, directory.deletingLastPathComponent().lastPathComponent != "Tests" {
            folders.insert(directory.lastPathComponent, at: 0)
            directory = directory.deletingLastPathComponent()
        }
        if directory.pathComponents.count <= 1 {
            directory = testFile.deletingLastPathComponent()
            folders = []
        }
        var url = directory.appendingPathComponent("__Snapshots__")
        for folder in folders { url.appendPathComponent(folder) }
        return url.appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
            .appendingPathComponent(name + ".txt")
    }

    /// A message showing the lines that differ, then the whole actual text.
    static func difference(expected: String, actual: String, path: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines = ["snapshot \(path) differs (RECORD_SNAPSHOTS=1 re-records):"]
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "<none>"
            let b = index < new.count ? String(new[index]) : "<none>"
            if a != b {
                lines.append("line \(index + 1):")
                lines.append("  expected: \(a)")
                lines.append("  actual:   \(b)")
            }
        }
        lines.append("actual:")
        lines.append(actual)
        return lines.joined(separator: "\n")
    }
}
