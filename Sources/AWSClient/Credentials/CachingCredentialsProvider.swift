import Foundation

/// Caches another provider's credentials and refreshes temporary ones shortly before they expire.
///
/// Credentials without an expiry are kept for good. Temporary ones are refreshed once they are within
/// `refreshWindow` of `expiration`; concurrent callers share one refresh. If a refresh fails while the old
/// credentials are still valid, those are returned; once expired, the error is thrown.
///
/// The first caller runs the refresh in its own task, so it runs on that task's executor (a command's main
/// thread) rather than on the global pool; callers that arrive meanwhile wait for its outcome. A waiter that was
/// not cancelled itself does not take on the refreshing caller's cancellation: it starts a refresh of its own.
public actor CachingCredentialsProvider: CredentialsProvider {
    /// The wrapped provider's name.
    public nonisolated let name: String
    private let base: any CredentialsProvider
    private let now: @Sendable () -> Date
    private let refreshWindow: TimeInterval
    private var cached: Credentials?
    /// The callers waiting for the refresh in progress; `nil` when none is.
    private var waiters: [CheckedContinuation<Credentials?, any Error>]?

    /// Wraps a provider; `refreshWindow` defaults to five minutes.
    public init(_ base: any CredentialsProvider, refreshWindow: TimeInterval = 300,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.base = base
        self.name = base.name
        self.now = now
        self.refreshWindow = refreshWindow
    }

    /// The cached credentials, or fresh ones when none are cached or they are about to expire.
    public func credentials() async throws -> Credentials? {
        while true {
            if let cached, !needsRefresh(cached) { return cached }
            guard waiters != nil else { return try await refresh() }
            do {
                return try await withCheckedThrowingContinuation { waiters?.append($0) }
            } catch is CancellationError where !Task.isCancelled {
                continue
            }
        }
    }

    /// Asks the wrapped provider, then hands the outcome to every caller that waited for it.
    private func refresh() async throws -> Credentials? {
        waiters = []
        let outcome: Result<Credentials?, any Error>
        do {
            let fresh = try await base.credentials()
            cached = fresh
            outcome = .success(fresh)
        } catch {
            if let cached, let expiration = cached.expiration, expiration > now() {
                outcome = .success(cached)
            } else {
                outcome = .failure(error)
            }
        }
        let waiting = waiters ?? []
        waiters = nil
        for waiter in waiting { waiter.resume(with: outcome) }
        return try outcome.get()
    }

    private func needsRefresh(_ credentials: Credentials) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return now().addingTimeInterval(refreshWindow) >= expiration
    }
}
