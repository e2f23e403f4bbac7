import Foundation

// MARK: - BatchGetSecretValue

extension SecretsEngine {
    /// BatchGetSecretValue: the AWSCURRENT values of up to 20 secrets named by id, or of the secrets the
    /// filters select (one page). Per-secret failures are reported in `Errors` and never fail the call.
    public func batchGetSecretValue(_ request: BatchGetSecretValueRequest, in store: inout some SecretStore) throws
        -> BatchGetSecretValueResponse
    {
        var validator = RequestValidator()
        if let ids = request.secretIdList {
            validator.bounds(ids.count, "secretIdList", min: 1, max: 20)
            for (index, id) in ids.enumerated() { validator.secretId(id, "secretIdList.\(index + 1).member") }
        }
        validator.range(request.maxResults, "maxResults", min: 1, max: 20)
        validator.nextToken(request.nextToken)
        Self.validateFilters(request.filters, into: &validator)
        try validator.check()
        if (request.secretIdList == nil) == (request.filters == nil) { throw ServiceError.batchSelector }

        var values: [GetSecretValueResponse] = []
        var errors: [APIErrorType] = []
        guard let filters = request.filters else {
            if request.maxResults != nil { throw ServiceError.batchMaxResultsWithoutFilters }
            for id in request.secretIdList ?? [] {
                do {
                    let record = try resolveActive(id, in: &store)
                    values.append(try readValue(of: record, versionId: nil, versionStage: nil, in: &store))
                } catch let error as ServiceError {
                    errors.append(APIErrorType(secretId: id, errorCode: error.code, message: error.message))
                }
            }
            return BatchGetSecretValueResponse(secretValues: values, nextToken: nil, errors: errors)
        }
        try Self.checkFilterPresence(filters)
        let scope = Self.fingerprint(
            filters.map { "\($0.key ?? "")=\(($0.values ?? []).joined(separator: ","))" }.joined(separator: ";"))
        let offset = try PageToken.decode(request.nextToken, op: .batchGetSecretValue, scope: scope)
        let selection = try selectRecords(
            filters: filters, includePlannedDeletion: false, sortBy: "created-date", descending: false, in: &store)
        let (page, next) = selection.page(
            offset: offset, size: request.maxResults ?? 20, op: .batchGetSecretValue, scope: scope)
        for record in page {
            do {
                values.append(try readValue(of: record, versionId: nil, versionStage: nil, in: &store))
            } catch let error as ServiceError {
                errors.append(APIErrorType(secretId: record.arn, errorCode: error.code, message: error.message))
            }
        }
        return BatchGetSecretValueResponse(secretValues: values, nextToken: next, errors: errors)
    }
}
