/// GetRandomPassword's request.
public struct GetRandomPasswordRequest: Codable, Sendable, Hashable {
    public var passwordLength: Int?
    public var excludeCharacters: String?
    public var excludeNumbers: Bool?
    public var excludePunctuation: Bool?
    public var excludeUppercase: Bool?
    public var excludeLowercase: Bool?
    public var includeSpace: Bool?
    public var requireEachIncludedType: Bool?

    public init(
        passwordLength: Int? = nil, excludeCharacters: String? = nil, excludeNumbers: Bool? = nil,
        excludePunctuation: Bool? = nil, excludeUppercase: Bool? = nil, excludeLowercase: Bool? = nil,
        includeSpace: Bool? = nil, requireEachIncludedType: Bool? = nil
    ) {
        self.passwordLength = passwordLength
        self.excludeCharacters = excludeCharacters
        self.excludeNumbers = excludeNumbers
        self.excludePunctuation = excludePunctuation
        self.excludeUppercase = excludeUppercase
        self.excludeLowercase = excludeLowercase
        self.includeSpace = includeSpace
        self.requireEachIncludedType = requireEachIncludedType
    }

    enum CodingKeys: String, CodingKey {
        case passwordLength = "PasswordLength"
        case excludeCharacters = "ExcludeCharacters"
        case excludeNumbers = "ExcludeNumbers"
        case excludePunctuation = "ExcludePunctuation"
        case excludeUppercase = "ExcludeUppercase"
        case excludeLowercase = "ExcludeLowercase"
        case includeSpace = "IncludeSpace"
        case requireEachIncludedType = "RequireEachIncludedType"
    }
}

/// GetRandomPassword's response.
public struct GetRandomPasswordResponse: Codable, Sendable, Hashable {
    public var randomPassword: String
    public init(randomPassword: String) { self.randomPassword = randomPassword }
    enum CodingKeys: String, CodingKey { case randomPassword = "RandomPassword" }
}
