@testable import AWSClient
import Foundation
import Testing

@Suite("SHA-1 for SSO cache names")
struct SHA1Tests {
    @Test("FIPS 180 test vectors", arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        (String(repeating: "a", count: 1000), "291e9a6c66994949b57ba5e650361e98fc36b1ba"),
    ])
    func vectors(input: String, digest: String) {
        #expect(SHA1.hex(Data(input.utf8)) == digest)
    }

    @Test("the cache key hashes the session name, or the start URL for legacy profiles")
    func cacheKey() {
        #expect(SSOCredentialsProvider.cacheKey(startURL: "https://x.awsapps.com/start", sessionName: "corp")
            == SHA1.hex(Data("corp".utf8)))
        #expect(SSOCredentialsProvider.cacheKey(startURL: "https://x.awsapps.com/start", sessionName: nil)
            == SHA1.hex(Data("https://x.awsapps.com/start".utf8)))
    }
}
