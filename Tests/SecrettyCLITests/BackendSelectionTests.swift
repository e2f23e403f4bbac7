import Foundation
import SecretsCore
import Testing

@testable import SecrettyCLI

/// The product's backend rules, first match wins, from the command line, the environment, the shared files and /sys.
@Suite struct BackendSelectionTests {
    static let home = "/home/op"
    static let defaultVault = BackendChoice.vault(path: "/home/op/.local/share/secretty/vault.db", explicit: false)

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var arguments: [String] = []
        var environment: [String: String] = [:]
        var files: [String: String] = [:]
        var expected: String

        var description: String { name }
    }

    static func describe(_ choice: BackendChoice) -> String {
        switch choice {
        case .vault(let path, let explicit): return "vault \(path)\(explicit ? "" : " (default)")"
        case .aws(_, let reason): return "aws: \(reason)"
        }
    }

    static let cases: [Case] = [
        Case(name: "nothing", expected: "vault /home/op/.local/share/secretty/vault.db (default)"),
        Case(
            name: "XDG_DATA_HOME", environment: ["XDG_DATA_HOME": "/data"],
            expected: "vault /data/secretty/vault.db (default)"),
        Case(name: "--vault", arguments: ["--vault", "/v.db"], expected: "vault /v.db"),
        Case(name: "--vault with ~", arguments: ["--vault", "~/v.db"], expected: "vault /home/op/v.db"),
        Case(
            name: "--vault wins over env", arguments: ["--vault", "/v.db"], environment: ["AWS_PROFILE": "p"],
            expected: "vault /v.db"),
        Case(
            name: "--endpoint-url", arguments: ["--endpoint-url", "http://localhost:5000"],
            expected: "aws: --endpoint-url"),
        Case(name: "--profile", arguments: ["--profile", "p"], expected: "aws: --profile"),
        Case(name: "--region", arguments: ["--region", "eu-west-3"], expected: "aws: --region"),
        Case(
            name: "AWS_REGION alone", environment: ["AWS_REGION": "eu-west-3", "AWS_DEFAULT_REGION": "eu-west-3"],
            expected: "vault /home/op/.local/share/secretty/vault.db (default)"),
        Case(
            name: "empty AWS_PROFILE", environment: ["AWS_PROFILE": ""],
            expected: "vault /home/op/.local/share/secretty/vault.db (default)"),
        Case(
            name: "AWS_ENDPOINT_URL_SECRETS_MANAGER", environment: ["AWS_ENDPOINT_URL_SECRETS_MANAGER": "http://x"],
            expected: "aws: AWS_ENDPOINT_URL_SECRETS_MANAGER"),
        Case(
            name: "AWS_ENDPOINT_URL", environment: ["AWS_ENDPOINT_URL": "http://x"], expected: "aws: AWS_ENDPOINT_URL"),
        Case(name: "AWS_PROFILE", environment: ["AWS_PROFILE": "p"], expected: "aws: AWS_PROFILE"),
        Case(name: "AWS_ACCESS_KEY_ID", environment: ["AWS_ACCESS_KEY_ID": "AKIA"], expected: "aws: AWS_ACCESS_KEY_ID"),
        Case(
            name: "web identity", environment: ["AWS_WEB_IDENTITY_TOKEN_FILE": "/t"],
            expected: "aws: AWS_WEB_IDENTITY_TOKEN_FILE"),
        Case(
            name: "container relative", environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/c"],
            expected: "aws: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"),
        Case(
            name: "container full", environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.23/c"],
            expected: "aws: AWS_CONTAINER_CREDENTIALS_FULL_URI"),
        Case(
            name: "credentials file default keys",
            files: ["/home/op/.aws/credentials": "[default]\naws_access_key_id = AKIA\naws_secret_access_key = s\n"],
            expected: "aws: the credentials file's default profile (aws_access_key_id)"),
        Case(
            name: "credentials file other profile only",
            files: ["/home/op/.aws/credentials": "[work]\naws_access_key_id = AKIA\n"],
            expected: "vault /home/op/.local/share/secretty/vault.db (default)"),
        Case(
            name: "config default credential_process",
            files: ["/home/op/.aws/config": "[default]\nregion = eu-west-1\ncredential_process = /bin/creds\n"],
            expected: "aws: the config file's default profile (credential_process)"),
        Case(
            name: "config default role_arn",
            files: ["/home/op/.aws/config": "[default]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = x\n"],
            expected: "aws: the config file's default profile (role_arn)"),
        Case(
            name: "config default sso_session",
            files: [
                "/home/op/.aws/config":
                    "# comment\n[default]\nsso_session = corp\n[sso-session corp]\nsso_region = eu-west-1\n"
            ],
            expected: "aws: the config file's default profile (sso_session)"),
        Case(
            name: "config default credential_source",
            files: ["/home/op/.aws/config": "[default]\ncredential_source = Ec2InstanceMetadata\n"],
            expected: "aws: the config file's default profile (credential_source)"),
        Case(
            name: "config default region only",
            files: ["/home/op/.aws/config": "[default]\nregion = eu-west-1\noutput = json\n"],
            expected: "vault /home/op/.local/share/secretty/vault.db (default)"),
        Case(
            name: "config [profile default]",
            files: ["/home/op/.aws/config": "[profile default]\nrole_arn = arn:aws:iam::1:role/r\n"],
            expected: "aws: the config file's default profile (role_arn)"),
        Case(
            name: "config key in another profile",
            files: ["/home/op/.aws/config": "[profile work]\nrole_arn = arn:aws:iam::1:role/r\n"],
            expected: "vault /home/op/.local/share/secretty/vault.db (default)"),
        Case(
            name: "AWS_SHARED_CREDENTIALS_FILE", environment: ["AWS_SHARED_CREDENTIALS_FILE": "/etc/creds"],
            files: ["/etc/creds": "[default]\naws_access_key_id = AKIA\n", "/home/op/.aws/credentials": ""],
            expected: "aws: the credentials file's default profile (aws_access_key_id)"),
        Case(
            name: "AWS_SHARED_CREDENTIALS_FILE elsewhere ignores ~/.aws",
            environment: ["AWS_SHARED_CREDENTIALS_FILE": "/etc/none"],
            files: ["/home/op/.aws/credentials": "[default]\naws_access_key_id = AKIA\n"],
            expected: "vault /home/op/.local/share/secretty/vault.db (default)"),
        Case(
            name: "AWS_CONFIG_FILE", environment: ["AWS_CONFIG_FILE": "/etc/awsconfig"],
            files: ["/etc/awsconfig": "[default]\ncredential_process = x\n"],
            expected: "aws: the config file's default profile (credential_process)"),
        Case(
            name: "EC2 by DMI vendor", files: ["/sys/class/dmi/id/sys_vendor": "Amazon EC2\n"],
            expected: "aws: an EC2 host (/sys/class/dmi/id/sys_vendor)"),
        Case(
            name: "other DMI vendor", files: ["/sys/class/dmi/id/sys_vendor": "QEMU\n"],
            expected: "vault /home/op/.local/share/secretty/vault.db (default)"),
        Case(
            name: "EC2 by hypervisor uuid", files: ["/sys/hypervisor/uuid": "ec2e1916-9099-7caf-fd21-012345abcdef\n"],
            expected: "aws: an EC2 host (/sys/hypervisor/uuid)"),
        Case(
            name: "Xen non-EC2 uuid", files: ["/sys/hypervisor/uuid": "4f6a1c2e-0000-0000-0000-000000000000\n"],
            expected: "vault /home/op/.local/share/secretty/vault.db (default)"),
    ]

    @Test(arguments: cases)
    func selects(_ testCase: Case) throws {
        let (globals, _) = try GlobalOptionScanner.scan(testCase.arguments)
        let files = testCase.files
        let inputs = BackendSelectionInputs(
            environment: testCase.environment, readText: { files[$0] }, homeDirectory: Self.home)
        #expect(Self.describe(try BackendSelector.select(globals, inputs)) == testCase.expected)
    }

    @Test(arguments: [["--endpoint-url", "http://x"], ["--profile", "p"], ["--region", "r"]])
    func vaultWithAWSOptionIsAUsageError(extra: [String]) throws {
        let (globals, _) = try GlobalOptionScanner.scan(["--vault", "/v.db"] + extra)
        let inputs = BackendSelectionInputs(environment: [:], readText: { _ in nil }, homeDirectory: Self.home)
        #expect(throws: LocalError.usage("--vault cannot be combined with \(extra[0]): a vault is not an AWS endpoint"))
        {
            try BackendSelector.select(globals, inputs)
        }
    }

    // MARK: - Through the command line

    @Test func awsSelectedGoesThroughTheSeam() async {
        var harness = Harness()
        harness.variables["AWS_PROFILE"] = "work"
        let backend = RecordingBackend()
        let result = await harness.runBare(
            ["list-secrets", "--region", "eu-west-3"],
            aws: { settings, _ in
                #expect(settings == AWSSettings(region: "eu-west-3"))
                return backend
            })
        #expect(result.code == 0, "\(result.err)")
        #expect(backend.calls.count == 1)
    }

    @Test func awsNotBuiltExits253() async {
        var harness = Harness()
        harness.variables["AWS_ACCESS_KEY_ID"] = "AKIA"
        let result = await harness.runBare(["list-secrets"])
        #expect(result.code == 253)
        #expect(result.err.contains("the AWS backend is not built yet"))
        #expect(result.out.isEmpty)
    }

    @Test func defaultVaultNamesItselfOnceOnStderr() async {
        var harness = Harness()
        harness.files["/home/op/.local/share/secretty/vault.db"] = Data()
        let backend = RecordingBackend()
        let vault = FakeVaultAccess(backend: backend)
        let result = await harness.runBare(["get-random-password"], backend: backend, vault: vault)
        #expect(result.code == 0)
        #expect(result.err == "secretty: using the default vault /home/op/.local/share/secretty/vault.db\n")
        #expect(vault.events == ["open /home/op/.local/share/secretty/vault.db pw"])
    }

    @Test func missingVaultIsNeverCreatedSilently() async {
        let backend = RecordingBackend()
        let vault = FakeVaultAccess(backend: backend)
        let result = await Harness().runBare(
            ["--vault", "/nowhere/v.db", "list-secrets"], backend: backend, vault: vault)
        #expect(result.code == 253)
        #expect(result.err == "secretty: error: no vault at /nowhere/v.db; create one with `secretty vault init`\n")
        #expect(vault.events.isEmpty)
    }
}
