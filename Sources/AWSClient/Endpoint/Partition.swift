/// An AWS partition: which regions belong to it and the DNS suffix of its endpoints.
///
/// A region belongs to a partition when it is `<prefix>-<word>-<number>` for one of the partition's prefixes
/// (the `regionRegex` of the SDKs' partition table, spelled out).
public struct Partition: Sendable, Hashable {
    /// The partition id, for example `aws-cn`.
    public var id: String
    /// The DNS suffix of endpoints, for example `amazonaws.com.cn`.
    public var dnsSuffix: String
    /// The region prefixes, each a list of dash-separated labels (`["us", "gov"]`).
    public var prefixes: [[String]]

    /// Every partition the SDKs know, most specific prefixes first.
    public static let all: [Partition] = [
        Partition(id: "aws-us-gov", dnsSuffix: "amazonaws.com", prefixes: [["us", "gov"]]),
        Partition(id: "aws-iso", dnsSuffix: "c2s.ic.gov", prefixes: [["us", "iso"]]),
        Partition(id: "aws-iso-b", dnsSuffix: "sc2s.sgov.gov", prefixes: [["us", "isob"]]),
        Partition(id: "aws-iso-e", dnsSuffix: "cloud.adc-e.uk", prefixes: [["eu", "isoe"]]),
        Partition(id: "aws-iso-f", dnsSuffix: "csp.hci.ic.gov", prefixes: [["us", "isof"]]),
        Partition(id: "aws-eusc", dnsSuffix: "amazonaws.eu", prefixes: [["eusc", "de"]]),
        Partition(id: "aws-cn", dnsSuffix: "amazonaws.com.cn", prefixes: [["cn"]]),
        Partition(
            id: "aws", dnsSuffix: "amazonaws.com",
            prefixes: ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"].map { [$0] }),
    ]

    /// The partition a region belongs to, or `nil` for a name no partition claims.
    public static func containing(region: String) -> Partition? {
        all.first { $0.contains(region: region) }
    }

    /// Whether the region's name matches one of this partition's prefixes followed by `-<word>-<number>`.
    public func contains(region: String) -> Bool {
        let labels = region.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        return prefixes.contains { prefix in
            guard labels.count == prefix.count + 2, Array(labels.prefix(prefix.count)) == prefix else { return false }
            let word = labels[prefix.count]
            let number = labels[prefix.count + 1]
            return !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                && !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }
}
