/// Where a store's secrets live: the partition, region and account id its ARNs carry.
public struct StoreContext: Sendable, Hashable, Codable {
    public var partition: String
    public var region: String
    public var accountId: String

    public init(partition: String = "aws", region: String = "us-east-1", accountId: String = "000000000000") {
        self.partition = partition
        self.region = region
        self.accountId = accountId
    }

    /// The ARN prefix of every secret in this store: `arn:<partition>:secretsmanager:<region>:<account>:secret:`.
    public var secretARNPrefix: String { "arn:\(partition):secretsmanager:\(region):\(accountId):secret:" }
}
