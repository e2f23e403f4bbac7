import AWSClient
import CurlTransport
import Foundation
import TestSupport

/// A temporary HOME with `.aws` files, scripts and an SSO cache, and a `CredentialsContext` over it.
final class CredentialsFixture: @unchecked Sendable {
    let home: URL
    var environment: [String: String]

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("secretty-creds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".aws/sso/cache"), withIntermediateDirectories: true)
        environment = ["HOME": home.path, "PATH": "/usr/bin:/bin"]
    }

    deinit {
        try? FileManager.default.removeItem(at: home)
    }

    /// Writes a file under HOME and returns its absolute path.
    @discardableResult
    func write(_ relativePath: String, _ text: String, executable: Bool = false) throws -> String {
        let url = home.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        if executable {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        return url.path
    }

    /// A context over the files as they are now; instance metadata defaults to a closed loopback port.
    func context(sts: (any RoleAssuming)? = nil, now: Date = Date(),
                 transport: any HTTPTransport = CurlTransport(options: TransportOptions(connectTimeout: 2, readTimeout: 5), environment: [:]),
                 containerBaseURL: String = "http://127.0.0.1:9") throws -> CredentialsContext {
        let environment = self.environment
        let config = try SharedConfig.load(environment: environment) { path in
            FileManager.default.fileExists(atPath: path) ? try String(contentsOfFile: path, encoding: .utf8) : nil
        }
        let closed = try TestSupport.closedLoopbackPort()
        return CredentialsContext(environment: environment, config: config, transport: transport, now: { now }, sts: sts,
                                  containerCredentialsBaseURL: containerBaseURL,
                                  defaultInstanceMetadataEndpoint: "http://127.0.0.1:\(closed)")
    }

    /// The standard chain for these files.
    func chain(profile: String? = nil, sts: (any RoleAssuming)? = nil, now: Date = Date()) throws -> CredentialsChain {
        CredentialsChain.standard(explicitProfile: profile, context: try context(sts: sts, now: now))
    }
}

/// An STS stand-in that records calls and returns credentials derived from the role ARN.
final class RecordingSTS: RoleAssuming, @unchecked Sendable {
    struct Call: Equatable {
        var roleArn: String
        var sessionName: String
        var externalId: String?
        var durationSeconds: Int?
        var sourceAccessKey: String?
        var webIdentityToken: String?
    }

    private let lock = NSLock()
    private var recorded: [Call] = []
    var calls: [Call] { lock.withLock { recorded } }

    func assumeRole(roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?,
                    credentials: Credentials) async throws -> Credentials {
        lock.withLock {
            recorded.append(Call(roleArn: roleArn, sessionName: sessionName, externalId: externalId,
                                 durationSeconds: durationSeconds, sourceAccessKey: credentials.accessKeyId))
        }
        return Credentials(accessKeyId: "ASIA-\(roleArn.split(separator: "/").last ?? "")", secretAccessKey: "s",
                           sessionToken: "t", expiration: Date().addingTimeInterval(3600), source: "sts")
    }

    func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, webIdentityToken: String,
                                   durationSeconds: Int?) async throws -> Credentials {
        lock.withLock {
            recorded.append(Call(roleArn: roleArn, sessionName: sessionName, externalId: nil, durationSeconds: durationSeconds,
                                 sourceAccessKey: nil, webIdentityToken: webIdentityToken))
        }
        return Credentials(accessKeyId: "ASIA-WEB", secretAccessKey: "s", sessionToken: "t",
                           expiration: Date().addingTimeInterval(3600), source: "sts")
    }
}

extension TestRoleCredentials {
    /// A fixed set of temporary credentials expiring in an hour.
    static func sample(_ prefix: String) -> TestRoleCredentials {
        TestRoleCredentials(accessKeyId: "ASIA\(prefix)", secretAccessKey: "secret-\(prefix)", sessionToken: "token-\(prefix)",
                            expiration: Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 3600).rounded(.down)))
    }
}
