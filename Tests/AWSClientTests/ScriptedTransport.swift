import AWSClient
import Foundation
import SecretsCore
import Synchronization

/// A fake transport for unit tests: answers each request with the next scripted outcome (a response or a
/// transport error) and records every request it was sent.
final class ScriptedTransport: HTTPTransport {
    /// One scripted answer.
    enum Outcome: Sendable {
        case response(HTTPResponse)
        case failure(TransportError)
    }

    private let state: Mutex<(outcomes: [Outcome], requests: [HTTPRequest])>

    init(_ outcomes: [Outcome]) {
        state = Mutex((outcomes, []))
    }

    /// The requests sent so far, in order.
    var requests: [HTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let outcome = state.withLock { state -> Outcome? in
            state.requests.append(request)
            return state.outcomes.isEmpty ? nil : state.outcomes.removeFirst()
        }
        switch outcome {
        case .response(let response): return response
        case .failure(let error): throw error
        case nil: throw TransportError(.other, "no scripted response left")
        }
    }

    /// A JSON response.
    static func json(_ status: Int, _ body: String) -> Outcome {
        .response(HTTPResponse(status: status, headers: [HTTPHeader(name: "Content-Type", value: "application/x-amz-json-1.1")], body: Data(body.utf8)))
    }

    /// A response with any body.
    static func raw(_ status: Int, _ body: String, contentType: String = "text/xml") -> Outcome {
        .response(HTTPResponse(status: status, headers: [HTTPHeader(name: "Content-Type", value: contentType)], body: Data(body.utf8)))
    }
}

/// Jitter values taken in order from a list (then the last one again).
final class FixedJitter: JitterSource {
    private let values: Mutex<[Double]>
    init(_ values: [Double]) { self.values = Mutex(values) }
    func next() -> Double {
        values.withLock { values in values.count > 1 ? values.removeFirst() : (values.first ?? 0) }
    }
}

/// A sleeper that records the delays it was asked for and returns at once.
final class RecordingSleeper: Sleeper {
    private let recorded = Mutex<[Double]>([])
    var delays: [Double] { recorded.withLock { $0 } }
    func sleep(seconds: Double) async throws { recorded.withLock { $0.append(seconds) } }
}

/// A random source that repeats a byte pattern, so tokens are predictable.
final class CountingRandom: RandomSource {
    private let counter = Mutex<UInt8>(0)
    func bytes(_ count: Int) -> [UInt8] {
        counter.withLock { value in
            (0..<count).map { _ in
                value &+= 1
                return value
            }
        }
    }
}
