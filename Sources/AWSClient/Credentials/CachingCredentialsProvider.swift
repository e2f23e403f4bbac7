import Foundation

/// Caches another provider's credentials and refreshes temporary ones shortly before they expire.
///
/// Credentials without an expiry are kept for good. Temporary ones are refreshed once they are within
/// `refreshWindow` of `expiration`; concurrent callers share one refresh. If a refresh fails while the old
/// credentials are still valid, those are returned; once expired, the error is thrown.
public actor CachingCredentialsProvider: CredentialsProvider {
    /// The wrapped provider's name.
    public nonisolated let name: String
    private let base: any CredentialsProvider
    private let now: @Sendable () -> Date
    private let refreshWindow: TimeInterval
    private var cached: Credentials?
    private var inFlight: Task<Credentials?, any Error>?

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
        if let cached, !needsRefresh(cached) { return cached }
        if let inFlight { return try await inFlight.value }
        let base = self.base
        let task = Task { try await base.credentials() }
        inFlight = task
        defer { inFlight = nil }
        do {
            let fresh = try await task.value
            cached = fresh
            return fresh
        } catch {
            if let cached, let expiration = cached.expiration, expiration > now() { return cached }
            throw error
        }
    }

    private func needsRefresh(_ credentials: Credentials) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return now().addingTimeInterval(refreshWindow) >= expiration
    }
}
