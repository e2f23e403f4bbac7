import AWSClient
@testable import CurlTransport
import Foundation
import Testing
import TestSupport

@Suite("CurlTransport against loopback servers")
struct CurlTransportTests {
    // MARK: - Round trips

    @Test("POST round trip carries headers and a binary body both ways")
    func roundTrip() async throws {
        let responseBody = Data((0...255).reversed().map { UInt8($0) })
        let server = try LoopbackHTTPServer { _ in
            .response(status: 201, headers: [.init("X-Reply", "yes"), .init("Content-Type", "application/octet-stream")],
                      body: responseBody)
        }
        let transport = CurlTransport(environment: [:])
        let requestBody = Data((0...255).map { UInt8($0) } + [0, 0, 13, 10])
        let request = HTTPRequest(
            method: "POST", url: URL(string: "\(server.baseURL)/a/b?x=1&y=two")!,
            headers: [HTTPHeader(name: "X-Amz-Target", value: "secretsmanager.ListSecrets"),
                      HTTPHeader(name: "Content-Type", value: "application/x-amz-json-1.1"),
                      HTTPHeader(name: "X-Empty", value: "")],
            body: requestBody)

        let response = try await transport.send(request)

        #expect(response.status == 201)
        #expect(response.body == responseBody)
        #expect(response.header("x-reply") == "yes")
        #expect(response.header("Content-Length") == "256")
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.path == "/a/b")
        #expect(received.query == ["x": "1", "y": "two"])
        #expect(received.body == requestBody)
        #expect(received.header("Content-Length") == "\(requestBody.count)")
        #expect(received.header("X-Amz-Target") == "secretsmanager.ListSecrets")
        #expect(received.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(received.header("X-Empty") == "")
        #expect(received.header("Host") == "127.0.0.1:\(server.port)")
        #expect(received.header("Accept") == nil)
        #expect(received.header("Expect") == nil)
    }

    @Test("GET sends no body; PUT with an empty body sends Content-Length 0 and no form content type",
          arguments: ["GET", "PUT", "DELETE"])
    func methods(method: String) async throws {
        let server = try LoopbackHTTPServer { request in .text(200, request.method) }
        let transport = CurlTransport(environment: [:])
        let response = try await transport.send(HTTPRequest(method: method, url: URL(string: "\(server.baseURL)/m")!))
        #expect(String(decoding: response.body, as: UTF8.self) == method)
        let received = try #require(server.requests.first)
        #expect(received.method == method)
        #expect(received.header("Content-Type") == nil)
        #expect(received.header("Content-Length") == (method == "GET" ? nil : "0"))
    }

    @Test("libcurl's global set-up run from several threads at once leaves transports working")
    func libraryInitializationFromManyThreads() async throws {
        #expect(CurlTransport.initializesConcurrently, "libcurl 7.84 or later built with atomics")
        let server = try LoopbackHTTPServer { request in .text(200, request.path) }
        let threads = (0..<8).map { _ in Thread { CurlTransport.initializeLibrary() } }
        threads.forEach { $0.start() }
        let transport = CurlTransport(environment: [:])
        for index in 0..<4 {
            let response = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "\(server.baseURL)/\(index)")!))
            #expect(String(decoding: response.body, as: UTF8.self) == "/\(index)")
        }
    }

    @Test("a worker started before the first request serves it; one started and never used stops with its transport")
    func workerStartedEarly() async throws {
        let server = try LoopbackHTTPServer { request in .text(200, request.path) }
        let transport = CurlTransport(environment: [:])
        transport.startWorker()
        transport.startWorker()
        let response = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "\(server.baseURL)/early")!))
        #expect(String(decoding: response.body, as: UTF8.self) == "/early")
        #expect(server.requests.count == 1)

        var idle: CurlTransport? = CurlTransport(environment: [:])
        idle?.startWorker()
        idle = nil
        let later = CurlTransport(environment: [:])
        let second = try await later.send(HTTPRequest(method: "GET", url: URL(string: "\(server.baseURL)/later")!))
        #expect(String(decoding: second.body, as: UTF8.self) == "/later")
    }

    @Test("a non-2xx response is returned, not thrown")
    func errorStatusIsAResponse() async throws {
        let server = try LoopbackHTTPServer { _ in .json(#"{"__type":"ResourceNotFoundException"}"#, status: 400) }
        let response = try await CurlTransport(environment: [:]).send(HTTPRequest(method: "POST", url: URL(string: server.baseURL)!))
        #expect(response.status == 400)
        #expect(response.header("Content-Type") == "application/json")
    }

    // MARK: - Connection reuse

    @Test("consecutive requests reuse one connection")
    func connectionReuse() async throws {
        let server = try LoopbackHTTPServer { request in .text(200, request.path) }
        let transport = CurlTransport(environment: [:])
        for index in 0..<4 {
            let response = try await transport.send(HTTPRequest(method: index % 2 == 0 ? "GET" : "POST",
                                                                url: URL(string: "\(server.baseURL)/r\(index)")!))
            #expect(String(decoding: response.body, as: UTF8.self) == "/r\(index)")
        }
        #expect(server.acceptedConnections == 1)
        #expect(server.requests.map(\.connection) == [0, 0, 0, 0])
    }

    @Test("concurrent requests all complete")
    func concurrentRequests() async throws {
        let server = try LoopbackHTTPServer { request in .text(200, request.path) }
        let transport = CurlTransport(environment: [:])
        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let response = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "\(server.baseURL)/c\(index)")!))
                    return String(decoding: response.body, as: UTF8.self)
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(bodies == Set((0..<8).map { "/c\($0)" }))
        #expect(server.acceptedConnections <= 8)
    }

    // MARK: - Failures

    @Test("a server that closes mid-response gives connectionLost")
    func closedMidResponse() async throws {
        let server = try LoopbackHTTPServer { _ in .raw(Data("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly some".utf8)) }
        let error = try await sendExpectingError(HTTPRequest(method: "GET", url: URL(string: server.baseURL)!))
        #expect(error.kind == .connectionLost)
        #expect(error.message.contains("closed the connection before the response was complete"))
        #expect(error.isRetryable)
    }

    @Test("a server that closes without answering gives connectionLost")
    func closedWithoutResponse() async throws {
        let server = try LoopbackHTTPServer { _ in .raw(Data()) }
        let error = try await sendExpectingError(HTTPRequest(method: "GET", url: URL(string: server.baseURL)!))
        #expect(error.kind == .connectionLost)
        #expect(error.message.contains("without sending a response"))
    }

    @Test("connection refused names the address")
    func connectionRefused() async throws {
        let port = try TestSupport.closedLoopbackPort()
        let error = try await sendExpectingError(HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:\(port)/")!))
        #expect(error.kind == .connect)
        #expect(error.message == "connection refused to 127.0.0.1:\(port)")
    }

    @Test("an unresolvable host is a DNS error")
    func unresolvableHost() async throws {
        let error = try await sendExpectingError(HTTPRequest(method: "GET", url: URL(string: "http://no-such-host.invalid/")!))
        #expect(error.kind == .dns)
        #expect(error.message.contains("no-such-host.invalid"))
    }

    @Test("a silent server hits the read timeout")
    func readTimeout() async throws {
        let server = try LoopbackHTTPServer { _ in .stall }
        let started = Date()
        let error = try await sendExpectingError(HTTPRequest(method: "GET", url: URL(string: server.baseURL)!),
                                                 options: TransportOptions(connectTimeout: 5, readTimeout: 0.3))
        let elapsed = Date().timeIntervalSince(started)
        #expect(error.kind == .timeout)
        #expect(error.message.contains("read timeout"))
        #expect(elapsed >= 0.25 && elapsed < 120)
    }

    @Test("the read timeout counts inactivity, not the whole transfer")
    func slowButLiveServer() async throws {
        let head = Data("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n".utf8)
        let pieces = [head] + "abcdef".map { Data(String($0).utf8) }
        let server = try LoopbackHTTPServer { _ in .trickle(pieces, interval: 0.1) }
        let transport = CurlTransport(options: TransportOptions(connectTimeout: 5, readTimeout: 0.5), environment: [:])
        let started = Date()
        let response = try await transport.send(HTTPRequest(method: "GET", url: URL(string: server.baseURL)!))
        #expect(String(decoding: response.body, as: UTF8.self) == "abcdef")
        #expect(Date().timeIntervalSince(started) > 0.5)
    }

    @Test("a megabyte each way survives the round trip")
    func largeBodies() async throws {
        let big = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let server = try LoopbackHTTPServer { request in .response(status: 200, body: request.body + request.body) }
        let response = try await CurlTransport(environment: [:]).send(
            HTTPRequest(method: "POST", url: URL(string: server.baseURL)!, body: big))
        #expect(response.body.count == 2 << 20)
        #expect(response.body == big + big)
    }

    @Test("cancelling the task aborts the transfer at once")
    func cancellation() async throws {
        let server = try LoopbackHTTPServer { _ in .stall }
        let transport = CurlTransport(options: TransportOptions(readTimeout: 30), environment: [:])
        let task = Task {
            try await transport.send(HTTPRequest(method: "GET", url: URL(string: server.baseURL)!))
        }
        #expect(await TestSupport.waitUntil(timeout: 20) { !server.requests.isEmpty })
        let cancelledAt = Date()
        task.cancel()
        let result = await task.result
        #expect(Date().timeIntervalSince(cancelledAt) < 10)
        guard case .failure(let error as TransportError) = result else {
            Issue.record("expected a TransportError, got \(result)")
            return
        }
        #expect(error.kind == .cancelled)
        #expect(!error.isRetryable)
    }

    @Test("a task cancelled before sending never reaches the server")
    func cancelledBeforeSending() async throws {
        let server = try LoopbackHTTPServer { _ in .text(200, "x") }
        let transport = CurlTransport(environment: [:])
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await transport.send(HTTPRequest(method: "GET", url: URL(string: server.baseURL)!))
        }
        let result = await task.result
        guard case .failure(let error as TransportError) = result else {
            Issue.record("expected a TransportError, got \(result)")
            return
        }
        #expect(error.kind == .cancelled)
        #expect(server.requests.isEmpty)
    }

    @Test("a header value with a line break is refused before sending")
    func headerInjection() async throws {
        let error = try await sendExpectingError(HTTPRequest(
            method: "GET", url: URL(string: "http://127.0.0.1:9/")!,
            headers: [HTTPHeader(name: "X-Bad", value: "a\r\nInjected: 1")]))
        #expect(error.kind == .other)
        #expect(error.message.contains("X-Bad"))
    }

    // MARK: - Proxies

    @Test("http_proxy routes plain-HTTP requests through the proxy with an absolute target")
    func proxyFromEnvironment() async throws {
        let proxy = try LoopbackHTTPServer { request in .text(200, "proxied \(request.target)") }
        let transport = CurlTransport(environment: ["http_proxy": proxy.baseURL])
        let response = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "http://origin.invalid:8080/p?q=1")!))
        #expect(String(decoding: response.body, as: UTF8.self) == "proxied http://origin.invalid:8080/p?q=1")
        #expect(proxy.requests.first?.header("Host") == "origin.invalid:8080")
    }

    @Test("no_proxy bypasses the proxy")
    func noProxy() async throws {
        let proxy = try LoopbackHTTPServer { _ in .text(200, "proxy") }
        let origin = try LoopbackHTTPServer { _ in .text(200, "origin") }
        let transport = CurlTransport(environment: ["HTTP_PROXY": proxy.baseURL, "no_proxy": "localhost,127.0.0.1"])
        let response = try await transport.send(HTTPRequest(method: "GET", url: URL(string: origin.baseURL)!))
        #expect(String(decoding: response.body, as: UTF8.self) == "origin")
        #expect(proxy.requests.isEmpty)
    }

    @Test("an unreachable proxy is a proxy error")
    func unreachableProxy() async throws {
        let port = try TestSupport.closedLoopbackPort()
        let error = try await sendExpectingError(HTTPRequest(method: "GET", url: URL(string: "http://origin.invalid/")!),
                                                 environment: ["http_proxy": "http://127.0.0.1:\(port)"])
        #expect(error.kind == .proxy)
        #expect(error.message.contains("127.0.0.1:\(port)"))
    }

    @Test("a proxy that refuses CONNECT for an https URL is a proxy error")
    func proxyRefusesConnect() async throws {
        let proxy = try LoopbackHTTPServer { _ in .text(403, "no") }
        let error = try await sendExpectingError(HTTPRequest(method: "GET", url: URL(string: "https://origin.invalid/")!),
                                                 environment: ["https_proxy": proxy.baseURL])
        #expect(error.kind == .proxy)
        #expect(proxy.requests.first?.method == "CONNECT")
        #expect(proxy.requests.first?.target == "origin.invalid:443")
    }

    // MARK: - Helpers

    private func sendExpectingError(_ request: HTTPRequest, options: TransportOptions = TransportOptions(connectTimeout: 5, readTimeout: 10),
                                    environment: [String: String] = [:]) async throws -> TransportError {
        let transport = CurlTransport(options: options, environment: environment)
        do {
            let response = try await transport.send(request)
            Issue.record("expected a TransportError, got status \(response.status)")
            return TransportError(.other, "no error")
        } catch let error as TransportError {
            return error
        }
    }
}

