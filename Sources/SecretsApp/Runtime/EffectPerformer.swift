import Foundation
import SecretsCore

/// Performs the request effects against a backend and turns each answer into the action that reports it.
public struct EffectPerformer: Sendable {
    /// The backend requests go to.
    public var backend: any SecretsBackend
    /// Randomness for ClientRequestTokens.
    public var random: any RandomSource

    /// A performer for `backend`.
    public init(backend: any SecretsBackend, random: any RandomSource) {
        self.backend = backend
        self.random = random
    }

    /// The request id of a request effect, nil for the others.
    public static func requestID(of effect: Effect) -> RequestID? {
        switch effect {
        case .listSecrets(let id, _), .describe(let id, _), .listVersions(let id, _), .getValue(let id, _),
            .labelHistory(let id, _), .put(let id, _), .updateStages(let id, _), .delete(let id, _),
            .restore(let id, _), .create(let id, _), .generatePassword(let id, _):
            id
        default:
            nil
        }
    }

    /// Runs a request effect and returns its answer (or failure) as an action; nil for other effects.
    public func perform(_ effect: Effect) async -> Action? {
        guard let id = Self.requestID(of: effect) else { return nil }
        do {
            let response = try await response(to: effect)
            return .response(id, response)
        } catch is CancellationError {
            return .failed(id, RequestFailure(message: "cancelled", cancelled: true))
        } catch {
            if Task.isCancelled { return .failed(id, RequestFailure(message: "cancelled", cancelled: true)) }
            return .failed(id, Self.failure(error))
        }
    }

    /// The failure of an error: the service's code and message, or the local error's summary.
    public static func failure(_ error: any Error) -> RequestFailure {
        if let service = error as? ServiceError { return RequestFailure(code: service.code, message: service.message) }
        if let local = error as? any CategorizedError { return RequestFailure(message: local.summary) }
        return RequestFailure(message: String(describing: error))
    }

    private func response(to effect: Effect) async throws -> Response {
        switch effect {
        case .listSecrets(_, let request):
            return .secretsPage(try await backend.listSecrets(request))
        case .describe(_, let request):
            return .described(try await backend.describeSecret(request))
        case .listVersions(_, let request):
            var all: [SecretVersionsListEntry] = []
            var page = request
            repeat {
                try Task.checkCancellation()
                let answer = try await backend.listSecretVersionIds(page)
                all += answer.versions
                page.nextToken = answer.nextToken.flatMap { $0.isEmpty ? nil : $0 }
            } while page.nextToken != nil
            return .versions(all)
        case .getValue(_, let request):
            return .value(try await backend.getSecretValue(request))
        case .labelHistory(_, let secretId):
            guard let journal = backend as? any LabelJournalProviding else { return .journal(nil) }
            return .journal(try await journal.labelHistory(secretId: secretId))
        case .put(_, let request):
            return .put(try await backend.putSecretValue(IdempotencyToken.fill(request, random: random)))
        case .updateStages(_, let requests):
            for request in requests { _ = try await backend.updateSecretVersionStage(request) }
            return .stagesUpdated
        case .delete(_, let request):
            return .deleted(try await backend.deleteSecret(request))
        case .restore(_, let request):
            return .restored(try await backend.restoreSecret(request))
        case .create(_, let request):
            return .created(try await backend.createSecret(IdempotencyToken.fill(request, random: random)))
        case .generatePassword(_, let request):
            return .password(try await backend.getRandomPassword(request).randomPassword)
        default:
            throw CancellationError()
        }
    }
}
