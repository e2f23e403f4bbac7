import Foundation
import Testing
import TestSupport

@Suite("MotoServer harness", .enabled(if: MotoServer.isAvailable, "moto_server is not on PATH"))
struct MotoServerHarnessTests {
    @Test("creates an IAM user and key in the no-auth window, then moto refuses unsigned calls until reset-auth")
    func noAuthWindow() throws {
        let moto = try MotoServer(noAuthActionCount: 3)
        defer { moto.stop() }
        let key = try moto.createIAMUser(name: "harness-user")
        #expect(key.accessKeyId.hasPrefix("AKIA"))
        #expect(key.secretAccessKey.count >= 20)

        #expect(throws: MotoServerError.self) { try moto.iamQuery(["Action": "ListUsers"]) }
        #expect(moto.log.contains("403"))

        try moto.resetAuth(freeActions: 1)
        let users = try moto.iamQuery(["Action": "ListUsers"])
        #expect(users.contains("<UserName>harness-user</UserName>"))
        #expect(throws: MotoServerError.self) { try moto.iamQuery(["Action": "ListUsers"]) }
    }

    @Test("without a no-auth count moto accepts unsigned calls; stop() ends the process")
    func openServer() throws {
        let moto = try MotoServer()
        let arn = try moto.createIAMRole(name: "open-role")
        #expect(arn == "arn:aws:iam::123456789012:role/open-role")
        let port = moto.port
        moto.stop()
        #expect(!TestSupport.acceptsConnections(port: port))
    }
}
