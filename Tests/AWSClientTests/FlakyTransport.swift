import AWSClient
import Foundation

/// Forwards to another transport, counting requests; can lose the response of chosen requests after the server
/// has handled them, the way a dropped connection does.
final class FlakyTransport: HTTPTransport, @unchecked Sendable {
    private let base: any HTTPTransport
    private let lock = NSLock()
    private var loseNext: Set<String>
    private(set) var targets: [String] = []

    /// `loseFirst` lists `X-Amz-Target` values whose first response is lost.
    init(_ base: any HTTPTransport, loseFirst: Set<String> = []) {
        self.base = base
        self.loseNext = loseFirst
    }

    var count: Int { lock.withLock { targets.count } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let target = request.header("X-Amz-Target") ?? ""
        let lose = lock.withLock { () -> Bool in
            targets.append(target)
            return loseNext.remove(target) != nil
        }
        let response = try await base.send(request)
        if lose { throw TransportError(.connectionLost, "connection reset after the request was sent") }
        return response
    }
}
