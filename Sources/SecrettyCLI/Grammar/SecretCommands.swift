import ArgumentParser
import Foundation
import SecretsCore

// MARK: - create-secret

/// `create-secret`: CreateSecret.
struct CreateSecretCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation("create-secret", abstract: "Creates a new secret.")
    static let operation = SecretsOperation.createSecret

    @Option(parsing: .unconditional, help: "The name of the new secret.") var name: String
    @Option(parsing: .unconditional, help: "The idempotency token; a UUID is generated when omitted.")
    var clientRequestToken: String?
    @Option(parsing: .unconditional, help: "The description of the secret.") var description: String?
    @Option(parsing: .unconditional, help: "The KMS key to encrypt the secret with.") var kmsKeyId: String?
    @Option(parsing: .unconditional, help: "Binary data (base64, or fileb://PATH for raw bytes).")
    var secretBinary: String?
    @Option(parsing: .unconditional, help: "Text data to encrypt and store.") var secretString: String?
    @Option(parsing: .upToNextOption, help: "Tags: Key=k,Value=v ... or JSON.") var tags: [String] = []
    @Flag(inversion: .prefixedNo, help: "Overwrite a secret with the same name in the destination Region.")
    var forceOverwriteReplicaSecret: Bool?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        var request = CreateSecretRequest(
            name: try inputs.reader.text(name, option: "--name"),
            clientRequestToken: try clientRequestToken.map {
                try inputs.reader.text($0, option: "--client-request-token")
            },
            description: try description.map { try inputs.reader.text($0, option: "--description") },
            kmsKeyId: try kmsKeyId.map { try inputs.reader.text($0, option: "--kms-key-id") },
            secretBinary: try secretBinary.map { try inputs.reader.blob($0, option: "--secret-binary") },
            secretString: try secretString.map { try inputs.reader.text($0, option: "--secret-string") },
            tags: tags.isEmpty ? nil : try inputs.structured.tags(tags),
            forceOverwriteReplicaSecret: forceOverwriteReplicaSecret)
        request = IdempotencyToken.fill(request, random: inputs.random)
        let finished = request
        return Self.single { try await $0.createSecret(finished) }
    }
}

// MARK: - put-secret-value

/// `put-secret-value`: PutSecretValue.
struct PutSecretValueCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "put-secret-value", abstract: "Creates a new version of a secret with a new value.")
    static let operation = SecretsOperation.putSecretValue

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String
    @Option(parsing: .unconditional, help: "The idempotency token; a UUID is generated when omitted.")
    var clientRequestToken: String?
    @Option(parsing: .unconditional, help: "Binary data (base64, or fileb://PATH for raw bytes).")
    var secretBinary: String?
    @Option(parsing: .unconditional, help: "Text data to encrypt and store.") var secretString: String?
    @Option(parsing: .upToNextOption, help: "Staging labels for the new version (default AWSCURRENT).")
    var versionStages: [String] = []
    @Option(parsing: .unconditional, help: "A rotation token (only for rotation functions).") var rotationToken: String?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        var request = PutSecretValueRequest(
            secretId: try inputs.reader.text(secretId, option: "--secret-id"),
            clientRequestToken: try clientRequestToken.map {
                try inputs.reader.text($0, option: "--client-request-token")
            },
            secretBinary: try secretBinary.map { try inputs.reader.blob($0, option: "--secret-binary") },
            secretString: try secretString.map { try inputs.reader.text($0, option: "--secret-string") },
            versionStages: versionStages.isEmpty
                ? nil : try inputs.structured.strings(versionStages, option: "--version-stages"),
            rotationToken: try rotationToken.map { try inputs.reader.text($0, option: "--rotation-token") })
        request = IdempotencyToken.fill(request, random: inputs.random)
        let finished = request
        return Self.single { try await $0.putSecretValue(finished) }
    }
}

// MARK: - get-secret-value

/// `get-secret-value`: GetSecretValue.
struct GetSecretValueCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "get-secret-value", abstract: "Retrieves the contents of the encrypted fields of a secret version.")
    static let operation = SecretsOperation.getSecretValue

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String
    @Option(parsing: .unconditional, help: "The version to retrieve.") var versionId: String?
    @Option(parsing: .unconditional, help: "The staging label of the version to retrieve.") var versionStage: String?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        let request = GetSecretValueRequest(
            secretId: try inputs.reader.text(secretId, option: "--secret-id"),
            versionId: try versionId.map { try inputs.reader.text($0, option: "--version-id") },
            versionStage: try versionStage.map { try inputs.reader.text($0, option: "--version-stage") })
        return Self.single { try await $0.getSecretValue(request) }
    }
}

