import Foundation
import SecretsCore
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A bare JSON 1.1 `SecretsBackend` for a local `moto_server` (which, by default, checks no signature),
/// used only to confirm the case table's moto expectations.
struct MotoWireBackend: SecretsBackend {
    let endpoint: URL
    var displayName: String { endpoint.absoluteString }

    /// Sends one operation and decodes the answer or the service error.
    func call<Request: Encodable, Response: Decodable>(_ operation: SecretsOperation, _ request: Request) async throws
        -> Response
    {
        var urlRequest = URLRequest(url: endpoint)
        urlRequest.httpMethod = "POST"
        urlRequest.timeoutInterval = 20
        urlRequest.setValue("application/x-amz-json-1.1", forHTTPHeaderField: "Content-Type")
        urlRequest.setValue(operation.target, forHTTPHeaderField: "X-Amz-Target")
        urlRequest.setValue(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/us-east-1/secretsmanager/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=00",
            forHTTPHeaderField: "Authorization")
        urlRequest.httpBody = try ServiceCoding.wireBody(request)
        let (data, response) = try await URLSession.shared.data(for: urlRequest)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else {
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            let type = (object?["__type"] as? String).map { String($0.split(separator: "#").last ?? "") }
            let message = (object?["message"] as? String) ?? (object?["Message"] as? String) ?? ""
            throw ServiceError(code: type ?? "HTTP\(status)", message: message, httpStatus: status)
        }
        return try ServiceCoding.wireDecoder().decode(Response.self, from: data.isEmpty ? Data("{}".utf8) : data)
    }

    func createSecret(_ r: CreateSecretRequest) async throws -> CreateSecretResponse { try await call(.createSecret, r) }
    func putSecretValue(_ r: PutSecretValueRequest) async throws -> PutSecretValueResponse { try await call(.putSecretValue, r) }
    func getSecretValue(_ r: GetSecretValueRequest) async throws -> GetSecretValueResponse { try await call(.getSecretValue, r) }
    func describeSecret(_ r: DescribeSecretRequest) async throws -> DescribeSecretResponse { try await call(.describeSecret, r) }
    func listSecrets(_ r: ListSecretsRequest) async throws -> ListSecretsResponse { try await call(.listSecrets, r) }
    func listSecretVersionIds(_ r: ListSecretVersionIdsRequest) async throws -> ListSecretVersionIdsResponse {
        try await call(.listSecretVersionIds, r)
    }
    func updateSecretVersionStage(_ r: UpdateSecretVersionStageRequest) async throws -> UpdateSecretVersionStageResponse {
        try await call(.updateSecretVersionStage, r)
    }
    func updateSecret(_ r: UpdateSecretRequest) async throws -> UpdateSecretResponse { try await call(.updateSecret, r) }
    func deleteSecret(_ r: DeleteSecretRequest) async throws -> DeleteSecretResponse { try await call(.deleteSecret, r) }
    func restoreSecret(_ r: RestoreSecretRequest) async throws -> RestoreSecretResponse { try await call(.restoreSecret, r) }
    func tagResource(_ r: TagResourceRequest) async throws -> EmptyResponse { try await call(.tagResource, r) }
    func untagResource(_ r: UntagResourceRequest) async throws -> EmptyResponse { try await call(.untagResource, r) }
    func getRandomPassword(_ r: GetRandomPasswordRequest) async throws -> GetRandomPasswordResponse {
        try await call(.getRandomPassword, r)
    }
    func batchGetSecretValue(_ r: BatchGetSecretValueRequest) async throws -> BatchGetSecretValueResponse {
        try await call(.batchGetSecretValue, r)
    }
}
