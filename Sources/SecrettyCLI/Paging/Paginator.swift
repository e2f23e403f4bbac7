import Foundation
import SecretsCore

/// aws CLI v2's client-side paging: follow `NextToken` across pages, `--page-size` per call, `--max-items` in
/// total, and a resume token for `--starting-token` when the output was cut short.
public struct Paginator: Sendable {
    /// `--max-items`: at most this many items in the output.
    public var maxItems: Int?
    /// `--starting-token`: a resume token printed by an earlier call.
    public var startingToken: String?
    /// `--page-size`: the `MaxResults` of each call.
    public var pageSize: Int?

    /// Creates a paginator with the aws CLI's three options.
    public init(maxItems: Int? = nil, startingToken: String? = nil, pageSize: Int? = nil) {
        self.maxItems = maxItems
        self.startingToken = startingToken
        self.pageSize = pageSize
    }

    /// One page as the service answered it.
    public struct Page<Item: Sendable>: Sendable {
        public var items: [Item]
        public var nextToken: String?
        public init(items: [Item], nextToken: String?) {
            self.items = items
            self.nextToken = nextToken
        }
    }

    /// The items gathered and, when the output was cut short by `--max-items`, the token to resume from.
    public struct Result<Item: Sendable>: Sendable {
        public var items: [Item]
        public var resumeToken: String?
    }

    /// Checks the options before any call: a malformed `--starting-token` or a bad number is a usage error.
    public func validate() throws(LocalError) {
        if let maxItems, maxItems < 1 {
            throw .usage("argument --max-items: must be a positive integer, got \(maxItems)")
        }
        if let pageSize, pageSize < 1 {
            throw .usage("argument --page-size: must be a positive integer, got \(pageSize)")
        }
        if let startingToken { _ = try Self.decode(startingToken) }
    }

    /// Fetches pages until the last one or until `--max-items` are gathered.
    public func collect<Item: Sendable>(
        _ fetch: (_ nextToken: String?, _ maxResults: Int?) async throws -> Page<Item>
    ) async throws -> Result<Item> {
        var (token, skip) = try startingToken.map { try Self.decode($0) } ?? (nil, 0)
        var items: [Item] = []
        while true {
            let page = try await fetch(token, pageSize)
            let available = Array(page.items.dropFirst(skip))
            if let maxItems, items.count + available.count >= maxItems {
                let take = maxItems - items.count
                items.append(contentsOf: available.prefix(take))
                if take < available.count {
                    return Result(items: items, resumeToken: Self.encode(token: token, truncate: skip + take))
                }
                return Result(items: items, resumeToken: page.nextToken.map { Self.encode(token: $0, truncate: 0) })
            }
            items.append(contentsOf: available)
            skip = 0
            guard let next = page.nextToken, !next.isEmpty else { return Result(items: items, resumeToken: nil) }
            token = next
        }
    }

    // MARK: - Resume tokens

    /// A resume token: base64 of `{"NextToken": ..., "boto_truncate_amount": n}`, as botocore writes it.
    static func encode(token: String?, truncate: Int) -> String {
        var members: [(key: String, value: JSONValue)] = []
        if let token { members.append(("NextToken", .string(token))) }
        if truncate > 0 { members.append(("boto_truncate_amount", .integer(truncate))) }
        return Data(utf8Of: JSONValue.object(members).compactText()).base64EncodedString()
    }

    /// The service token and the number of items to skip in its page.
    static func decode(_ resume: String) throws(LocalError) -> (String?, Int) {
        guard let data = Data(base64Encoded: resume), let text = String(data: data, encoding: .utf8),
            let value = try? JSONValue.parse(text), case .object = value
        else {
            throw .usage("argument --starting-token: Bad starting token: \(resume)")
        }
        let skip = value["boto_truncate_amount"]?.doubleValue.map { Int($0) } ?? 0
        return (value["NextToken"]?.stringValue, skip)
    }
}
