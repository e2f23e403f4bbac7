import SecretsCore

/// Why a failed attempt may be retried, in the SDKs' standard mode.
public enum RetryReason: Sendable, Hashable {
    /// The service asked the client to slow down (a throttling code).
    case throttling
    /// A transient failure: a transient code, HTTP 500/502/503/504, or a transport failure.
    case transient
    /// A connect or read timeout (costs more retry quota).
    case timeout
}

/// Decides which failures standard mode retries; client errors are never retried.
public enum RetryClassifier {
    /// The error codes the SDKs treat as throttling (botocore's and the Go SDK's standard-mode list).
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
        "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// The error codes the SDKs treat as transient.
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
    ]

    /// The HTTP statuses the SDKs treat as transient.
    public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// Why `error` may be retried, or `nil` when it must not be.
    public static func reason(for error: any Error) -> RetryReason? {
        switch error {
        case let transport as TransportError:
            guard transport.isRetryable else { return nil }
            return transport.kind == .timeout ? .timeout : .transient
        case let service as ServiceError:
            if throttlingCodes.contains(service.code) { return .throttling }
            if transientCodes.contains(service.code) { return .transient }
            if let status = service.httpStatus, transientStatuses.contains(status) { return .transient }
            return nil
        default:
            return nil
        }
    }
}
