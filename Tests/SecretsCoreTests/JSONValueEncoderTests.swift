import Foundation
import SecretsCore
import Testing

@Suite struct JSONValueEncoderTests {
    private let paris = TimeZone(identifier: "Europe/Paris")!

    // MARK: - Order and shape

    @Test func keepsServiceMemberOrder() throws {
        let response = GetSecretValueResponse(
            arn: "arn:aws:secretsmanager:us-east-1:000000000000:secret:db-AbCdEf", name: "db", versionId: "v1",
            secretBinary: nil, secretString: "s3cr3t", versionStages: ["AWSCURRENT"],
            createdDate: Date(timeIntervalSince1970: 1_764_413_936))
        let value = try JSONValueEncoder().encode(response)
        guard case .object(let members) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(members.map(\.key) == ["ARN", "Name", "VersionId", "SecretString", "VersionStages", "CreatedDate"])
        #expect(value["CreatedDate"] == .number("1764413936"))
        #expect(value["VersionStages"] == .array([.string("AWSCURRENT")]))
    }

    @Test func omitsAbsentOptionalsAndWritesDataAsBase64() throws {
        let request = PutSecretValueRequest(secretId: "x", secretBinary: Data([0, 1, 2, 0xFF]))
        let value = try JSONValueEncoder().encode(request)
        #expect(value.compactText() == #"{"SecretId":"x","SecretBinary":"AAEC/w=="}"#)
    }

    @Test func sortsDictionaryKeys() throws {
        let description = SecretDescription(
            arn: "a", name: "n", versionIdsToStages: ["zz": ["AWSPREVIOUS"], "aa": ["AWSCURRENT"], "mm": ["X", "Y"]])
        let value = try JSONValueEncoder().encode(description)
        #expect(
            value["VersionIdsToStages"]?.compactText() == #"{"aa":["AWSCURRENT"],"mm":["X","Y"],"zz":["AWSPREVIOUS"]}"#)
    }

    @Test("dictionaries of any encodable values, nested or inside arrays, keep sorted keys")
    func sortsNestedDictionaries() throws {
        struct Holder: Encodable {
            var counts: [String: Int]
            var nested: [String: [String: Bool]]
            var list: [[String: String]]
        }
        let value = try JSONValueEncoder().encode(
            Holder(
                counts: ["b": 2, "a": 1, "c": 3], nested: ["y": ["q": true, "p": false], "x": [:]],
                list: [["z": "1", "k": "2"]]))
        #expect(
            value.compactText()
                == #"{"counts":{"a":1,"b":2,"c":3},"nested":{"x":{},"y":{"p":false,"q":true}},"list":[{"k":"2","z":"1"}]}"#
        )
    }

    @Test func listEntriesUseTheListVersionMapName() throws {
        let response = ListSecretsResponse(
            secretList: [SecretDescription(arn: "a", name: "n", versionIdsToStages: ["v": ["AWSCURRENT"]])],
            nextToken: nil)
        let value = try JSONValueEncoder().encode(response)
        #expect(
            value.compactText()
                == #"{"SecretList":[{"ARN":"a","Name":"n","SecretVersionsToStages":{"v":["AWSCURRENT"]}}]}"#)
    }

    @Test func encodesNestedArraysOfObjectsAndScalars() throws {
        struct Inner: Encodable {
            var b: Int
            var a: [Double?]
        }
        struct Outer: Encodable {
            var z: [Inner]
            var flag: Bool
        }
        let value = try JSONValueEncoder().encode(Outer(z: [Inner(b: 2, a: [1.5, nil])], flag: true))
        #expect(value.compactText() == #"{"z":[{"b":2,"a":[1.5,null]}],"flag":true}"#)
    }

    @Test func refusesNonFiniteNumbers() {
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode([Double.nan]) }
    }

    @Test func emptyResponseIsAnEmptyObject() throws {
        #expect(try JSONValueEncoder().encode(EmptyResponse()) == .object([]))
    }

    // MARK: - Dates

    @Test(arguments: [
        (1_764_413_936.0, "1764413936"),
        (1_764_413_936.123, "1764413936.123"),
        (1_764_413_936.5, "1764413936.5"),
    ])
    func epochSecondsForTheWire(seconds: Double, text: String) throws {
        let value = try JSONValueEncoder(dateStrategy: .secondsSince1970).encode([Date(timeIntervalSince1970: seconds)])
        #expect(value == .array([.number(text)]))
        #expect(value.compactText() == "[\(text)]")
    }

    @Test(arguments: [
        // 2026-11-29T09:58:56Z is 10:58:56 in Paris (CET, +01:00).
        (1_795_946_336.0, "Europe/Paris", "2026-11-29T10:58:56+01:00"),
        (1_795_946_336.123, "Europe/Paris", "2026-11-29T10:58:56.123000+01:00"),
        (1_795_946_336.000_001, "Europe/Paris", "2026-11-29T10:58:56.000001+01:00"),
        (1_795_946_336.999_999_9, "Europe/Paris", "2026-11-29T10:58:57+01:00"),
        (1_795_946_336.5, "UTC", "2026-11-29T09:58:56.500000+00:00"),
        // Summer time in Paris is +02:00.
        (1_784_706_000.0, "Europe/Paris", "2026-07-22T09:40:00+02:00"),
        (1_795_946_336.25, "America/St_Johns", "2026-11-29T06:28:56.250000-03:30"),
        (0.0, "Asia/Kolkata", "1970-01-01T05:30:00+05:30"),
    ])
    func awsCLIFormat(seconds: Double, zone: String, expected: String) throws {
        let encoder = JSONValueEncoder(dateStrategy: .awsCLI(TimeZone(identifier: zone)!))
        let value = try encoder.encode(
            DeleteSecretResponse(arn: "a", name: "n", deletionDate: Date(timeIntervalSince1970: seconds)))
        #expect(value["DeletionDate"] == .string(expected))
    }

    @Test func timestampFormatMatchesTheEncoder() {
        let date = Date(timeIntervalSince1970: 1_795_946_336.123)
        #expect(AWSTimestampFormat.string(from: date, timeZone: paris) == "2026-11-29T10:58:56.123000+01:00")
    }
}