// MARK: - describe-secret

/// `describe-secret`: DescribeSecret.
struct DescribeSecretCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "describe-secret", abstract: "Retrieves the details of a secret, without the encrypted fields.")
    static let operation = SecretsOperation.describeSecret

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        let request = DescribeSecretRequest(secretId: try inputs.reader.text(secretId, option: "--secret-id"))
        return Self.single { try await $0.describeSecret(request) }
    }
}

// MARK: - update-secret

/// `update-secret`: UpdateSecret.
struct UpdateSecretCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "update-secret", abstract: "Modifies the details of a secret, including metadata and the secret value.")
    static let operation = SecretsOperation.updateSecret

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String
    @Option(parsing: .unconditional, help: "The idempotency token; a UUID is generated when a value is given.")
    var clientRequestToken: String?
    @Option(parsing: .unconditional, help: "The description of the secret.") var description: String?
    @Option(parsing: .unconditional, help: "The KMS key to encrypt new versions with.") var kmsKeyId: String?
    @Option(parsing: .unconditional, help: "Binary data (base64, or fileb://PATH for raw bytes).")
    var secretBinary: String?
    @Option(parsing: .unconditional, help: "Text data to encrypt and store.") var secretString: String?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        var request = UpdateSecretRequest(
            secretId: try inputs.reader.text(secretId, option: "--secret-id"),
            clientRequestToken: try clientRequestToken.map {
                try inputs.reader.text($0, option: "--client-request-token")
            },
            description: try description.map { try inputs.reader.text($0, option: "--description") },
            kmsKeyId: try kmsKeyId.map { try inputs.reader.text($0, option: "--kms-key-id") },
            secretBinary: try secretBinary.map { try inputs.reader.blob($0, option: "--secret-binary") },
            secretString: try secretString.map { try inputs.reader.text($0, option: "--secret-string") })
        request = IdempotencyToken.fill(request, random: inputs.random)
        let finished = request
        return Self.single { try await $0.updateSecret(finished) }
    }
}

// MARK: - update-secret-version-stage

/// `update-secret-version-stage`: UpdateSecretVersionStage.
struct UpdateSecretVersionStageCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "update-secret-version-stage", abstract: "Modifies the staging labels attached to a version of a secret.")
    static let operation = SecretsOperation.updateSecretVersionStage

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String
    @Option(parsing: .unconditional, help: "The staging label to add or remove.") var versionStage: String
    @Option(parsing: .unconditional, help: "The version the label is removed from.") var removeFromVersionId: String?
    @Option(parsing: .unconditional, help: "The version the label is moved to.") var moveToVersionId: String?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        let request = UpdateSecretVersionStageRequest(
            secretId: try inputs.reader.text(secretId, option: "--secret-id"),
            versionStage: try inputs.reader.text(versionStage, option: "--version-stage"),
            removeFromVersionId: try removeFromVersionId.map {
                try inputs.reader.text($0, option: "--remove-from-version-id")
            },
            moveToVersionId: try moveToVersionId.map { try inputs.reader.text($0, option: "--move-to-version-id") })
        return Self.single { try await $0.updateSecretVersionStage(request) }
    }
}

// MARK: - delete-secret

/// `delete-secret`: DeleteSecret.
struct DeleteSecretCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "delete-secret", abstract: "Deletes a secret, after a recovery window unless forced.")
    static let operation = SecretsOperation.deleteSecret

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String
    @Option(parsing: .unconditional, help: "Days (7-30) before the secret is deleted for good.")
    var recoveryWindowInDays: Int?
    @Flag(inversion: .prefixedNo, help: "Delete at once, without a recovery window.")
    var forceDeleteWithoutRecovery: Bool?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        let request = DeleteSecretRequest(
            secretId: try inputs.reader.text(secretId, option: "--secret-id"),
            recoveryWindowInDays: recoveryWindowInDays,
            forceDeleteWithoutRecovery: forceDeleteWithoutRecovery)
        return Self.single { try await $0.deleteSecret(request) }
    }
}

// MARK: - restore-secret

