import Foundation
import SecrettyCrypto
import Testing

private func hex(_ text: String) -> [UInt8] { Hex.decode(text)! }

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func fipsExamples(message: String, digest: String) {
        #expect(Hex.encode(SHA256.hash(message)) == digest)
    }
}

/// RFC 4231, HMAC-SHA-256 test cases (case 5 tests truncation, which this API does not offer).
@Suite struct HMACSHA256Tests {
    static let cases: [(name: String, key: [UInt8], data: [UInt8], mac: String)] = [
        ("1", [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        ("2", Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        ("3", [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        ("4", Array(1...25), [UInt8](repeating: 0xcd, count: 50),
         "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        ("6", [UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        ("7", [UInt8](repeating: 0xaa, count: 131),
         Array(("This is a test using a larger than block-size key and a larger than block-size data. The key needs to "
             + "be hashed before being used by the HMAC algorithm.").utf8),
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    @Test(arguments: cases.indices)
    func rfc4231(index: Int) {
        let c = Self.cases[index]
        #expect(Hex.encode(HMACSHA256.authenticate(c.data, key: c.key)) == c.mac, "RFC 4231 case \(c.name)")
    }
}

/// The AES-256 cases (13–16) of the GCM specification's test vectors (McGrew & Viega, as NIST publishes them).
@Suite struct AESGCMTests {
    static let key15 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"
    static let plain15 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255"
    static let cipher15 = "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"
    static let cases: [(name: String, key: String, nonce: String, plain: String, aad: String, cipher: String, tag: String)] = [
        ("13", String(repeating: "00", count: 32), String(repeating: "00", count: 12), "", "", "",
         "530f8afbc74536b9a963b4f1c4cb738b"),
        ("14", String(repeating: "00", count: 32), String(repeating: "00", count: 12), String(repeating: "00", count: 16), "",
         "cea7403d4d606b6e074ec5d3baf39d18", "d0d1c8a799996bf0265b98b5d48ab919"),
        ("15", key15, "cafebabefacedbaddecaf888", plain15, "", cipher15, "b094dac5d93471bdec1a502270e3cc6c"),
        ("16", key15, "cafebabefacedbaddecaf888", String(plain15.prefix(120)), "feedfacedeadbeeffeedfacedeadbeefabaddad2",
         String(cipher15.prefix(120)), "76fc6ece0f4e1768cddf8853bb2d551b"),
    ]

    @Test(arguments: cases.indices)
    func sealMatchesPublishedVector(index: Int) throws {
        let c = Self.cases[index]
        let box = try AESGCM.seal(hex(c.plain), key: hex(c.key), nonce: hex(c.nonce), aad: hex(c.aad))
        #expect(Hex.encode(box.ciphertext) == c.cipher, "case \(c.name) ciphertext")
        #expect(Hex.encode(box.tag) == c.tag, "case \(c.name) tag")
        #expect(try AESGCM.open(box, key: hex(c.key), aad: hex(c.aad)) == hex(c.plain))
    }

    @Test func tamperingIsDetected() throws {
        let key = SecureRandom().bytes(32)
        let box = try AESGCM.seal(Array("secret".utf8), key: key, aad: Array("arn:a|v1".utf8))
        var flipped = box
        flipped.ciphertext[0] ^= 1
        #expect(throws: CryptoError.authenticationFailed) { try AESGCM.open(flipped, key: key, aad: Array("arn:a|v1".utf8)) }
        #expect(throws: CryptoError.authenticationFailed) { try AESGCM.open(box, key: key, aad: Array("arn:b|v1".utf8)) }
        var badTag = box
        badTag.tag[15] ^= 0x80
        #expect(throws: CryptoError.authenticationFailed) { try AESGCM.open(badTag, key: key, aad: Array("arn:a|v1".utf8)) }
        let combined = try AESGCM.SealedBox(combined: box.combined)
        #expect(try AESGCM.open(combined, key: key, aad: Array("arn:a|v1".utf8)) == Array("secret".utf8))
    }

    @Test func freshNoncePerSeal() throws {
        let key = SecureRandom().bytes(32)
        let a = try AESGCM.seal([1, 2, 3], key: key)
        let b = try AESGCM.seal([1, 2, 3], key: key)
        #expect(a.nonce != b.nonce)
        #expect(a.ciphertext != b.ciphertext)
    }

    @Test func wrongKeySizeIsRefused() {
        #expect(throws: CryptoError.self) { try AESGCM.seal([1], key: [UInt8](repeating: 0, count: 16)) }
    }
}

/// RFC 7914 section 12 test vectors.
@Suite struct ScryptTests {
    @Test(arguments: [
        ("", "", 4, 1, 1,
         "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"),
        ("password", "NaCl", 10, 8, 16,
         "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"),
        ("pleaseletmein", "SodiumChloride", 14, 8, 1,
         "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"),
    ])
    func rfc7914(passphrase: String, salt: String, logN: Int, r: Int, p: Int, expected: String) throws {
        let key = try Scrypt.derive(passphrase: Array(passphrase.utf8), salt: Array(salt.utf8), logN: logN, r: r, p: p, length: 64)
        #expect(Hex.encode(key) == expected)
    }

    @Test func costBeyondThirtyTwoMiBWorks() throws {
        // N = 2^16, r = 8 needs 64 MiB: above OpenSSL's default cap, so the explicit limit is what makes it work.
        let key = try Scrypt.derive(passphrase: Array("p".utf8), salt: [1, 2, 3], logN: 16)
        #expect(key.count == 32)
    }

    @Test func invalidParametersAreRefused() {
        #expect(throws: CryptoError.self) { try Scrypt.derive(passphrase: [], salt: [], logN: 0) }
    }
}

@Suite struct HexAndRandomTests {
    @Test func hexRoundTrip() {
        let bytes: [UInt8] = [0, 1, 0xab, 0xff]
        #expect(Hex.encode(bytes) == "0001abff")
        #expect(Hex.decode("0001ABff") == bytes)
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }

    @Test func constantTimeEquality() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2], [1, 2, 3]))
    }

    @Test func secureRandomVaries() {
        let random = SecureRandom()
        #expect(random.bytes(32) != random.bytes(32))
        #expect(random.bytes(0).isEmpty)
    }
}
