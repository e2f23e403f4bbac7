import Foundation

extension SharedConfig {
    /// Transport settings for a profile: `AWS_CA_BUNDLE` (else the profile's `ca_bundle`) as the CA bundle.
    ///
    /// Timeouts and TLS verification come from the command line (`--cli-connect-timeout`, `--cli-read-timeout`,
    /// `--no-verify-ssl`), so they are parameters.
    public func transportOptions(profile: String, environment: [String: String], connectTimeout: Double = 60,
                                 readTimeout: Double = 60, verifyTLS: Bool = true) -> TransportOptions {
        let bundle = environment["AWS_CA_BUNDLE"].flatMap { $0.isEmpty ? nil : $0 } ?? self.profile(profile)?["ca_bundle"]
        return TransportOptions(caBundlePath: bundle.map { SharedConfig.expandHome($0, environment: environment) },
                                connectTimeout: connectTimeout, readTimeout: readTimeout, verifyTLS: verifyTLS)
    }

    /// Transport settings for instance metadata and container credentials: the profile's
    /// `metadata_service_timeout` (`AWS_METADATA_SERVICE_TIMEOUT`), 1 second by default, for connect and read.
    public func metadataTransportOptions(profile: String, environment: [String: String]) -> TransportOptions {
        let text = environment["AWS_METADATA_SERVICE_TIMEOUT"].flatMap { $0.isEmpty ? nil : $0 }
            ?? self.profile(profile)?["metadata_service_timeout"]
        let timeout = text.flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 1
        return TransportOptions(connectTimeout: timeout, readTimeout: timeout)
    }
}
