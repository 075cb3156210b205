import SHA256Kernel

/// SHA-256 (FIPS 180-4), for content fingerprints that must be stable across
/// runs and machines: feed bodies, item text, claim sets. Swift's `Hasher` is
/// seeded per process, and Foundation on Linux has no digest API. The work is
/// done in `SHA256Kernel`, which is compiled optimised even in debug builds.
public struct SHA256: Sendable {
    private var kernel = SHA256Kernel()

    public init() {}

    public static func hex(_ bytes: [UInt8]) -> String {
        var digest = SHA256()
        digest.update(bytes)
        return digest.finalizeHex()
    }

    public static func hex(_ text: String) -> String {
        var digest = SHA256()
        digest.kernel.update(utf8: text)
        return digest.finalizeHex()
    }

    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { kernel.update($0) }
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        kernel.update(bytes)
    }

    public mutating func finalizeHex() -> String {
        kernel.finalizeHex()
    }
}
