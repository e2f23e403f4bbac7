import AWSClient
import CCurl
import Foundation

extension CurlTransfer {
    // MARK: - Mapping libcurl failures

    /// The `TransportError` for a transfer that ended with a libcurl error code.
    func transportError(for code: CURLcode, osErrno: Int) -> TransportError {
        let detail = curlErrorText.isEmpty ? String(cString: curl_easy_strerror(code)) : curlErrorText
        let via = proxy.map { " through proxy \($0)" } ?? ""
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST:
            return TransportError(.dns, "could not resolve host \(host)")
        case CURLE_COULDNT_RESOLVE_PROXY:
            return TransportError(.proxy, "could not resolve proxy \(proxy ?? "")")
        case CURLE_COULDNT_CONNECT:
            if let proxy {
                return TransportError(.proxy, "could not connect to proxy \(proxy): \(osMessage(osErrno, detail))")
            }
            if osErrno == Int(ECONNREFUSED) {
                return TransportError(.connect, "connection refused to \(target)")
            }
            return TransportError(.connect, "could not connect to \(target): \(osMessage(osErrno, detail))")
        case CURLE_OPERATION_TIMEDOUT:
            if connected {
                return TransportError(.timeout, "read timeout: no data from \(target) for \(seconds(options.readTimeout))")
            }
            return TransportError(.timeout, "connect timeout: no connection to \(target)\(via) within \(seconds(options.connectTimeout))")
        case CURLE_PEER_FAILED_VERIFICATION:
            return TransportError(.tls, "TLS certificate verification failed for host \(host): \(detail)")
        case CURLE_SSL_CACERT_BADFILE:
            return TransportError(.tls, "could not load the CA bundle \(options.caBundlePath ?? "(system default)"): \(detail)")
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR,
             CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_ENGINE_NOTFOUND,
             CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE,
             CURLE_USE_SSL_FAILED:
            return TransportError(.tls, "TLS handshake with \(target) failed: \(detail)")
        case CURLE_GOT_NOTHING:
            return TransportError(.connectionLost, "server \(target) closed the connection without sending a response")
        case CURLE_PARTIAL_FILE:
            return TransportError(.connectionLost, "server \(target) closed the connection before the response was complete")
        case CURLE_RECV_ERROR:
            if proxy != nil, !connected || detail.localizedCaseInsensitiveContains("proxy") {
                return TransportError(.proxy, "proxy \(proxy ?? "") failed: \(detail)")
            }
            return TransportError(.connectionLost, "connection to \(target) lost while receiving: \(osMessage(osErrno, detail))")
        case CURLE_SEND_ERROR:
            return TransportError(.connectionLost, "connection to \(target) lost while sending: \(osMessage(osErrno, detail))")
        case CURLE_PROXY:
            return TransportError(.proxy, "proxy \(proxy ?? "") refused the request: \(detail)")
        case CURLE_ABORTED_BY_CALLBACK:
            return TransportError(.cancelled, "request to \(target) cancelled")
        case CURLE_WEIRD_SERVER_REPLY:
            return TransportError(.other, "malformed HTTP response from \(target): \(detail)")
        default:
            return TransportError(.other, "request to \(target) failed: \(detail) (curl error \(code.rawValue))")
        }
    }

    /// The error for a transfer that received nothing for longer than the read timeout.
    var readTimeoutError: TransportError {
        TransportError(.timeout, "read timeout: no data from \(target) for \(seconds(options.readTimeout))")
    }

    /// The error for a transfer the caller cancelled.
    var cancellationError: TransportError {
        TransportError(.cancelled, "request to \(target) cancelled")
    }

    private func osMessage(_ osErrno: Int, _ fallback: String) -> String {
        guard osErrno != 0 else { return fallback }
        return String(cString: strerror(Int32(osErrno))).lowercased()
    }

    private func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