@Suite("Proxy settings from the environment")
struct ProxySettingsTests {
    @Test("lower case wins, all_proxy is the fallback, empty counts as unset", arguments: [
        (["http_proxy": "http://a", "HTTP_PROXY": "http://b"], "http", "http://a"),
        (["HTTP_PROXY": "http://b"], "http", "http://b"),
        (["https_proxy": "http://s", "http_proxy": "http://a"], "https", "http://s"),
        (["http_proxy": "http://a"], "https", nil),
        (["all_proxy": "http://all"], "https", "http://all"),
        (["http_proxy": "", "ALL_PROXY": "http://all"], "http", "http://all"),
        ([:], "http", nil),
    ] as [([String: String], String, String?)])
    func selection(environment: [String: String], scheme: String, expected: String?) {
        #expect(ProxySettings(environment: environment).proxy(forScheme: scheme) == expected)
    }

    @Test("no_proxy falls back to NO_PROXY and defaults to empty")
    func noProxy() {
        #expect(ProxySettings(environment: ["NO_PROXY": "a,b"]).noProxy == "a,b")
        #expect(ProxySettings(environment: ["no_proxy": "c", "NO_PROXY": "a"]).noProxy == "c")
        #expect(ProxySettings(environment: [:]).noProxy == "")
    }
}