/// `restore-secret`: RestoreSecret.
struct RestoreSecretCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "restore-secret", abstract: "Cancels the scheduled deletion of a secret.")
    static let operation = SecretsOperation.restoreSecret

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        let request = RestoreSecretRequest(secretId: try inputs.reader.text(secretId, option: "--secret-id"))
        return Self.single { try await $0.restoreSecret(request) }
    }
}

// MARK: - tag-resource / untag-resource

/// `tag-resource`: TagResource.
struct TagResourceCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation("tag-resource", abstract: "Attaches tags to a secret.")
    static let operation = SecretsOperation.tagResource

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String
    @Option(parsing: .upToNextOption, help: "Tags: Key=k,Value=v ... or JSON.") var tags: [String] = []

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        guard !tags.isEmpty else { throw LocalError.usage("the following arguments are required: --tags") }
        let request = TagResourceRequest(
            secretId: try inputs.reader.text(secretId, option: "--secret-id"), tags: try inputs.structured.tags(tags))
        return Self.single { try await $0.tagResource(request) }
    }
}

/// `untag-resource`: UntagResource.
struct UntagResourceCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation("untag-resource", abstract: "Removes tags from a secret.")
    static let operation = SecretsOperation.untagResource

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String
    @Option(parsing: .upToNextOption, help: "The tag keys to remove.") var tagKeys: [String] = []

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        guard !tagKeys.isEmpty else { throw LocalError.usage("the following arguments are required: --tag-keys") }
        let request = UntagResourceRequest(
            secretId: try inputs.reader.text(secretId, option: "--secret-id"),
            tagKeys: try inputs.structured.strings(tagKeys, option: "--tag-keys"))
        return Self.single { try await $0.untagResource(request) }
    }
}

// MARK: - get-random-password

/// `get-random-password`: GetRandomPassword.
struct GetRandomPasswordCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "get-random-password", abstract: "Generates a random password.")
    static let operation = SecretsOperation.getRandomPassword

    @Option(parsing: .unconditional, help: "The length of the password (default 32).") var passwordLength: Int?
    @Option(parsing: .unconditional, help: "Characters the password must not contain.") var excludeCharacters: String?
    @Flag(inversion: .prefixedNo, help: "Leave out digits.") var excludeNumbers: Bool?
    @Flag(inversion: .prefixedNo, help: "Leave out punctuation.") var excludePunctuation: Bool?
    @Flag(inversion: .prefixedNo, help: "Leave out upper-case letters.") var excludeUppercase: Bool?
    @Flag(inversion: .prefixedNo, help: "Leave out lower-case letters.") var excludeLowercase: Bool?
    @Flag(inversion: .prefixedNo, help: "Include the space character.") var includeSpace: Bool?
    @Flag(inversion: .prefixedNo, help: "Include at least one of every included character type.")
    var requireEachIncludedType: Bool?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        let request = GetRandomPasswordRequest(
            passwordLength: passwordLength,
            excludeCharacters: try excludeCharacters.map { try inputs.reader.text($0, option: "--exclude-characters") },
            excludeNumbers: excludeNumbers, excludePunctuation: excludePunctuation, excludeUppercase: excludeUppercase,
            excludeLowercase: excludeLowercase, includeSpace: includeSpace,
            requireEachIncludedType: requireEachIncludedType)
        return Self.single { try await $0.getRandomPassword(request) }
    }
}

// MARK: - batch-get-secret-value

/// `batch-get-secret-value`: BatchGetSecretValue.
struct BatchGetSecretValueCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "batch-get-secret-value", abstract: "Retrieves the values of up to 20 secrets.")
    static let operation = SecretsOperation.batchGetSecretValue

    @Option(parsing: .upToNextOption, help: "The ARNs or names of the secrets.") var secretIdList: [String] = []
    @Option(parsing: .upToNextOption, help: "Filters: Key=name,Values=a,b ... or JSON.") var filters: [String] = []
    @Option(parsing: .unconditional, help: "The number of results per page (with --filters).") var maxResults: Int?
    @Option(parsing: .unconditional, help: "Where the previous call stopped.") var nextToken: String?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        let request = BatchGetSecretValueRequest(
            secretIdList: secretIdList.isEmpty
                ? nil : try inputs.structured.strings(secretIdList, option: "--secret-id-list"),
            filters: filters.isEmpty ? nil : try inputs.structured.filters(filters),
            maxResults: maxResults, nextToken: nextToken)
        return Self.single { try await $0.batchGetSecretValue(request) }
    }
}
