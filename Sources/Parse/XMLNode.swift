import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

typealias NodePointer = UnsafeMutablePointer<xmlNode>

/// The namespaces whose elements feeds put content in. Element names are
/// compared as C strings, never turned into Swift strings.
enum FeedNamespace: Sendable {
    /// No namespace, or RSS 0.90/1.0/UserLand's (the format's own elements).
    case plain
    case atom, content, dc, dcterms, media, rdf, xhtml, other
}

/// Byte-level accessors over libxml2 nodes.
enum XMLNode {
    /// The element children of `node`, in order.
    static func elements(_ node: NodePointer) -> ElementSequence {
        ElementSequence(first: node.pointee.children)
    }

    struct ElementSequence: Sequence, IteratorProtocol {
        var cursor: NodePointer?
        init(first: NodePointer?) { cursor = first }
        mutating func next() -> NodePointer? {
            while let n = cursor {
                cursor = n.pointee.next
                if n.pointee.type == XML_ELEMENT_NODE { return n }
            }
            return nil
        }
    }

    /// The local name: without a prefix libxml2 left in because the prefix
    /// was never declared (`dc:creator` in a feed that forgot xmlns:dc).
    @inline(__always)
    static func localName(_ node: NodePointer) -> UnsafePointer<CChar>? {
        guard let raw = node.pointee.name else { return nil }
        let name = UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self)
        if node.pointee.ns == nil, let colon = strchr(name, 0x3A) { return UnsafePointer(colon + 1) }
        return name
    }

    @inline(__always)
    static func named(_ local: UnsafePointer<CChar>?, _ name: StaticString) -> Bool {
        guard let local else { return false }
        return name.withUTF8Buffer { buffer in
            strcmp(local, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)) == 0
        }
    }

    /// Case-insensitive name comparison, for the root elements of sloppy feeds.
    @inline(__always)
    static func namedIgnoringCase(_ local: UnsafePointer<CChar>?, _ name: StaticString) -> Bool {
        guard let local else { return false }
        return name.withUTF8Buffer { buffer in
            strcasecmp(local, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)) == 0
        }
    }

    static func namespace(_ node: NodePointer) -> FeedNamespace {
        guard let ns = node.pointee.ns else {
            guard let raw = node.pointee.name else { return .plain }
            let name = UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self)
            guard let colon = strchr(name, 0x3A) else { return .plain }
            let prefix = String(decoding: UnsafeRawBufferPointer(start: name, count: UnsafePointer(colon) - name), as: UTF8.self)
            switch prefix {
            case "atom", "atom10", "atom03": return .atom
            case "content": return .content
            case "dc": return .dc
            case "dcterms": return .dcterms
            case "media": return .media
            case "rdf": return .rdf
            default: return .other
            }
        }
        guard let hrefRaw = ns.pointee.href else { return .plain }
        let href = UnsafeRawPointer(hrefRaw).assumingMemoryBound(to: CChar.self)
        for (uri, kind) in knownNamespaces where strcmp(href, cString(uri)) == 0 { return kind }
        // Tolerate the variants feeds use (trailing slash or not, https).
        if strstr(href, "purl.org/dc/elements") != nil { return .dc }
        if strstr(href, "purl.org/dc/terms") != nil { return .dcterms }
        if strstr(href, "search.yahoo.com/mrss") != nil { return .media }
        if strstr(href, "/modules/content") != nil { return .content }
        if strstr(href, "www.w3.org/2005/Atom") != nil || strstr(href, "purl.org/atom/ns") != nil { return .atom }
        return .other
    }

    private static let knownNamespaces: [(StaticString, FeedNamespace)] = [
        ("http://purl.org/rss/1.0/", .plain),
        ("http://my.netscape.com/rdf/simple/0.9/", .plain),
        ("http://backend.userland.com/rss2", .plain),
        ("http://backend.userland.com/rss", .plain),
        ("http://www.w3.org/2005/Atom", .atom),
        ("http://purl.org/atom/ns#", .atom),
        ("http://purl.org/rss/1.0/modules/content/", .content),
        ("http://purl.org/dc/elements/1.1/", .dc),
        ("http://purl.org/dc/terms/", .dcterms),
        ("http://search.yahoo.com/mrss/", .media),
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", .rdf),
        ("http://www.w3.org/1999/xhtml", .xhtml),
    ]

    private static func cString(_ s: StaticString) -> UnsafePointer<CChar> {
        UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: CChar.self)
    }

    /// The namespace of `e`, counting its parent's own (a feed with an
    /// unusual default namespace, such as RSS 0.90's or a made-up one) as
    /// the format's.
    static func namespace(_ e: NodePointer, home: NodePointer) -> FeedNamespace {
        if let ns = e.pointee.ns, let homeNS = home.pointee.ns,
           ns == homeNS || xmlStrEqual(ns.pointee.href, homeNS.pointee.href) != 0 {
            let kind = namespace(e)
            return kind == .other ? .plain : kind
        }
        return namespace(e)
    }

    /// An attribute's value by local name, any namespace.
    static func attribute(_ node: NodePointer, _ name: StaticString) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let raw = a.pointee.name,
               named(UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self), name) {
                var bytes = [UInt8]()
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content {
                        bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
                    }
                    child = c.pointee.next
                }
                return TextBytes.trimmedString(bytes)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// The node's name as a Swift string (for messages only).
    static func displayName(_ node: NodePointer) -> String {
        guard let raw = node.pointee.name else { return "?" }
        return String(cString: UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self))
    }
}
