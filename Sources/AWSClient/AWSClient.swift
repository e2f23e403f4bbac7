/// The AWSClient module; its contents arrive with their issue.
enum AWSClientModule {}
