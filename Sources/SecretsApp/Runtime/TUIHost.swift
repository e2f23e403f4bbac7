import Foundation
import SecretsCore
import TerminalUI

/// Runs the TUI loop on a thread of its own (every terminal call stays on it) and waits for it off the
/// cooperative pool, so effects keep running while the loop blocks on input.
public enum TUIHost {
    /// What the host needs to start a terminal: start it, run, stop it on every path.
    public struct TerminalLifecycle: Sendable {
        /// Takes over the terminal and returns it.
        public var start: @Sendable (Theme) throws -> any TerminalDevice
        /// Gives the terminal back.
        public var stop: @Sendable (any TerminalDevice) -> Void

        /// A lifecycle of `start` and `stop`.
        public init(
            start: @escaping @Sendable (Theme) throws -> any TerminalDevice,
            stop: @escaping @Sendable (any TerminalDevice) -> Void
        ) {
            self.start = start
            self.stop = stop
        }
    }

    /// Runs the app until it quits; the terminal is stopped whether the loop ends or start fails.
    public static func run(
        state: AppState, backend: any SecretsBackend, theme: Theme, terminal: TerminalLifecycle,
        services: TUILoop.Services
    ) async throws -> AppState {
        let box = ResultBox()
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do {
                    let device = try terminal.start(theme)
                    let loop = TUILoop(state: state, backend: backend, theme: theme, terminal: device, services: services)
                    let final = loop.run()
                    terminal.stop(device)
                    box.finish(continuation, .success(final))
                } catch {
                    box.finish(continuation, .failure(error))
                }
            }
            thread.name = "secretty-tui"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Resumes the continuation exactly once.
    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false

        func finish(_ continuation: CheckedContinuation<AppState, any Error>, _ result: Result<AppState, any Error>) {
            lock.lock()
            defer { lock.unlock() }
            guard !done else { return }
            done = true
            continuation.resume(with: result)
        }
    }
}
