import Foundation
import SecretsApp
import SecretsCore
import TerminalUI
import TestSupport
import Testing

/// Drives the reducer against a real in-memory backend: presses bindings by id, runs the request effects
/// through `EffectPerformer`, feeds their answers back, and records every effect.
final class AppHarness {
    var state: AppState
    let backend: EngineBackend
    let clock: TestClock
    let performer: EffectPerformer
    /// Every effect the reducer returned, in order.
    var effects: [Effect] = []
    /// The effects of the last `press`/`send`.
    var lastEffects: [Effect] = []

    init(size: Size = Size(width: 80, height: 24), seed: Bool = true, readOnly: Bool = false) async throws {
        clock = TestClock()
        let random = SeededRandomSource(seed: 42)
        backend = EngineBackend(clock: clock.closure, random: random)
        performer = EffectPerformer(backend: backend, random: SeededRandomSource(seed: 7))
        state = AppState(backendName: "memory", size: size, isReadOnly: readOnly, readOnlyReason: "--read-only")
        if seed { try await Fixtures.seed(backend, clock: clock) }
    }

    // MARK: - Driving

    /// Sends an action, then runs request effects and feeds their answers until none is left.
    @discardableResult
    func send(_ action: Action, runRequests: Bool = true) async -> [Effect] {
        var produced = AppReducer.reduce(&state, action)
        var all = produced
        while runRequests {
            let requests = produced.filter { EffectPerformer.requestID(of: $0) != nil }
            guard !requests.isEmpty else { break }
            produced = []
            for request in requests {
                guard let id = EffectPerformer.requestID(of: request), state.pending[id] != nil,
                    let answer = await performer.perform(request)
                else { continue }
                let next = AppReducer.reduce(&state, answer)
                produced += next
                all += next
            }
        }
        effects += all
        lastEffects = all
        return all
    }

    /// Presses the binding `id` (its first key in the state's keymap).
    @discardableResult
    func press(_ id: String, runRequests: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) async -> [Effect] {
        guard let event = state.baseKeymap.event(for: id) else {
            Issue.record("no binding \(id)", sourceLocation: sourceLocation)
            return []
        }
        return await send(.input(event), runRequests: runRequests)
    }

    /// Types text into whatever has the keys (a field, a prompt).
    func type(_ text: String) async {
        for character in text { await send(.input(.char(character))) }
    }

    /// Presses a literal key (inside fields and dialogs, where keys are the widget's own).
    func key(_ key: Key) async { await send(.input(.key(key))) }

    /// Starts the app and lets the first page and details load.
    func start() async { await send(.start) }

    /// Fires every timer of the last effects.
    func fireTimers() async {
        let timers = lastEffects.compactMap { effect -> TimerID? in
            if case .startTimer(let id, _) = effect { return id }
            return nil
        }
        for timer in timers { await send(.timerFired(timer)) }
    }

    /// Selects the secret named `name` through the filter, then opens it.
    func open(_ name: String) async {
        await press(AppKeymap.filter)
        await type(name)
        await key(.enter)
        await fireTimers()
        await press(AppKeymap.open)
    }

    /// Renders the state.
    func screen(theme: Theme = .builtInDefault) -> CellBuffer { AppScreen.render(state, theme: theme) }

    /// The current version map of a secret, from the backend.
    func stages(_ name: String) async throws -> [String: [String]] {
        try await backend.describeSecret(DescribeSecretRequest(secretId: name)).versionIdsToStages ?? [:]
    }
}

/// The secrets the tests browse: JSON credentials with several versions, plain text, binary, one scheduled
/// for deletion, and a Unicode name.
enum Fixtures {
    static func seed(_ backend: EngineBackend, clock: TestClock) async throws {
        let random = SeededRandomSource(seed: 99)
        func step() { clock.advance(by: 3600) }
        func create(_ request: CreateSecretRequest) async throws {
            _ = try await backend.createSecret(IdempotencyToken.fill(request, random: random))
        }
        func put(_ request: PutSecretValueRequest) async throws {
            _ = try await backend.putSecretValue(IdempotencyToken.fill(request, random: random))
        }
        try await create(CreateSecretRequest(
            name: "prod/db/postgres", secretString: #"{"username":"app","password":"first-pw","port":5432}"#))
        step()
        try await put(PutSecretValueRequest(
            secretId: "prod/db/postgres", secretString: #"{"username":"app","password":"second-pw","port":5432}"#))
        step()
        try await put(PutSecretValueRequest(
            secretId: "prod/db/postgres",
            secretString: #"{"username":"app","password":"third-pw","port":5432,"ssl":true}"#))
        step()
        try await create(CreateSecretRequest(name: "prod/api/token", secretString: "tok-plain-text"))
        step()
        try await create(CreateSecretRequest(
            name: "certs/blob", secretBinary: Data([0x00, 0x01, 0xFE, 0xFF, 0x41])))
        step()
        try await create(CreateSecretRequest(name: "old/retired", secretString: #"{"k":"v"}"#))
        _ = try await backend.deleteSecret(DeleteSecretRequest(secretId: "old/retired"))
        step()
        try await create(CreateSecretRequest(
            name: "team/i18n", secretString: #"{"endpoint":"https://例え.jp","retries":3}"#))
        step()
    }
}
