import Foundation

/// The proxy configuration read from an environment dictionary, the way libcurl and botocore read it.
struct ProxySettings: Sendable, Hashable {
    /// The proxy for `http://` URLs, if any.
    var http: String?
    /// The proxy for `https://` URLs, if any.
    var https: String?
    /// The `no_proxy` list (comma-separated hosts, domains, or `*`); empty when unset.
    var noProxy: String

    /// Reads `http_proxy`/`HTTP_PROXY`, `https_proxy`/`HTTPS_PROXY`, `all_proxy`/`ALL_PROXY` and `no_proxy`/`NO_PROXY`.
    ///
    /// The lower-case spelling wins when both are set; empty values count as unset.
    init(environment: [String: String]) {
        func value(_ name: String) -> String? {
            for key in [name.lowercased(), name.uppercased()] {
                if let found = environment[key], !found.isEmpty { return found }
            }
            return nil
        }
        let all = value("all_proxy")
        http = value("http_proxy") ?? all
        https = value("https_proxy") ?? all
        noProxy = value("no_proxy") ?? ""
    }

    /// The proxy to use for a URL scheme, or nil for a direct connection.
    func proxy(forScheme scheme: String) -> String? {
        switch scheme.lowercased() {
        case "https": https
        case "http": http
        default: nil
        }
    }
}
