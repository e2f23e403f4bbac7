import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `moto_server` on 127.0.0.1 that a test starts and stops itself.
///
/// With `noAuthActionCount` set, moto lets that many actions through unauthenticated and then verifies every SigV4
/// signature and IAM policy; create users and keys in that window (or reopen it with `resetAuth(freeActions:)`).
/// The server is killed on `stop()` and on deinit, whatever happened. Every call that waits on moto runs on its own
/// thread (the async API), so a starting moto never starves the cooperative pool other tests run on.
public final class MotoServer: @unchecked Sendable {
    /// The port moto listens on.
    public let port: UInt16
    /// `http://127.0.0.1:<port>`.
    public var endpoint: String { "http://127.0.0.1:\(port)" }
    /// moto's combined stdout and stderr (its request log), for failure messages.
    public var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    private let process: Process
    private let logPath: String

    /// The `moto_server` executable found on `PATH`, or nil.
    public static var executablePath: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/moto_server"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether `moto_server` is installed.
    public static var isAvailable: Bool { executablePath != nil }

    /// Starts moto and waits (up to `startTimeout` seconds) until it answers `GET /moto-api/` with its dashboard.
    public static func start(noAuthActionCount: Int? = nil, startTimeout: Double = 30) async throws -> MotoServer {
        try await TestSupport.onOwnThread { try MotoServer(noAuthActionCount: noAuthActionCount, startTimeout: startTimeout) }
    }

