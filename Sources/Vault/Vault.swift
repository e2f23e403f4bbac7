/// The Vault module; its contents arrive with their issue.
enum VaultModule {}
