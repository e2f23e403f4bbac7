import AWSClient
import Foundation
import Testing
import TestSupport

/// A provider that counts calls, hands out numbered credentials, and can be made to wait or fail.
private actor CountingProvider: CredentialsProvider {
    nonisolated var name: String { "counting" }
    private(set) var calls = 0
    private let lifetime: TimeInterval?
    private let clock: TestClock
    private var gate: CheckedContinuation<Void, Never>?
    private var holding = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    var failNext = false
    /// Whether a call throws `CancellationError` when its caller was cancelled while it waited at the gate.
    var honoursCancellation = false

    init(lifetime: TimeInterval?, clock: TestClock) {
        self.lifetime = lifetime
        self.clock = clock
    }

    func hold() { holding = true }

    func release() {
        holding = false
        gate?.resume()
        gate = nil
    }

    func setFailNext() { failNext = true }

    func setHonoursCancellation() { honoursCancellation = true }

    /// Waits until a call is parked at the gate.
    func waitUntilParked() async {
        if gate != nil { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func credentials() async throws -> Credentials? {
        calls += 1
        let number = calls
        if holding {
            await withCheckedContinuation { continuation in
                gate = continuation
                waiters.forEach { $0.resume() }
                waiters = []
            }
        }
        if honoursCancellation { try Task.checkCancellation() }
        if failNext {
            failNext = false
            throw TransportError(.connect, "refresh failed")
        }
        return Credentials(accessKeyId: "AKID\(number)", secretAccessKey: "s",
                           expiration: lifetime.map { clock.now.addingTimeInterval($0) }, source: "counting")
    }
}

/// Counts callers that have started.
private final class StartCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func increment() { lock.withLock { value += 1 } }
}

/// A settable clock.
private final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_800_000_000)
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

@Suite("Caching and refreshing credentials")
struct CachingCredentialsProviderTests {
    @Test("credentials without an expiry are fetched once")
    func staticCredentials() async throws {
        let clock = TestClock()
        let base = CountingProvider(lifetime: nil, clock: clock)
        let cache = CachingCredentialsProvider(base, now: { clock.now })
        for _ in 0..<3 { #expect(try await cache.credentials()?.accessKeyId == "AKID1") }
        clock.advance(86_400 * 365)
        #expect(try await cache.credentials()?.accessKeyId == "AKID1")
        #expect(await base.calls == 1)
    }

    @Test("temporary credentials are refreshed once within the refresh window of their expiry")
    func refresh() async throws {
        let clock = TestClock()
        let base = CountingProvider(lifetime: 3600, clock: clock)
        let cache = CachingCredentialsProvider(base, refreshWindow: 300, now: { clock.now })
        #expect(try await cache.credentials()?.accessKeyId == "AKID1")
        clock.advance(3600 - 301)
        #expect(try await cache.credentials()?.accessKeyId == "AKID1")
        clock.advance(2)
        #expect(try await cache.credentials()?.accessKeyId == "AKID2")
        #expect(try await cache.credentials()?.accessKeyId == "AKID2")
        #expect(await base.calls == 2)
    }

    /// A cache over an hour-long provider whose calls wait at its gate until released.
    private static func heldAtTheGate() async -> (CountingProvider, CachingCredentialsProvider) {
        let clock = TestClock()
        let base = CountingProvider(lifetime: 3600, clock: clock)
        await base.hold()
        return (base, CachingCredentialsProvider(base, now: { clock.now }))
    }

    @Test("concurrent callers share one refresh")
    func singleFlight() async throws {
        let (base, cache) = await Self.heldAtTheGate()
        let started = StartCounter()
        let results = Task {
            try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        started.increment()
                        return try await cache.credentials()?.accessKeyId
                    }
                }
                return try await group.reduce(into: [String?]()) { $0.append($1) }
            }
        }
        await base.waitUntilParked()
        #expect(await TestSupport.waitUntil { started.count == 10 })
        for _ in 0..<50 { await Task.yield() }
        await base.release()
        let keys = try await results.value
        #expect(keys.count == 10)
        #expect(keys.allSatisfy { $0 == "AKID1" })
        #expect(await base.calls == 1)
    }

    @Test("a caller waiting for another's refresh does not take on that caller's cancellation")
    func waiterOutlivesCancelledRefresh() async throws {
        let (base, cache) = await Self.heldAtTheGate()
        await base.setHonoursCancellation()
        let refreshing = Task { try await cache.credentials()?.accessKeyId }
        await base.waitUntilParked()
        let started = StartCounter()
        let waiting = Task {
            started.increment()
            return try await cache.credentials()?.accessKeyId
        }
        #expect(await TestSupport.waitUntil { started.count == 1 })
        for _ in 0..<50 { await Task.yield() }
        refreshing.cancel()
        await base.release()
        await #expect(throws: CancellationError.self) { try await refreshing.value }
        // The waiter refreshed in its own task: the provider's second call.
        #expect(try await waiting.value == "AKID2")
        #expect(await base.calls == 2)
    }

    @Test("a failed refresh keeps still-valid credentials, and throws once they have expired")
    func failedRefresh() async throws {
        let clock = TestClock()
        let base = CountingProvider(lifetime: 600, clock: clock)
        let cache = CachingCredentialsProvider(base, refreshWindow: 300, now: { clock.now })
        #expect(try await cache.credentials()?.accessKeyId == "AKID1")
        clock.advance(400)
        await base.setFailNext()
        #expect(try await cache.credentials()?.accessKeyId == "AKID1")
        clock.advance(300)
        await base.setFailNext()
        await #expect(throws: TransportError.self) { try await cache.credentials() }
        #expect(try await cache.credentials()?.accessKeyId == "AKID4")
    }
}
