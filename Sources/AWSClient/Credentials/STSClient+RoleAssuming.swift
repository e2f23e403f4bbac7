/// The STS client is what the assume-role and web-identity providers call in production.
extension STSClient: RoleAssuming {}
