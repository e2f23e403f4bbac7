/// The CurlTransport module; its contents arrive with their issue.
enum CurlTransportModule {}
