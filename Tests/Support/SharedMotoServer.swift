import Foundation
import Testing

/// A suite trait that starts one moto_server before the suite's tests and stops it after the last one; the tests
/// (parameterised cases included) find it in `SharedMotoServer.current`.
///
/// Used where many short cases share one server (each case works under its own name prefix), so moto's start-up
/// time is paid once per suite instead of once per case.
public struct SharedMotoServer: SuiteTrait, TestScoping {
    /// The server of the running suite; `nil` outside one or when moto_server is not installed.
    @TaskLocal public static var current: MotoServer?

    /// The scope wraps the suite once, not each of its tests.
    public var isRecursive: Bool { false }

    /// Creates the trait.
    public init() {}

    /// One scope around the whole suite, none around its tests.
    public func scopeProvider(for test: Test, testCase: Test.Case?) -> SharedMotoServer? {
        test.isSuite ? self : nil
    }

    /// Starts moto, runs the suite with it as `current`, and stops it whatever happened.
    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        guard MotoServer.isAvailable else { return try await function() }
        let server = try await MotoServer.start()
        defer { server.stop() }
        try await Self.$current.withValue(server) { try await function() }
    }

    /// The running suite's server, or a failure naming why there is none.
    public static func require() throws -> MotoServer {
        guard let current else { throw MotoUnavailable() }
        return current
    }
}

extension Trait where Self == SharedMotoServer {
    /// Runs the suite against one shared moto_server.
    public static var sharedMotoServer: SharedMotoServer { SharedMotoServer() }
}

/// No moto_server was started for this test.
public struct MotoUnavailable: Error, CustomStringConvertible {
    /// Why there is no server.
    public var description: String {
        "no shared moto_server: the suite needs the .sharedMotoServer trait and moto_server on PATH"
    }
}
