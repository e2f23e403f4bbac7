import Foundation
import SecretsCore

// MARK: - Field access

extension SemanticsResult {
    /// `VersionId` of the responses that carry one; `.some(nil)` when the member is absent.
    var versionId: String?? {
        switch self {
        case .createSecret(let r), .updateSecret(let r): return .some(r.versionId)
        case .putSecretValue(let r): return .some(r.versionId)
        case .getSecretValue(let r): return .some(r.versionId)
        default: return nil
        }
    }

    /// `VersionStages` of Put and Get.
    var versionStages: [String]? {
        switch self {
        case .putSecretValue(let r): return r.versionStages
        case .getSecretValue(let r): return r.versionStages
        default: return nil
        }
    }

    /// `ARN` and `Name` of the responses that carry them.
    var arnAndName: (String, String)? {
        switch self {
        case .createSecret(let r), .updateSecret(let r): return (r.arn, r.name)
        case .putSecretValue(let r): return (r.arn, r.name)
        case .getSecretValue(let r): return (r.arn, r.name)
        case .describeSecret(let r): return (r.arn, r.name)
        case .listSecretVersionIds(let r): return (r.arn, r.name)
        case .updateSecretVersionStage(let r), .restoreSecret(let r): return (r.arn, r.name)
        case .deleteSecret(let r): return (r.arn, r.name)
        default: return nil
        }
    }

    /// `NextToken` of the listings.
    var nextToken: String?? {
        switch self {
        case .listSecrets(let r): return .some(r.nextToken)
        case .listSecretVersionIds(let r): return .some(r.nextToken)
        case .batchGetSecretValue(let r): return .some(r.nextToken)
        default: return nil
        }
    }
}

// MARK: - Evaluation

extension ResultCheck {
    /// Returns a description of the mismatch, or `nil` when the check holds.
    func evaluate(_ result: SemanticsResult, env: SemanticsEnv) throws -> String? {
        func wrongShape() -> String { "check \(self) does not apply to \(String(describing: result).prefix(200))" }
        func sameSet(_ a: [String], _ b: [String]) -> Bool { a.sorted() == b.sorted() }
        func describe() -> SecretDescription? {
            if case .describeSecret(let r) = result { return r }
            return nil
        }
        switch self {
        case .versionId(let expected):
            guard let actual = result.versionId else { return wrongShape() }
            let want = try expected.map(env.expand)
            return actual == want ? nil : "VersionId \(actual ?? "absent"), expected \(want ?? "absent")"
        case .stages(let expected):
            guard let actual = result.versionStages else { return wrongShape() }
            return sameSet(actual, expected) ? nil : "VersionStages \(actual), expected \(expected)"
        case .string(let expected):
            guard case .getSecretValue(let r) = result else { return wrongShape() }
            return r.secretString == expected ? nil : "SecretString \(String(describing: r.secretString?.prefix(60))), expected \(expected.prefix(60))"
        case .binary(let expected):
            guard case .getSecretValue(let r) = result else { return wrongShape() }
            return r.secretBinary == expected ? nil : "SecretBinary \(String(describing: r.secretBinary)), expected \(expected)"
        case .arn(let expected):
            guard let (arn, _) = result.arnAndName else { return wrongShape() }
            let want = try env.expand(expected)
            return arn == want ? nil : "ARN \(arn), expected \(want)"
        case .name(let expected):
            guard let (_, name) = result.arnAndName else { return wrongShape() }
            let want = try env.expand(expected)
            return name == want ? nil : "Name \(name), expected \(want)"
        case .versionMap(let expected):
            guard let r = describe() else { return wrongShape() }
            return try Self.compareMaps(r.versionIdsToStages, expected, env: env, what: "VersionIdsToStages")
        case .description(let expected):
            guard let r = describe() else { return wrongShape() }
            return r.description == expected ? nil : "Description \(r.description ?? "absent"), expected \(expected ?? "absent")"
        case .kmsKeyId(let expected):
            guard let r = describe() else { return wrongShape() }
            return r.kmsKeyId == expected ? nil : "KmsKeyId \(r.kmsKeyId ?? "absent"), expected \(expected ?? "absent")"
        case .tags(let expected):
            guard let r = describe() else { return wrongShape() }
            return r.tags == expected ? nil : "Tags \(String(describing: r.tags)), expected \(String(describing: expected))"
        case .scheduledForDeletion(let expected):
            guard let r = describe() else { return wrongShape() }
            return (r.deletedDate != nil) == expected ? nil : "DeletedDate \(String(describing: r.deletedDate))"
        case .lastAccessedAtMidnight:
            guard let r = describe() else { return wrongShape() }
            guard let date = r.lastAccessedDate else { return "LastAccessedDate absent" }
            return date.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400) == 0
                ? nil : "LastAccessedDate \(date) is not midnight UTC"
        case .names(let expected):
            guard case .listSecrets(let r) = result else { return wrongShape() }
            let actual = r.secretList.map(\.name).filter(env.owns)
            let want = try expected.map(env.expand)
            return actual == want ? nil : "names \(actual), expected \(want)"
        case .listedVersionMap(let name, let expected):
            guard case .listSecrets(let r) = result else { return wrongShape() }
            let want = try env.expand(name)
            guard let entry = r.secretList.first(where: { $0.name == want }) else { return "\(want) not listed" }
            return try Self.compareMaps(entry.versionIdsToStages, expected, env: env, what: "SecretVersionsToStages")
        case .hasNextToken(let expected):
            guard let token = result.nextToken else { return wrongShape() }
            let present = !(token ?? "").isEmpty
            return present == expected ? nil : "NextToken \(token ?? "absent"), expected \(expected ? "one" : "none")"
        case .versions(let expected):
            guard case .listSecretVersionIds(let r) = result else { return wrongShape() }
            let actual = r.versions.map { ExpectedVersion($0.versionId, $0.versionStages.map { $0.sorted() }) }
            let want = try expected.map { ExpectedVersion(try env.expand($0.versionId), $0.stages.map { $0.sorted() }) }
            return actual == want ? nil : "versions \(actual.map { "\($0.versionId)=\($0.stages ?? ["-"])" }), expected \(want.map { "\($0.versionId)=\($0.stages ?? ["-"])" })"
        case .batch(let values, let errors):
            guard case .batchGetSecretValue(let r) = result else { return wrongShape() }
            let actualValues = r.secretValues.map(\.name).filter(env.owns)
            let wantValues = try values.map(env.expand)
            let actualErrors = r.errors.map { BatchError($0.secretId ?? "", $0.errorCode ?? "") }
            let wantErrors = try errors.map { BatchError(try env.expand($0.secretId), $0.code) }
            if actualValues != wantValues { return "values \(actualValues), expected \(wantValues)" }
            return actualErrors == wantErrors ? nil : "errors \(actualErrors), expected \(wantErrors)"
        case .custom(let what, let body):
            return body(result, env).map { "\(what): \($0)" }
        }
    }

    /// Compares version maps, label lists as sets, with placeholders in the expected keys.
    static func compareMaps(
        _ actual: [String: [String]]?, _ expected: [String: [String]]?, env: SemanticsEnv, what: String
    ) throws -> String? {
        let want = try expected.map { map in
            Dictionary(uniqueKeysWithValues: try map.map { (try env.expand($0.key), $0.value.sorted()) })
        }
        let got = actual.map { $0.mapValues { $0.sorted() } }
        return got == want ? nil : "\(what) \(String(describing: got)), expected \(String(describing: want))"
    }
}
