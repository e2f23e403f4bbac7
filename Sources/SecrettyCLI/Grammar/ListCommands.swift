import ArgumentParser
import Foundation
import SecretsCore

// MARK: - list-secrets

/// `list-secrets`: ListSecrets, a paginated operation as in aws CLI v2.
///
/// Pages are followed to the end unless `--no-paginate` or one of the manual paging options (`--max-results`,
/// `--next-token`) is given, which sends exactly one request as the aws CLI does.
struct ListSecretsCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "list-secrets", abstract: "Lists the secrets in the account.")
    static let operation = SecretsOperation.listSecrets

    @Flag(inversion: .prefixedNo, help: "Include secrets scheduled for deletion.") var includePlannedDeletion: Bool?
    @Option(parsing: .upToNextOption, help: "Filters: Key=name,Values=a,b ... or JSON.") var filters: [String] = []
    @Option(parsing: .unconditional, help: "asc or desc.") var sortOrder: String?
    @Option(parsing: .unconditional, help: "created-date, last-accessed-date, last-changed-date or name.")
    var sortBy: String?
    @Option(parsing: .unconditional, help: "The total number of items to return.") var maxItems: Int?
    @Option(parsing: .unconditional, help: "A token printed by an earlier call, to resume from.")
    var startingToken: String?
    @Option(parsing: .unconditional, help: "The number of items per service call.") var pageSize: Int?
    @Option(parsing: .unconditional, help: .hidden) var maxResults: Int?
    @Option(parsing: .unconditional, help: .hidden) var nextToken: String?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        let base = ListSecretsRequest(
            includePlannedDeletion: includePlannedDeletion, maxResults: maxResults, nextToken: nextToken,
            filters: filters.isEmpty ? nil : try inputs.structured.filters(filters),
            sortOrder: try sortOrder.map { try inputs.reader.text($0, option: "--sort-order") },
            sortBy: try sortBy.map { try inputs.reader.text($0, option: "--sort-by") })
        let paginator = Paginator(maxItems: maxItems, startingToken: startingToken, pageSize: pageSize)
        try paginator.validate()
        if inputs.globals.noPaginate || maxResults != nil || nextToken != nil {
            return Self.single { try await $0.listSecrets(base) }
        }
        return OperationCall(operation: Self.operation) { backend, encoder in
            let result = try await paginator.collect { token, size in
                var request = base
                request.nextToken = token
                request.maxResults = size
                let page = try await backend.listSecrets(request)
                return Paginator.Page(items: page.secretList, nextToken: page.nextToken)
            }
            return try encoder.encode(ListSecretsResponse(secretList: result.items, nextToken: result.resumeToken))
        }
    }
}

// MARK: - list-secret-version-ids

/// `list-secret-version-ids`: ListSecretVersionIds.
///
/// Follows `NextToken` across every page unless `--no-paginate`, `--next-token` or `--max-results` is given,
/// in which case it sends exactly one request.
struct ListSecretVersionIdsCommand: OperationCommand {
    static let configuration = CommandConfiguration.operation(
        "list-secret-version-ids", abstract: "Lists the versions of a secret.")
    static let operation = SecretsOperation.listSecretVersionIds

    @Option(parsing: .unconditional, help: "The ARN or name of the secret.") var secretId: String
    @Option(parsing: .unconditional, help: "The number of results per page.") var maxResults: Int?
    @Option(parsing: .unconditional, help: "Where the previous call stopped.") var nextToken: String?
    @Flag(inversion: .prefixedNo, help: "Include versions without staging labels.") var includeDeprecated: Bool?

    func makeCall(_ inputs: CallInputs) throws -> OperationCall {
        let base = ListSecretVersionIdsRequest(
            secretId: try inputs.reader.text(secretId, option: "--secret-id"), maxResults: maxResults,
            nextToken: nextToken,
            includeDeprecated: includeDeprecated)
        if inputs.globals.noPaginate || maxResults != nil || nextToken != nil {
            return Self.single { try await $0.listSecretVersionIds(base) }
        }
        return OperationCall(operation: Self.operation) { backend, encoder in
            var request = base
            var versions: [SecretVersionsListEntry] = []
            while true {
                let page = try await backend.listSecretVersionIds(request)
                versions.append(contentsOf: page.versions)
                guard let next = page.nextToken, !next.isEmpty else {
                    return try encoder.encode(
                        ListSecretVersionIdsResponse(versions: versions, nextToken: nil, arn: page.arn, name: page.name)
                    )
                }
                request.nextToken = next
            }
        }
    }
}
