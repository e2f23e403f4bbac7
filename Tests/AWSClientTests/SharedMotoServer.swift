import Foundation
import TestSupport
import Testing

/// A suite trait that starts one moto_server before the suite's tests and stops it after the last one; the tests
/// (parameterised cases included) find it in `SharedMotoServer.current`.
///
/// Used where many short cases share one server (each case works under its own name prefix), so moto's start-up
/// time is paid once per suite instead of once per case.
struct SharedMotoServer: SuiteTrait, TestScoping {
    /// The server of the running suite; `nil` outside one or when moto_server is not installed.
    @TaskLocal static var current: MotoServer?

    var isRecursive: Bool { false }

    /// One scope around the whole suite, none around its tests.
    func scopeProvider(for test: Test, testCase: Test.Case?) -> SharedMotoServer? {
        test.isSuite ? self : nil
    }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        guard MotoServer.isAvailable else { return try await function() }
        let server = try await MotoServer.start()
        defer { server.stop() }
        try await Self.$current.withValue(server) { try await function() }
    }

    /// The running suite's server, or a failure naming why there is none.
    static func require() throws -> MotoServer {
        guard let current else { throw MotoUnavailable() }
        return current
    }
}

extension Trait where Self == SharedMotoServer {
    /// Runs the suite against one shared moto_server.
    static var sharedMotoServer: SharedMotoServer { SharedMotoServer() }
}

/// No moto_server was started for this test.
struct MotoUnavailable: Error, CustomStringConvertible {
    var description: String { "no shared moto_server: the suite needs the .sharedMotoServer trait and moto_server on PATH" }
}
