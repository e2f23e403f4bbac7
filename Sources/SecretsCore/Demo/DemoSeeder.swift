import Foundation

/// Seeds a backend with realistic demo secrets through the service's operations, so the result is the same on
/// any backend: JSON credentials with many versions and label moves (custom labels, AWSPENDING, a rollback),
/// a plain-text secret, a binary one, one scheduled for deletion, and Unicode in descriptions, tags and values.
///
/// `secretty demo`, the TUI's tests and the benchmarks use it.
public struct DemoSeeder: Sendable {
    /// What was seeded: one entry a secret, in creation order.
    public struct Summary: Sendable, Equatable {
        /// The seeded secret's name, its number of versions, and whether it is scheduled for deletion.
        public var secrets: [(name: String, versions: Int, scheduledForDeletion: Bool)]

        public static func == (lhs: Summary, rhs: Summary) -> Bool {
            lhs.secrets.count == rhs.secrets.count
                && zip(lhs.secrets, rhs.secrets).allSatisfy {
                    $0.name == $1.name && $0.versions == $1.versions
                        && $0.scheduledForDeletion == $1.scheduledForDeletion
                }
        }
    }

    /// The source of ClientRequestTokens (deterministic in tests).
    public var random: any RandomSource

    /// Creates a seeder drawing its tokens from `random`.
    public init(random: any RandomSource) {
        self.random = random
    }

    /// The names the seeder creates, in order.
    public static let names = [
        "prod/db/postgres", "prod/api/stripe", "staging/cache/redis", "app/motd", "certs/edge-tls-key",
        "legacy/ftp-password", "team/oncall.contacts",
    ]

