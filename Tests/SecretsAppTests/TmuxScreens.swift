import Testing
import TestSupport

/// Waits for screens of a TUI in tmux, keeping every screen it saw so a later assertion can look at all of them.
final class TmuxScreens {
    var all: [String] = []
    let session: TmuxSession
    init(_ session: TmuxSession) { self.session = session }

    @discardableResult
    func wait(
        _ what: String, timeout: Duration = .seconds(15), sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: @escaping (String) -> Bool
    ) -> Bool {
        session.waitForScreen(what, timeout: timeout, sourceLocation: sourceLocation) { screen in
            self.all.append(screen)
            return condition(screen)
        }
    }

    /// Filters the secrets list with `/`, opens the first match with Enter, and waits for its details.
    @discardableResult
    func open(
        filtering filter: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
        until condition: @escaping (String) -> Bool
    ) throws -> Bool {
        try session.sendKeys("/")
        try session.sendKeys("-l", filter)
        try session.sendKeys("Enter")
        return wait(what, sourceLocation: sourceLocation, condition)
    }

    /// In the open form: moves to the row of `key`, opens its field, waits for `current` in it, and replaces
    /// it with `text` (typed, not yet accepted).
    func replaceField(
        _ key: String, showing current: String, with text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let form = session.capture().components(separatedBy: "\n")
        let header = try #require(
            form.firstIndex { $0.contains("│  key ") }, "no form header:\n\(form.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
        let row = try #require(form.firstIndex { $0.hasPrefix("│  \(key) ") }, sourceLocation: sourceLocation)
        for _ in 0..<(row - header - 1) { try session.sendKeys("j") }
        try session.sendKeys("Enter")
        wait("the \(key) field", sourceLocation: sourceLocation) { $0.contains(current) }
        try session.sendKeys("C-u")
        try session.sendKeys("-l", text)
    }
}
