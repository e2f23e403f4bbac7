import Foundation

// MARK: - GetRandomPassword

extension SecretsEngine {
    /// The punctuation class: the 32 ASCII symbols.
    static let punctuation = Array(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##)

    /// GetRandomPassword: a password from the injected random source, with one character of each included
    /// type (lower, upper, digit, punctuation) at random positions when `RequireEachIncludedType` (default).
    public func getRandomPassword(_ request: GetRandomPasswordRequest) throws -> GetRandomPasswordResponse {
        var validator = RequestValidator()
        validator.range(request.passwordLength, "passwordLength", min: 1, max: 4096)
        validator.length(request.excludeCharacters, "excludeCharacters", max: 4096)
        try validator.check()
        let length = request.passwordLength ?? 32
        let excluded = Set(request.excludeCharacters ?? "")
        var required: [[Character]] = []
        func include(_ characters: [Character], _ excludedByFlag: Bool?, requiredType: Bool) -> [Character] {
            guard excludedByFlag != true else { return [] }
            let kept = characters.filter { !excluded.contains($0) }
            if requiredType, !kept.isEmpty { required.append(kept) }
            return kept
        }
        var pool: [Character] = []
        pool += include(Array("abcdefghijklmnopqrstuvwxyz"), request.excludeLowercase, requiredType: true)
        pool += include(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), request.excludeUppercase, requiredType: true)
        pool += include(Array("0123456789"), request.excludeNumbers, requiredType: true)
        pool += include(Self.punctuation, request.excludePunctuation, requiredType: true)
        pool += include([" "], request.includeSpace.map { !$0 } ?? true, requiredType: false)
        guard !pool.isEmpty else { throw ServiceError.passwordNoCharacters }
        if !(request.requireEachIncludedType ?? true) { required = [] }
        guard length >= required.count else { throw ServiceError.passwordTooShort }

        var password = required.map { $0[random.uniform($0.count)] }
        while password.count < length { password.append(pool[random.uniform(pool.count)]) }
        for i in stride(from: password.count - 1, to: 0, by: -1) {
            password.swapAt(i, random.uniform(i + 1))
        }
        return GetRandomPasswordResponse(randomPassword: String(password))
    }
}
