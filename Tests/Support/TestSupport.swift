/// Shared helpers for the test suites: loopback servers, temporary files, process runners.
public enum TestSupport {}
