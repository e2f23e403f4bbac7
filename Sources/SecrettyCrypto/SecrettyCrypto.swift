/// The SecrettyCrypto module; its contents arrive with their issue.
enum SecrettyCryptoModule {}
