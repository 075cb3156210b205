import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Resolves relative links against `xml:base` and the feed's own URL.
enum LinkResolver {
    /// Whether `s` starts with a URI scheme (`https:`, `mailto:`...).
    static func isAbsolute(_ s: String) -> Bool { isAbsolute(s.utf8) }

    /// `isAbsolute(_:)` over UTF-8 bytes.
    static func isAbsolute(_ bytes: some Sequence<UInt8>) -> Bool {
        var sawLetter = false
        for b in bytes {
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { sawLetter = true; continue }
            if sawLetter && ((b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) { continue }
            return sawLetter && b == UInt8(ascii: ":")
        }
        return false
    }

    /// `link` made absolute against the base in effect at `node` (its
    /// `xml:base` chain, then the document URL); as given when there is no
    /// absolute base to resolve against.
    static func resolve(_ link: String, at node: NodePointer, in doc: xmlDocPtr) -> String {
        if isAbsolute(link) { return link }
        guard let base = base(at: node, in: doc) else { return link }
        return resolve(link, against: base)
    }

    /// The absolute base in effect at `node`: its `xml:base` chain resolved
    /// against the document URL; nil when that is not absolute.
    static func base(at node: NodePointer, in doc: xmlDocPtr) -> String? {
        guard let base = xmlNodeGetBase(doc, node) else { return nil }
        defer { free(base) }
        let baseString = String(cString: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
        return isAbsolute(baseString) ? baseString : nil
    }

    /// `link` resolved against an absolute `base` (RFC 3986, section 5).
    static func resolve(_ link: String, against base: String) -> String {
        guard let built = xmlBuildURI(link, base) else { return link }
        defer { free(built) }
        return String(cString: UnsafeRawPointer(built).assumingMemoryBound(to: CChar.self))
    }

    /// HTML carried as text at `node` with its relative links made
    /// absolute against the base in effect there; nil when none changed.
    static func rebasedHTML(_ html: [UInt8], at node: NodePointer, in doc: xmlDocPtr) -> [UInt8]? {
        guard html.withUnsafeBufferPointer({ $0.baseAddress.map { memchr($0, 0x3C, html.count) != nil } ?? false }) else { return nil }
        var base: String??
        return HTMLLinks.rebased(html) { link in
            if base == nil { base = .some(self.base(at: node, in: doc)) }
            return base!.map { resolve(link, against: $0) }
        }
    }
}
