import Crypto
import FoundationEssentials

/// SHA-256 (FIPS 180-4), for content fingerprints that must be stable across
/// runs and machines: feed bodies, item text, claim sets. Swift's `Hasher` is
/// seeded per process, and Foundation on Linux has no digest API. The work is
/// swift-crypto's (BoringSSL's assembly on Linux, fast in debug builds too).
package struct SHA256: Sendable {
    private var hasher = Crypto.SHA256()

    package init() {}

    package static func hex(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hex(Crypto.SHA256.hash(data: $0)) }
    }

    /// Which code hashes: swift-crypto's BoringSSL.
    package static var engine: String { "swift-crypto" }

    /// A string's UTF-8 bytes, without copying them into an array first.
    package static func hex(_ text: String) -> String {
        var text = text
        return text.withUTF8 { hex(Crypto.SHA256.hash(data: UnsafeRawBufferPointer($0))) }
    }

    package mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    }

    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    package mutating func finalizeHex() -> String {
        Self.hex(hasher.finalize())
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: Crypto.SHA256.Digest) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