    /// Seeds `backend`; fails with the backend's error when a name already exists.
    @discardableResult
    public func seed(_ backend: any SecretsBackend) async throws -> Summary {
        var summary: [(String, Int, Bool)] = []

        // A database credential: five versions, a custom label, AWSPENDING and a rollback.
        let db = "prod/db/postgres"
        try await create(
            backend, db, description: "Base de données principale — accès applicatif (équipe données)",
            value: credential(user: "app", password: "Tr0ub4dor&3", host: "db-1.prod.internal"),
            tags: [
                Tag(key: "env", value: "prod"), Tag(key: "owner", value: "データ基盤チーム"),
                Tag(key: "cost-centre", value: "R&D · 42"),
            ])
        let db2 = try await put(
            backend, db, credential(user: "app", password: "correct horse battery staple", host: "db-1.prod.internal"))
        try await label(backend, db, "blue", to: db2)
        let db3 = try await put(
            backend, db, credential(user: "app", password: "Zx9!q#Lm2$Wv", host: "db-2.prod.internal"))
        // Rollback: AWSCURRENT goes back to the previous version after a bad rotation.
        try await label(backend, db, "AWSCURRENT", to: db2, from: db3)
        let db4 = try await put(
            backend, db, credential(user: "app", password: "Kq7#pR2!vN8@", host: "db-2.prod.internal"))
        _ = try await put(
            backend, db, credential(user: "app", password: "pending-Hj4$Lx9&", host: "db-2.prod.internal"),
            stages: ["AWSPENDING"])
        try await label(backend, db, "green", to: db4)
        summary.append((db, 5, false))

        // A payment provider's keys: four versions and a canary label.
        let api = "prod/api/stripe"
        try await create(
            backend, api, description: "Clés API du prestataire de paiement 💳",
            value:
                #"{"publishable_key":"pk_live_51Hx0demo","secret_key":"sk_live_51Hx0demoA","webhook_secret":"whsec_demo1"}"#,
            tags: [Tag(key: "env", value: "prod"), Tag(key: "team", value: "payments")])
        _ = try await put(
            backend, api,
            #"{"publishable_key":"pk_live_51Hx0demo","secret_key":"sk_live_51Hx0demoB","webhook_secret":"whsec_demo1"}"#
        )
        let canary = try await put(
            backend, api,
            #"{"publishable_key":"pk_live_51Hx0demo","secret_key":"sk_live_51Hx0demoC","webhook_secret":"whsec_demo2"}"#,
            stages: ["canary"])
        _ = canary
        _ = try await put(
            backend, api,
            #"{"publishable_key":"pk_live_51Hx0demo","secret_key":"sk_live_51Hx0demoD","webhook_secret":"whsec_demo2","api_version":"2026-11-01"}"#
        )
        summary.append((api, 4, false))

        // A cache password with nested JSON and typed members.
        let redis = "staging/cache/redis"
        try await create(
            backend, redis, description: "Кэш для стенда staging",
            value:
                #"{"host":"redis.staging.internal","port":6379,"tls":true,"auth":{"user":"default","password":"s3cr3t-ŝtåging"},"replicas":["r1","r2"],"note":null}"#,
            tags: [Tag(key: "env", value: "staging")])
        _ = try await put(
            backend, redis,
            #"{"host":"redis.staging.internal","port":6380,"tls":true,"auth":{"user":"default","password":"n3w-ŝtåging"},"replicas":["r1","r2","r3"],"note":"port moved"}"#
        )
        summary.append((redis, 2, false))

        // Plain text with Unicode.
        let motd = "app/motd"
        try await create(
            backend, motd, description: "Message du jour affiché à la connexion",
            value: "Bienvenue ! 🚀 Maintenance ce soir à 22 h — merci de sauvegarder votre travail.\n",
            tags: [Tag(key: "langue", value: "français")])
        summary.append((motd, 1, false))

        // Binary: a key in DER-like bytes.
        let tls = "certs/edge-tls-key"
        var der = Data([0x30, 0x82, 0x04, 0xA4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
        der.append(contentsOf: random.bytes(244))
        _ = try await backend.createSecret(
            IdempotencyToken.fill(
                CreateSecretRequest(
                    name: tls, description: "Edge TLS private key (DER)", secretBinary: der,
                    tags: [Tag(key: "env", value: "prod")]),
                random: random))
        summary.append((tls, 1, false))

        // Scheduled for deletion.
        let ftp = "legacy/ftp-password"
        try await create(backend, ftp, description: "Ancien serveur FTP — à supprimer", value: "hunter2", tags: nil)
        _ = try await backend.deleteSecret(DeleteSecretRequest(secretId: ftp, recoveryWindowInDays: 7))
        summary.append((ftp, 1, true))

        // Contacts with Unicode values and a custom label on the first version.
        let oncall = "team/oncall.contacts"
        let first = try await create(
            backend, oncall, description: "Astreinte · 当番表",
            value: #"{"primary":"Zoë Ångström","secondary":"José Müller","phone":"+33 6 12 34 56 78"}"#,
            tags: [Tag(key: "team", value: "sre"), Tag(key: "rotation", value: "hebdomadaire")])
        try await label(backend, oncall, "last-quarter", to: first)
        _ = try await put(
            backend, oncall, #"{"primary":"Łukasz Żółć","secondary":"Zoë Ångström","phone":"+48 600 000 000"}"#)
        summary.append((oncall, 2, false))

        return Summary(secrets: summary)
    }

    // MARK: - Steps

    private func credential(user: String, password: String, host: String) -> String {
        #"{"engine":"postgres","host":"\#(host)","port":5432,"username":"\#(user)","password":"\#(password)","dbname":"orders"}"#
    }

    @discardableResult
    private func create(_ backend: any SecretsBackend, _ name: String, description: String, value: String, tags: [Tag]?)
        async throws -> String
    {
        let request = IdempotencyToken.fill(
            CreateSecretRequest(name: name, description: description, secretString: value, tags: tags), random: random)
        let response = try await backend.createSecret(request)
        return response.versionId ?? request.clientRequestToken ?? ""
    }

    private func put(_ backend: any SecretsBackend, _ id: String, _ value: String, stages: [String]? = nil) async throws
        -> String
    {
        let request = IdempotencyToken.fill(
            PutSecretValueRequest(secretId: id, secretString: value, versionStages: stages), random: random)
        return try await backend.putSecretValue(request).versionId
    }

    private func label(
        _ backend: any SecretsBackend, _ id: String, _ stage: String, to version: String, from previous: String? = nil
    ) async throws {
        _ = try await backend.updateSecretVersionStage(
            UpdateSecretVersionStageRequest(
                secretId: id, versionStage: stage, removeFromVersionId: previous, moveToVersionId: version))
    }
}