@Suite("CurlTransport TLS verification against openssl s_server")
struct CurlTransportTLSTests {
    @Test("an untrusted self-signed certificate fails verification, naming the host")
    func untrustedCertificate() async throws {
        let server = try await TLSTestServer.start()
        let transport = CurlTransport(options: TransportOptions(caBundlePath: nil, connectTimeout: 5, readTimeout: 5), environment: [:])
        await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: "GET", url: URL(string: "https://127.0.0.1:\(server.port)/")!))
        }
        do {
            _ = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "https://127.0.0.1:\(server.port)/")!))
        } catch let error as TransportError {
            #expect(error.kind == .tls)
            #expect(error.message.hasPrefix("TLS certificate verification failed for host 127.0.0.1"))
            #expect(!error.isRetryable)
        }
    }

    @Test("the certificate verifies with caBundlePath pointing at it")
    func trustedThroughBundle() async throws {
        let server = try await TLSTestServer.start()
        let transport = CurlTransport(options: TransportOptions(caBundlePath: server.certificatePath, connectTimeout: 5, readTimeout: 5),
                                      environment: [:])
        let response = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "https://127.0.0.1:\(server.port)/")!))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self).contains("s_server"))
    }

    @Test("verifyTLS false accepts the untrusted certificate")
    func verificationOff() async throws {
        let server = try await TLSTestServer.start()
        let transport = CurlTransport(options: TransportOptions(connectTimeout: 5, readTimeout: 5, verifyTLS: false), environment: [:])
        let response = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "https://localhost:\(server.port)/")!))
        #expect(response.status == 200)
    }

    @Test("a missing CA bundle file is a TLS error naming it")
    func missingBundle() async throws {
        let server = try await TLSTestServer.start()
        let transport = CurlTransport(options: TransportOptions(caBundlePath: "/nonexistent/ca.pem", connectTimeout: 5, readTimeout: 5),
                                      environment: [:])
        do {
            _ = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "https://127.0.0.1:\(server.port)/")!))
            Issue.record("expected a TLS error")
        } catch let error as TransportError {
            #expect(error.kind == .tls)
            #expect(error.message.contains("/nonexistent/ca.pem"))
        }
    }
}
