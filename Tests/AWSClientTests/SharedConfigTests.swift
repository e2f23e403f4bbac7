@testable import AWSClient
import Foundation
import SecretsCore
import Testing

@Suite("Shared config file parsing")
struct ConfigFileParserTests {
    @Test("sections, keys, delimiters, comments and case", arguments: [
        ("[default]\nregion = us-west-2\n", "default", "region", "us-west-2"),
        ("[default]\nRegion=eu-west-1", "default", "region", "eu-west-1"),
        ("[default]\nregion: ap-south-1\n", "default", "region", "ap-south-1"),
        ("# top comment\n[default]\n; another\n  # indented comment\nregion = x\n", "default", "region", "x"),
        ("[default]\nregion = x # not a comment\n", "default", "region", "x # not a comment"),
        ("[profile dev]\nrole_arn = arn:aws:iam::1:role/r\n", "profile dev", "role_arn", "arn:aws:iam::1:role/r"),
        ("[default]\ncredential_process = /bin/echo a=b\n", "default", "credential_process", "/bin/echo a=b"),
        ("[default]\r\nregion = crlf\r\n", "default", "region", "crlf"),
        ("[default]\nempty =\nregion = r\n", "default", "empty", ""),
    ])
    func plainValues(text: String, section: String, key: String, value: String) throws {
        let sections = try ConfigFileParser.parse(text, path: "cfg")
        #expect(sections.first { $0.name == section }?.section[key] == value)
    }

    @Test("a value continued on indented lines keeps its line breaks")
    func continuation() throws {
        let text = "[default]\ncredential_process = /bin/tool\n  --flag\n  --other\nregion = r\n"
        let section = try #require(ConfigFileParser.parse(text, path: "cfg").first).section
        #expect(section["credential_process"] == "/bin/tool\n--flag\n--other")
        #expect(section["region"] == "r")
    }

    @Test("an empty value followed by indented key = value lines is a nested sub-section")
    func nested() throws {
        let text = """
            [services dev]
            secretsmanager =
              endpoint_url = http://127.0.0.1:5000
              Region = us-east-2

            s3 =
              addressing_style = path
            [default]
            region = r
            """
        let sections = try ConfigFileParser.parse(text, path: "cfg")
        let services = try #require(sections.first { $0.name == "services dev" }).section
        #expect(services.nested("secretsmanager") == ["endpoint_url": "http://127.0.0.1:5000", "Region": "us-east-2"])
        #expect(services.nested("s3") == ["addressing_style": "path"])
        #expect(services["secretsmanager"] == nil)
        #expect(sections.first { $0.name == "default" }?.section["region"] == "r")
    }

    @Test("malformed files are configuration errors naming the file", arguments: [
        "region = r\n[default]\n",
        "[default]\nthis line has no delimiter\n",
        "[default]\nregion = a\n[default]\nregion = b\n",
        "[default]\nregion = a\nregion = b\n",
        "[default]\ns3 =\n  no delimiter here\n",
    ])
    func malformed(text: String) {
        #expect {
            _ = try ConfigFileParser.parse(text, path: "/home/u/.aws/config")
        } throws: { error in
            guard let error = error as? LocalError else { return false }
            return error.category == .configuration && error.summary.contains("/home/u/.aws/config")
        }
    }
}

@Suite("Shared config model")
struct SharedConfigTests {
    private static let configText = """
        [default]
        region = us-east-1
        output = json

        [profile dev]
        region = eu-west-1
        services = local
        sso_session = corp

        [profile "with space"]
        region = ap-southeast-2

        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = us-east-2

        [services local]
        secretsmanager =
          endpoint_url = http://127.0.0.1:4566
        sts =
          endpoint_url = http://127.0.0.1:4567

        [plugins]
        x = y
        """

    private static let credentialsText = """
        [default]
        aws_access_key_id = AKIDDEFAULT
        aws_secret_access_key = secretdefault

        [dev]
        aws_access_key_id = AKIDDEV
        aws_secret_access_key = secretdev
        region = us-west-1

        [profile odd]
        aws_access_key_id = AKIDODD
        aws_secret_access_key = secretodd
        """

    private func load(_ environment: [String: String] = ["HOME": "/home/u"]) throws -> (SharedConfig, [String]) {
        let reads = ReadLog()
        let config = try SharedConfig.load(environment: environment) { path in
            reads.paths.append(path)
            switch path {
            case "/home/u/.aws/config", "/custom/config": return Self.configText
            case "/home/u/.aws/credentials", "/custom/credentials": return Self.credentialsText
            default: return nil
            }
        }
        return (config, reads.paths)
    }

    private final class ReadLog: @unchecked Sendable { var paths: [String] = [] }

