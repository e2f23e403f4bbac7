import AWSClient
import CurlTransport
import SecretsCore
import SecrettyCLI

/// Plugs the AWS client into the CLI's AWS backend seam: the CLI's settings become the aws CLI's options, and
/// requests go over libcurl with the process environment's proxies.
enum AWSBackendComposition {
    /// The factory the CLI calls once its rules selected AWS.
    static func factory(random: any RandomSource) -> AWSBackendFactory {
        { settings, environment in
            let options = AWSCommandLineOptions(
                endpointURL: settings.endpointURL, profile: settings.profile, region: settings.region,
                caBundle: settings.caBundle, verifyTLS: !settings.noVerifySSL,
                connectTimeout: settings.connectTimeout.map(Double.init),
                readTimeout: settings.readTimeout.map(Double.init))
            let variables = environment.variables
            return try AWSBackend.standard(
                options: options, environment: variables, readFile: { environment.readFile($0) },
                makeTransport: { options in
                    // AWS was selected, so a request follows: its worker thread can start now.
                    let transport = CurlTransport(options: options, environment: variables)
                    transport.startWorker()
                    return transport
                },
                // Only some credential sources ask the metadata endpoints: that worker starts with its first request.
                makeMetadataTransport: { options in CurlTransport(options: options, environment: variables) },
                random: random)
        }
    }
}
