/// An error answered by the service (or by the vault, which answers exactly as the service does).
///
/// `code` is the service's `__type` without any `namespace#` prefix; `message` is its text, verbatim.
public struct ServiceError: CategorizedError, Equatable, Hashable, CustomStringConvertible {
    /// The error code, for example `ResourceNotFoundException`.
    public var code: String
    /// The service's message, verbatim.
    public var message: String
    /// The HTTP status that carried it, when it came over HTTP.
    public var httpStatus: Int?

    /// Creates a service error.
    public init(code: String, message: String, httpStatus: Int? = nil) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
    }

    public var category: ErrorCategory { .service }
    public var summary: String { "\(code): \(message)" }
    public var description: String { summary }

    /// Two service errors are the same when code and message are; the transport status does not count.
    public static func == (lhs: ServiceError, rhs: ServiceError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }

    /// The aws CLI's wording: `An error occurred (Code) when calling the Operation operation: message`.
    public func cliMessage(operation: SecretsOperation) -> String {
        "An error occurred (\(code)) when calling the \(operation.rawValue) operation: \(message)"
    }
}

// MARK: - Error codes

extension ServiceError {
    /// The error codes the service model and the recorded responses use.
    public enum Code {
        public static let resourceNotFound = "ResourceNotFoundException"
        public static let invalidParameter = "InvalidParameterException"
        public static let invalidRequest = "InvalidRequestException"
        public static let resourceExists = "ResourceExistsException"
        public static let limitExceeded = "LimitExceededException"
        public static let encryptionFailure = "EncryptionFailure"
        public static let decryptionFailure = "DecryptionFailure"
        public static let internalServiceError = "InternalServiceError"
        public static let invalidNextToken = "InvalidNextTokenException"
        public static let validation = "ValidationException"
        public static let accessDenied = "AccessDeniedException"
        public static let throttling = "ThrottlingException"
    }
}