    private init(noAuthActionCount: Int?, startTimeout: Double) throws {
        guard let executable = Self.executablePath else { throw MotoServerError("moto_server is not on PATH") }
        var lastError = "moto_server did not start"
        for _ in 0..<3 {
            let port = try TestSupport.closedLoopbackPort()
            let logPath = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-moto-\(UUID().uuidString).log").path
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-H", "127.0.0.1", "-p", "\(port)"]
            var environment = ProcessInfo.processInfo.environment
            environment["INITIAL_NO_AUTH_ACTION_COUNT"] = noAuthActionCount.map(String.init)
            for key in ["AWS_PROFILE", "AWS_ENDPOINT_URL", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"] {
                environment[key] = nil
            }
            process.environment = environment
            let logHandle = FileHandle(forWritingAtPath: logPath)
            process.standardOutput = logHandle
            process.standardError = logHandle
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(startTimeout)
            while process.isRunning && Date() < deadline {
                // The port was free when chosen, but another test's server may take it before moto binds it (moto
                // then exits): only moto's own dashboard counts as moto answering.
                if let response = try? LoopbackHTTPClient.send(port: port, method: "GET", path: "/moto-api/"),
                    response.status == 200, String(decoding: response.body, as: UTF8.self).contains("<title>Moto")
                {
                    self.port = port
                    self.process = process
                    self.logPath = logPath
                    return
                }
                usleep(50_000)
            }
            TestSupport.killAndWait(process)
            lastError = "moto_server did not answer on port \(port) within \(startTimeout) s: "
                + ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "").suffix(500)
            try? FileManager.default.removeItem(atPath: logPath)
        }
        throw MotoServerError(lastError)
    }

    deinit {
        stop()
    }

    /// Kills moto and removes its log.
    public func stop() {
        TestSupport.killAndWait(process)
        try? FileManager.default.removeItem(atPath: logPath)
    }

    // MARK: - moto's control API

    /// `POST /moto-api/reset-auth`: allow `freeActions` more unauthenticated actions (0 turns checking on now).
    public func resetAuth(freeActions: Int = 0) async throws {
        try await TestSupport.onOwnThread { try self.resetAuthBlocking(freeActions: freeActions) }
    }

    private func resetAuthBlocking(freeActions: Int) throws {
        let response = try LoopbackHTTPClient.send(port: port, method: "POST", path: "/moto-api/reset-auth",
                                                   headers: [.init("Content-Type", "application/json")],
                                                   body: Data("\(freeActions)".utf8))
        guard response.status == 200 else { throw MotoServerError("reset-auth answered \(response.status): \(response.text)") }
    }

    /// `POST /moto-api/reset`: forget every resource.
    public func reset() async throws {
        try await TestSupport.onOwnThread { try self.resetBlocking() }
    }

    private func resetBlocking() throws {
        let response = try LoopbackHTTPClient.send(port: port, method: "POST", path: "/moto-api/reset")
        guard response.status == 200 else { throw MotoServerError("reset answered \(response.status): \(response.text)") }
    }

    // MARK: - IAM through the Query protocol

    /// Creates an IAM user with an inline policy and an access key (three actions); returns the key pair.
    ///
    /// The calls are unsigned, so they must fall in the no-auth window.
    public func createIAMUser(name: String, policyDocument: String = MotoServer.allowEverythingPolicy) async throws -> IAMAccessKey {
        _ = try await iamQuery(["Action": "CreateUser", "UserName": name])
        _ = try await iamQuery(["Action": "PutUserPolicy", "UserName": name, "PolicyName": "\(name)-policy", "PolicyDocument": policyDocument])
        let xml = try await iamQuery(["Action": "CreateAccessKey", "UserName": name])
        guard let accessKeyId = Self.element("AccessKeyId", in: xml), let secret = Self.element("SecretAccessKey", in: xml) else {
            throw MotoServerError("CreateAccessKey returned no key: \(xml)")
        }
        return IAMAccessKey(accessKeyId: accessKeyId, secretAccessKey: secret)
    }

    /// Creates an IAM role with a trust policy and returns its ARN (one action).
    public func createIAMRole(name: String, trustPolicy: String = MotoServer.trustEveryonePolicy) async throws -> String {
        let xml = try await iamQuery(["Action": "CreateRole", "RoleName": name, "AssumeRolePolicyDocument": trustPolicy])
        guard let arn = Self.element("Arn", in: xml) else { throw MotoServerError("CreateRole returned no Arn: \(xml)") }
        return arn
    }

    /// Sends one unsigned IAM Query action (`Version=2010-05-08` added) and returns the XML body; throws on non-200.
    ///
    /// moto picks the service from the credential scope of the `Authorization` header, so the request carries a
    /// placeholder one naming `iam`; it only passes while authentication is off.
    public func iamQuery(_ parameters: [String: String]) async throws -> String {
        try await TestSupport.onOwnThread { try self.iamQueryBlocking(parameters) }
    }

    private func iamQueryBlocking(_ parameters: [String: String]) throws -> String {
        var all = parameters
        all["Version"] = "2010-05-08"
        let body = all.sorted { $0.key < $1.key }.map { "\(Self.formEncode($0.key))=\(Self.formEncode($0.value))" }.joined(separator: "&")
        let response = try LoopbackHTTPClient.send(
            port: port, method: "POST", path: "/",
            headers: [.init("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                      .init("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0")],
            body: Data(body.utf8))
        guard response.status == 200 else {
            throw MotoServerError("IAM \(parameters["Action"] ?? "?") answered \(response.status): \(response.text)")
        }
        return response.text
    }

    /// A policy allowing every action on every resource.
    public static let allowEverythingPolicy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
    /// A trust policy any principal and any web identity may assume.
    public static let trustEveryonePolicy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":["sts:AssumeRole","sts:AssumeRoleWithWebIdentity"]}]}"#

    private static func element(_ name: String, in xml: String) -> String? {
        guard let open = xml.range(of: "<\(name)>"), let close = xml.range(of: "</\(name)>", range: open.upperBound..<xml.endIndex) else { return nil }
        return String(xml[open.upperBound..<close.lowerBound])
    }

    private static func formEncode(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// An IAM user's access key pair.
public struct IAMAccessKey: Sendable, Hashable {
    /// The access key id (`AKIA…`).
    public var accessKeyId: String
    /// The secret access key.
    public var secretAccessKey: String
}

/// moto could not be started or refused a set-up call.
public struct MotoServerError: Error, CustomStringConvertible {
    /// What went wrong, with moto's answer.
    public var description: String
    init(_ description: String) { self.description = description }
}

extension TestSupport {
    /// `MotoServer` under a name a test target can reach even when it declares a `MotoServer` of its own.
    public typealias Moto = MotoServer
}
