import Model
import Testing

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheFIPSTestVectors(input: String, digest: String) {
        #expect(SHA256.hex(input) == digest)
    }

    @Test func incrementalUpdatesEqualOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var digest = SHA256()
        digest.update(Array(bytes[0..<7]))
        digest.update(Array(bytes[7..<130]))
        digest.update(Array(bytes[130...]))
        #expect(digest.finalizeHex() == SHA256.hex(bytes))
    }

    /// Text is hashed from its UTF-8 storage, bytes from the array: one result.
    @Test func textAndItsUTF8BytesGiveOneDigest() {
        let text = String(repeating: "tariffs \u{E9}t\u{E9} \u{1F4C8} ", count: 40)
        #expect(SHA256.hex(text) == SHA256.hex(Array(text.utf8)))
        #expect(SHA256.hex(text + "\u{0}") == SHA256.hex(Array(text.utf8) + [0]))
    }

    @Test func millionAs() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// One-shot and incremental hashing of inputs around block and buffer
    /// sizes agree, whatever size the pieces are.
    @Test func largeInputsHashTheSameOneShotOrInPieces() {
        for count in [4095, 4096, 65_537, 1_000_003] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 7) }
            var pieces = SHA256()
            var start = 0
            while start < count {
                let end = min(count, start + 1 + start % 9_973)
                bytes[start..<end].withUnsafeBytes { pieces.update($0) }
                start = end
            }
            #expect(SHA256.hex(bytes) == pieces.finalizeHex(), "\(count) bytes, engine \(SHA256.engine)")
        }
    }
}
