import ArgumentParser
import Synchronization

/// A command line split into the global options and the rest, and the rest as swift-argument-parser reads it.
///
/// Parsing reads nothing but the words, so `SecrettyMain.main` does it on the main thread while a second thread
/// reads the environment: in a fresh process the first parse is more than a millisecond of one-time runtime work.
/// Failures are kept, not thrown, so that `Invocation` reports them in the same order as ever.
struct ParsedCommandLine: @unchecked Sendable {
    /// The global options and the words left for the parser, or why they could not be scanned.
    typealias Scan = Result<(globals: GlobalOptions, rest: [String]), any Error>

    /// The command line's scan.
    let scanned: Scan
    /// What swift-argument-parser made of the rest; `nil` when scanning failed or left nothing to parse.
    let command: Result<any ParsableCommand, any Error>?

    /// Scans and parses `arguments`.
    init(_ arguments: [String]) {
        self.init(scanned: Self.scan(arguments))
    }

    /// Splits `arguments` into the global options and the rest: quick, and enough to prepare the backend.
    static func scan(_ arguments: [String]) -> Scan {
        Result { try GlobalOptionScanner.scan(arguments) }
    }

    /// Parses the rest of a scanned command line.
    init(scanned: Scan) {
        self.scanned = scanned
        if case .success(let words) = scanned, !words.rest.isEmpty {
            command = Self.parse(words.rest)
        } else {
            command = nil
        }
    }
}

extension ParsedCommandLine {
    /// What swift-argument-parser makes of the words after the global options.
    ///
    /// An operation is parsed as a root of its own first, which skips the root's check for a completion-script
    /// request (see `CommandConfiguration.operation`). Only the operation itself is taken from that parse: anything
    /// else (help, a completion-script request, a usage error) is parsed again from `secretty`, so messages and
    /// built-in commands are exactly the root's.
    static func parse(_ words: [String]) -> Result<any ParsableCommand, any Error> {
        if let name = words.first, let operation = SecrettyCommand.operationCommand(named: name),
            let command = try? operation.parseAsRoot(Array(words.dropFirst())),
            ObjectIdentifier(type(of: command)) == ObjectIdentifier(operation)
        {
            return .success(command)
        }
        return Result { try SecrettyCommand.parseAsRoot(words) }
    }
}

/// A value that one thread supplies once and one task awaits, whichever comes first.
final class Handoff<Value: Sendable>: Sendable {
    private struct State {
        var value: Value?
        var waiter: CheckedContinuation<Value, Never>?
    }

    private let state = Mutex(State())

    init() {}

    /// Hands `value` over, resuming the task if it is already waiting.
    func supply(_ value: Value) {
        let waiter = state.withLock { state in
            state.value = value
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: value)
    }

    /// The value, once supplied.
    var value: Value {
        get async {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state -> Value? in
                    if let value = state.value { return value }
                    state.waiter = continuation
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }
}
