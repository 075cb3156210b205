import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Resolves relative links against `xml:base` and the feed's own URL.
enum LinkResolver {
    /// Whether `s` starts with a URI scheme (`https:`, `mailto:`...).
    static func isAbsolute(_ s: String) -> Bool {
        var sawLetter = false
        for b in s.utf8 {
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
        guard let base = xmlNodeGetBase(doc, node) else { return link }
        defer { free(base) }
        let baseString = String(cString: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
        guard isAbsolute(baseString) else { return link }
        guard let built = xmlBuildURI(link, base) else { return link }
        defer { free(built) }
        return String(cString: UnsafeRawPointer(built).assumingMemoryBound(to: CChar.self))
    }
}
