#if canImport(Glibc)
import Glibc
#endif
import SHA256Kernel

/// SHA-256 (FIPS 180-4), for content fingerprints that must be stable across
/// runs and machines: feed bodies, item text, claim sets. Swift's `Hasher` is
/// seeded per process, and Foundation on Linux has no digest API. The work is
/// done in `SHA256Kernel`, which is compiled optimised even in debug builds.
public struct SHA256: Sendable {
    private var kernel = SHA256Kernel()

    public init() {}

    public static func hex(_ bytes: [UInt8]) -> String {
        if bytes.count >= oneShotThreshold, let oneShot = libcrypto {
            var digest = [UInt8](repeating: 0, count: 32)
            _ = bytes.withUnsafeBytes { oneShot($0.baseAddress, $0.count, &digest) }
            return SHA256Kernel.hex(digest)
        }
        var digest = SHA256()
        digest.update(bytes)
        return digest.finalizeHex()
    }

    /// Which code hashes large inputs: "libcrypto" or "swift".
    public static var engine: String { libcrypto == nil ? "swift" : "libcrypto" }

    /// libcrypto's one-shot `SHA256()` when the process already has it
    /// (libcurl built with OpenSSL loads it): SHA-NI code, ~7x the Swift
    /// kernel on feed bodies, which made hashing a tenth of a cold poll
    /// cycle's CPU. Looked up, not linked, so nothing depends on OpenSSL;
    /// small inputs (item text) stay in Swift, where libcrypto's per-call
    /// set-up would cost more than it saves.
    private typealias OneShot = @convention(c) (UnsafeRawPointer?, Int, UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>?
    private static let libcrypto: OneShot? = dlsym(nil, "SHA256").map { unsafeBitCast($0, to: OneShot.self) }
    private static let oneShotThreshold = 4096

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
