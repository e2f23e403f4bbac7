import Foundation

// MARK: - Canonical request

extension SigV4Signer {
    /// The canonical request of a prepared request (see `prepare`): method, path, query, headers, signed header
    /// names and payload hash, one per line.
    public func canonicalRequest(_ request: SignableRequest) -> String {
        let headers = canonicalHeaders(request)
        return [
            request.method.uppercased(),
            canonicalPath(request.path),
            canonicalQuery(request.query),
            headers.map { "\($0.name):\($0.value)\n" }.joined(),
            headers.map(\.name).joined(separator: ";"),
            request.header("x-amz-content-sha256") ?? payloadHash(request.body),
        ].joined(separator: "\n")
    }

    /// The `SignedHeaders` value: lower-case names of the signed headers, sorted, joined by `;`.
    public func signedHeaders(_ request: SignableRequest) -> String {
        canonicalHeaders(request).map(\.name).joined(separator: ";")
    }

    /// The path, normalised when the options say so, with every byte but unreserved ones and `/` percent-encoded.
    ///
    /// The path is encoded as it goes on the wire, so an already encoded path is encoded again, as SigV4 asks for
    /// every service but S3.
    public func canonicalPath(_ path: String) -> String {
        let source = path.isEmpty ? "/" : path
        let normalized = options.normalizePath ? Self.removeDotSegments(source) : source
        return URIEncoding.encode(normalized, keepSlash: true)
    }

    /// The query: each name and value decoded then strictly encoded, `name=value` pairs sorted by name then value.
    public func canonicalQuery(_ query: String) -> String {
        guard !query.isEmpty else { return "" }
        let pairs = query.split(separator: "&", omittingEmptySubsequences: true).map { part -> (String, String) in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = URIEncoding.encode(URIEncoding.decode(String(pieces[0])))
            let value = pieces.count > 1 ? URIEncoding.encode(URIEncoding.decode(String(pieces[1]))) : ""
            return (name, value)
        }
        return pairs.sorted { lhs, rhs in
            lhs.0 != rhs.0 ? Array(lhs.0.utf8).lexicographicallyPrecedes(rhs.0.utf8)
                : Array(lhs.1.utf8).lexicographicallyPrecedes(rhs.1.utf8)
        }
        .map { "\($0.0)=\($0.1)" }
        .joined(separator: "&")
    }

    /// The signed headers: lower-case names, sorted; values trimmed with inner whitespace runs collapsed, repeated
    /// headers joined by `,` in the order they appear.
    func canonicalHeaders(_ request: SignableRequest) -> [(name: String, value: String)] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for header in request.headers {
            let name = header.name.lowercased().trimmingWhitespace
            if Self.unsignedHeaders.contains(name) { continue }
            if values[name] == nil { order.append(name) }
            values[name, default: []].append(Self.canonicalValue(header.value))
        }
        return order.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
            .map { ($0, values[$0, default: []].joined(separator: ",")) }
    }

    /// A header value with leading and trailing whitespace removed and inner runs of whitespace (including folded
    /// line breaks) replaced by one space.
    static func canonicalValue(_ value: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in value.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Resolves `.` and `..` segments and collapses empty segments (repeated slashes), keeping a trailing slash.
    static func removeDotSegments(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        var result = "/" + segments.joined(separator: "/")
        if path.hasSuffix("/"), !segments.isEmpty { result += "/" }
        return result
    }
}
