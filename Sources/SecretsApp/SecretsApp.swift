/// The SecretsApp module; its contents arrive with their issue.
enum SecretsAppModule {}
