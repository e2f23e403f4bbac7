import AWSClient
import Foundation
import Testing

@Suite("credential_process")
struct ProcessCredentialsProviderTests {
    @Test("runs the command through /bin/sh and reads Version 1 JSON with an expiry")
    func success() async throws {
        let fixture = try CredentialsFixture()
        let script = try fixture.write("bin/creds.sh", """
            #!/bin/sh
            echo "called with $1" >&2
            cat <<JSON
            {"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "proc-secret", "SessionToken": "proc-token",
             "Expiration": "2030-01-02T03:04:05Z"}
            JSON
            """, executable: true)
        try fixture.write(".aws/config", "[profile proc]\ncredential_process = \(script) 'an argument'\n")
        let credentials = try #require(try await fixture.chain(profile: "proc").credentials())
        #expect(credentials.accessKeyId == "AKIDPROC")
        #expect(credentials.secretAccessKey == "proc-secret")
        #expect(credentials.sessionToken == "proc-token")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_893_553_445))
        #expect(credentials.source == "credential_process in profile proc")
    }

    @Test("a non-zero exit is an error carrying the command's stderr")
    func failure() async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", "[default]\ncredential_process = echo 'token expired, log in again' >&2; exit 3\n")
        let message = await configurationError(try fixture.chain())
        #expect(message.contains("exited with status 3"))
        #expect(message.contains("token expired, log in again"))
    }

    @Test("output that is not Version 1 JSON is an error", arguments: [
        (#"echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "S"}'"#, "Version"),
        ("echo not-json", "JSON"),
        (#"echo '{"Version": 1, "SecretAccessKey": "S"}'"#, "AccessKeyId"),
        (#"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S", "Expiration": "soon"}'"#, "Expiration"),
    ])
    func badOutput(command: String, mentions: String) async throws {
        let fixture = try CredentialsFixture()
        try fixture.write(".aws/config", "[default]\ncredential_process = \(command)\n")
        #expect(await configurationError(try fixture.chain()).contains(mentions))
    }
}
