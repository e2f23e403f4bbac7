import Foundation
import SecretsCore
import TerminalUI

/// The TUI's main loop: reads input, reduces, runs effects as tasks off the loop, and draws.
///
/// Requests never block the loop: each runs as a Swift task against the backend and posts its answer back;
/// `Esc` cancels them. Only the loop's thread touches the terminal.
public final class TUILoop {
    /// What the loop gets from its host: backend switching, themes, timers and the environment.
    public struct Services: Sendable {
        /// Opens the backend a `:profile`, `:region` or `:vault` command names.
        public var openBackend: @Sendable (BackendSwitch) async throws -> any SecretsBackend
        /// Loads a theme by name.
        public var loadTheme: @Sendable (String) throws -> Theme
        /// Waits `milliseconds` (cancellable).
        public var sleep: @Sendable (Int) async throws -> Void
        /// Randomness for ClientRequestTokens.
        public var random: any RandomSource
        /// The environment (`TMUX`, `STY`, `TERM` decide how OSC 52 is sent).
        public var environment: [String: String]

        /// Services for a loop.
        public init(
            openBackend: @escaping @Sendable (BackendSwitch) async throws -> any SecretsBackend,
            loadTheme: @escaping @Sendable (String) throws -> Theme,
            sleep: @escaping @Sendable (Int) async throws -> Void = { try await Task.sleep(nanoseconds: UInt64($0) * 1_000_000) },
            random: any RandomSource, environment: [String: String]
        ) {
            self.openBackend = openBackend
            self.loadTheme = loadTheme
            self.sleep = sleep
            self.random = random
            self.environment = environment
        }
    }

    /// The state, as the last action left it.
    public private(set) var state: AppState
    /// How often the loop looks for posted results while no key arrives, in milliseconds.
    public var pollMilliseconds: Int32 = 25

    private let terminal: any TerminalDevice
    private let services: Services
    private var performer: EffectPerformer
    private var theme: Theme
    private let inbox = ActionInbox()
    private var tasks: [RequestID: Task<Void, Never>] = [:]
    private var timers: [Task<Void, Never>] = []
    private var drawn: AppState?
    private var lastSpin = Date()

    /// A loop over `terminal` with `backend`.
    public init(state: AppState, backend: any SecretsBackend, theme: Theme, terminal: any TerminalDevice, services: Services) {
        self.state = state
        self.terminal = terminal
        self.services = services
        self.performer = EffectPerformer(backend: backend, random: services.random)
        self.theme = theme
    }

    // MARK: - Running

    /// Runs until the app quits; returns the final state.
    @discardableResult
    public func run() -> AppState {
        state.size = terminal.size
        dispatch(.start)
        while !state.hasQuit {
            step()
        }
        for task in tasks.values { task.cancel() }
        for timer in timers { timer.cancel() }
        return state
    }

    /// One turn: posted results, the spinner, a frame if anything changed, then one input event.
    public func step() {
        for message in inbox.drain() {
            switch message {
            case .action(let action):
                dispatch(action)
            case .backend(let backend):
                performer.backend = backend
                dispatch(.backendChanged(name: backend.displayName))
            }
        }
        if state.isBusy, Date().timeIntervalSince(lastSpin) >= 0.1 {
            lastSpin = Date()
            dispatch(.spinnerTick)
        }
        if drawn != state {
            terminal.render(AppScreen.render(state, theme: theme))
            drawn = state
        }
        guard !state.hasQuit else { return }
        if let event = terminal.readEvent(timeoutMilliseconds: pollMilliseconds) {
            dispatch(.input(event))
        }
    }

    /// Reduces an action and runs its effects.
    public func dispatch(_ action: Action) {
        let effects = AppReducer.reduce(&state, action)
        for effect in effects { run(effect) }
    }

    // MARK: - Effects

    private func run(_ effect: Effect) {
        if let id = EffectPerformer.requestID(of: effect) {
            let performer = self.performer
            let inbox = self.inbox
            tasks[id] = Task {
                if let action = await performer.perform(effect) { inbox.post(.action(action)) }
            }
            pruneTasks()
            return
        }
        switch effect {
        case .cancel(let ids):
            for id in ids {
                tasks[id]?.cancel()
                tasks[id] = nil
            }
        case .startTimer(let timer, let milliseconds):
            let inbox = self.inbox
            let sleep = services.sleep
            timers.removeAll { $0.isCancelled }
            timers.append(Task {
                do {
                    try await sleep(milliseconds)
                    inbox.post(.action(.timerFired(timer)))
                } catch {}
            })
        case .copyToClipboard(let text):
            let multiplexer = Clipboard.multiplexer(environment: services.environment)
            if let sequence = Clipboard.copySequence(text, multiplexer: multiplexer, limitBytes: state.clipboardLimitBytes) {
                terminal.writeRaw(sequence)
            }
        case .clearClipboard:
            terminal.writeRaw(Clipboard.clearSequence(multiplexer: Clipboard.multiplexer(environment: services.environment)))
        case .switchBackend(let target):
            let open = services.openBackend
            let inbox = self.inbox
            Task {
                do {
                    inbox.post(.backend(try await open(target)))
                } catch let needed as PassphraseRequired {
                    inbox.post(.action(.passphraseRequired(vaultPath: needed.path)))
                } catch {
                    inbox.post(.action(.runnerError(EffectPerformer.failure(error).message)))
                }
            }
        case .loadTheme(let name):
            do {
                theme = try services.loadTheme(name)
                terminal.setTheme(theme)
                drawn = nil
                dispatch(.themeChanged(name: name))
            } catch {
                dispatch(.runnerError("theme \(name): \(error)"))
            }
        case .quit:
            state.hasQuit = true
        default:
            break
        }
    }

    /// Forgets tasks whose request is no longer pending.
    private func pruneTasks() {
        guard tasks.count > 64 else { return }
        tasks = tasks.filter { state.pending[$0.key] != nil }
    }
}
