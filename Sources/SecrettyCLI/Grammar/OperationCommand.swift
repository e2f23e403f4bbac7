import ArgumentParser
import Foundation
import SecretsCore

/// What an operation needs besides its options: value sources, the global options and randomness.
public struct CallInputs {
    /// Resolves `file://`, `fileb://` and `-`.
    public var reader: ValueReader
    /// The global options of this command line.
    public var globals: GlobalOptions
    /// Randomness for ClientRequestTokens the user did not give.
    public var random: any RandomSource

    /// Creates the inputs of one call.
    public init(reader: ValueReader, globals: GlobalOptions, random: any RandomSource) {
        self.reader = reader
        self.globals = globals
        self.random = random
    }

    var structured: StructuredOptions { StructuredOptions(reader: reader) }
}

/// A service call built from a command line, ready to run against any backend.
public struct OperationCall: Sendable {
    /// The operation, for read-only checks and error wording.
    public let operation: SecretsOperation
    /// Runs the call (following pages where the aws CLI does) and returns the response as ordered JSON.
    public let perform: @Sendable (any SecretsBackend, JSONValueEncoder) async throws -> JSONValue

    /// Creates a call.
    public init(
        operation: SecretsOperation,
        perform: @escaping @Sendable (any SecretsBackend, JSONValueEncoder) async throws -> JSONValue
    ) {
        self.operation = operation
        self.perform = perform
    }
}

extension CommandConfiguration {
    /// An operation's configuration. It names `secretty` as the operation's super-command, so the operation can
    /// also be parsed as a root of its own (`ParsedCommandLine.parse`) and its help and usage still read
    /// `secretty OPERATION`. swift-argument-parser skips the check for a completion-script request in a command
    /// with a super-command; at the root that check builds two more parsers and is most of a short command's parse.
    static func operation(_ name: String, abstract: String) -> CommandConfiguration {
        CommandConfiguration(commandName: name, _superCommandName: "secretty", abstract: abstract)
    }
}

/// One `aws secretsmanager` operation as a command: it turns its options into an `OperationCall`.
public protocol OperationCommand: ParsableCommand {
    /// The service operation this command calls.
    static var operation: SecretsOperation { get }
    /// Builds the request from the options; every problem with them is a usage error.
    func makeCall(_ inputs: CallInputs) throws -> OperationCall
}

extension OperationCommand {
    /// A call that sends one request and encodes the response.
    static func single<Response: Encodable & Sendable>(
        _ body: @escaping @Sendable (any SecretsBackend) async throws -> Response
    ) -> OperationCall {
        OperationCall(operation: operation) { backend, encoder in
            try encoder.encode(try await body(backend))
        }
    }
}