    @Test("profiles come from [default], [profile x] and the credentials file's plain sections")
    func profiles() throws {
        let (config, reads) = try load()
        #expect(reads == ["/home/u/.aws/config", "/home/u/.aws/credentials"])
        #expect(Set(config.configProfiles.keys) == ["default", "dev", "with space"])
        #expect(Set(config.credentialsProfiles.keys) == ["default", "dev", "profile odd"])
        #expect(config.ssoSessions["corp"]?["sso_region"] == "us-east-2")
        #expect(config.hasProfile("profile odd"))
        #expect(!config.hasProfile("odd"))
        #expect(!config.hasProfile("plugins"))
    }

    @Test("the merged profile lets the credentials file override the config file")
    func merged() throws {
        let (config, _) = try load()
        let settings = config.profileSettings("dev")
        #expect(settings["region"] == "us-west-1")
        #expect(settings["aws_access_key_id"] == "AKIDDEV")
        #expect(settings["services"] == "local")
        #expect(config.profileSettings("with space")["region"] == "ap-southeast-2")
        #expect(config.profileSettings("missing").isEmpty)
    }

    @Test("the services map comes from the section the profile names")
    func services() throws {
        let (config, _) = try load()
        #expect(config.servicesSettings(forProfile: "dev") == [
            "secretsmanager": ["endpoint_url": "http://127.0.0.1:4566"],
            "sts": ["endpoint_url": "http://127.0.0.1:4567"],
        ])
        #expect(config.servicesSettings(forProfile: "default").isEmpty)
    }

    @Test("AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE move the files; missing files are empty")
    func paths() throws {
        let (config, reads) = try load(["HOME": "/home/u", "AWS_CONFIG_FILE": "/custom/config",
                                        "AWS_SHARED_CREDENTIALS_FILE": "/custom/credentials"])
        #expect(reads == ["/custom/config", "/custom/credentials"])
        #expect(config.configPath == "/custom/config")
        #expect(config.profileSettings("default")["aws_access_key_id"] == "AKIDDEFAULT")
        let (empty, _) = try load(["HOME": "/elsewhere"])
        #expect(empty.configProfiles.isEmpty && empty.credentialsProfiles.isEmpty)
    }

    @Test("[profile default] and [default] name the same profile; the later section wins")
    func defaultSpellings() throws {
        let config = try SharedConfig.load(environment: ["HOME": "/h"]) { path in
            path == "/h/.aws/config" ? "[default]\nregion = a\n[profile default]\nregion = b\n" : nil
        }
        #expect(config.profileSettings("default")["region"] == "b")
    }

    @Test("section headers split like a shell", arguments: [
        ("profile dev", ["profile", "dev"]),
        ("profile   dev", ["profile", "dev"]),
        ("profile \"my dev\"", ["profile", "my dev"]),
        ("profile 'x y'", ["profile", "x y"]),
        ("profile \"unterminated", []),
    ])
    func shellWords(header: String, words: [String]) {
        #expect(SharedConfig.shellWords(header) == words)
    }

    @Test("AWS_CA_BUNDLE wins over the profile's ca_bundle; metadata timeouts default to one second")
    func transportOptions() throws {
        let config = try SharedConfig.load(environment: ["HOME": "/h"]) { path in
            path == "/h/.aws/config" ? "[default]\nca_bundle = ~/corp.pem\n[profile slow]\nmetadata_service_timeout = 5\n" : nil
        }
        #expect(config.transportOptions(profile: "default", environment: ["HOME": "/h"]).caBundlePath == "/h/corp.pem")
        #expect(config.transportOptions(profile: "default", environment: ["HOME": "/h", "AWS_CA_BUNDLE": "/etc/ca.pem"]).caBundlePath
            == "/etc/ca.pem")
        #expect(config.transportOptions(profile: "slow", environment: [:]).caBundlePath == nil)
        #expect(config.metadataTransportOptions(profile: "default", environment: [:]).connectTimeout == 1)
        #expect(config.metadataTransportOptions(profile: "slow", environment: [:]).readTimeout == 5)
        #expect(config.metadataTransportOptions(profile: "slow", environment: ["AWS_METADATA_SERVICE_TIMEOUT": "2"]).readTimeout == 2)
    }

    @Test("credential settings are recognised without contacting anything", arguments: [
        ("[default]\nregion = us-east-1\n", false),
        ("[default]\naws_access_key_id = A\n", true),
        ("[default]\ncredential_process = x\n", true),
        ("[default]\nrole_arn = arn\nsource_profile = b\n", true),
        ("[default]\nsso_session = corp\n", true),
        ("[default]\ncredential_source = Environment\n", true),
        ("[profile other]\naws_access_key_id = A\n", false),
    ])
    func credentialSettings(text: String, expected: Bool) throws {
        let config = try SharedConfig.load(environment: ["HOME": "/h"]) { $0 == "/h/.aws/config" ? text : nil }
        #expect(config.hasCredentialSettings(profile: "default") == expected)
    }
}
