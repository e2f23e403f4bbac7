import Foundation

extension TestSupport {
    /// Polls a condition every few milliseconds until it holds or the deadline passes; returns whether it held.
    public static func waitUntil(timeout: Double = 5, _ condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            try? await Task.sleep(nanoseconds: 5_000_000)
        }
        return condition()
    }

    /// A TCP port on 127.0.0.1 that nothing listens on (bound, then closed).
    public static func closedLoopbackPort() throws -> UInt16 {
        let server = try LoopbackHTTPServer { _ in .raw(Data()) }
        let port = server.port
        server.stop()
        return port
    }
}

extension TestSupport {
    /// Runs blocking work (starting a process, waiting for a port) on its own thread, so it never occupies one of
    /// the few cooperative-pool threads other tests' continuations need.
    public static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
