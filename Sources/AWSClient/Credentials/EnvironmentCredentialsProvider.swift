import Foundation
import SecretsCore

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (or `AWS_SECURITY_TOKEN`).
public struct EnvironmentCredentialsProvider: CredentialsProvider {
    private let environment: [String: String]

    /// Creates the provider over an environment dictionary.
    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// Names the variables read.
    public var name: String { "environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)" }

    /// Nil when neither key is set; an error when only one of them is.
    public func credentials() async throws -> Credentials? {
        let accessKey = environment["AWS_ACCESS_KEY_ID"].flatMap { $0.isEmpty ? nil : $0 }
        let secretKey = environment["AWS_SECRET_ACCESS_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        switch (accessKey, secretKey) {
        case (nil, nil):
            return nil
        case (let accessKey?, let secretKey?):
            let token = [environment["AWS_SESSION_TOKEN"], environment["AWS_SECURITY_TOKEN"]]
                .compactMap { $0 }.first { !$0.isEmpty }
            return Credentials(accessKeyId: accessKey, secretAccessKey: secretKey, sessionToken: token, source: "environment")
        case (nil, _):
            throw LocalError.configuration("Partial credentials found in environment: AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is missing")
        case (_, nil):
            throw LocalError.configuration("Partial credentials found in environment: AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is missing")
        }
    }
}
