import Foundation

/// The opaque `NextToken` the engine issues: base64 of a small JSON object naming the operation, the
/// position of the next page and a fingerprint of the request it continues.
struct PageToken: Codable, Hashable {
    /// The operation that issued it.
    var op: String
    /// The index of the first entry of the next page.
    var offset: Int
    /// A fingerprint of the request (filters, sort, secret) so a token is not replayed against another.
    var scope: String

    /// The token text.
    func encoded() -> String {
        let data = (try? JSONEncoder().encode(self)) ?? Data()
        return data.base64EncodedString()
    }

    /// Decodes a token issued for `op` and `scope`; anything else is `InvalidNextTokenException`.
    static func decode(_ text: String?, op: SecretsOperation, scope: String) throws -> Int {
        guard let text else { return 0 }
        guard let data = Data(base64Encoded: text),
            let token = try? JSONDecoder().decode(PageToken.self, from: data),
            token.op == op.rawValue, token.scope == scope, token.offset >= 0
        else { throw ServiceError.invalidNextToken }
        return token.offset
    }

    /// Cuts one page out of `items` starting at `offset`; returns the page and the token for the next one.
    static func page<T>(_ items: [T], offset: Int, size: Int, op: SecretsOperation, scope: String) -> ([T], String?) {
        guard offset < items.count else { return ([], nil) }
        let end = min(items.count, offset + size)
        let next = end < items.count ? PageToken(op: op.rawValue, offset: end, scope: scope).encoded() : nil
        return (Array(items[offset..<end]), next)
    }
}
