import Foundation
import Testing
import TestSupport

@Suite("MotoServer harness", .enabled(if: TestSupport.Moto.isAvailable, "moto_server is not on PATH"))
struct MotoServerHarnessTests {
    @Test("creates an IAM user and key in the no-auth window, then moto refuses unsigned calls until reset-auth")
    func noAuthWindow() async throws {
        let moto = try await TestSupport.Moto.start(noAuthActionCount: 3)
        defer { moto.stop() }
        let key = try await moto.createIAMUser(name: "harness-user")
        #expect(key.accessKeyId.hasPrefix("AKIA"))
        #expect(key.secretAccessKey.count >= 20)

        await #expect(throws: MotoServerError.self) { try await moto.iamQuery(["Action": "ListUsers"]) }
        #expect(moto.log.contains("403"))

        try await moto.resetAuth(freeActions: 1)
        let users = try await moto.iamQuery(["Action": "ListUsers"])
        #expect(users.contains("<UserName>harness-user</UserName>"))
        await #expect(throws: MotoServerError.self) { try await moto.iamQuery(["Action": "ListUsers"]) }
    }

    @Test("without a no-auth count moto accepts unsigned calls; stop() ends the process")
    func openServer() async throws {
        let moto = try await TestSupport.Moto.start()
        let arn = try await moto.createIAMRole(name: "open-role")
        #expect(arn == "arn:aws:iam::123456789012:role/open-role")
        let port = moto.port
        moto.stop()
        #expect(!TestSupport.acceptsConnections(port: port))
    }
}
