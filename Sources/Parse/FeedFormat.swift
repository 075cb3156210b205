import CLibXML2

/// The feed formats, told apart by root element (and, for Atom, namespace).
enum FeedFormat {
    /// RSS 0.9x/2.0: `<rss><channel><item>`; also a bare `<channel>` root.
    case rss
    /// RSS 1.0 and 0.90: `<rdf:RDF>` with `<item>`s beside the `<channel>`.
    case rdf
    /// Atom 1.0 and 0.3: `<feed><entry>`.
    case atom
    /// A standalone Atom `<entry>` document.
    case atomEntry

    /// The format and the element that holds the feed: the root, or a feed
    /// element wrapped in something else (an XHTML page around an Atom feed).
    static func detect(_ root: NodePointer) -> (FeedFormat, NodePointer)? {
        if let format = format(of: root) { return (format, root) }
        // Breadth-first over a bounded number of elements: never recursion.
        var queue = [root]
        var index = 0
        while index < queue.count, index < 2000 {
            for child in XMLNode.elements(queue[index]) {
                if let format = format(of: child), format != .atomEntry { return (format, child) }
                queue.append(child)
            }
            index += 1
        }
        return nil
    }

    private static func format(of node: NodePointer) -> FeedFormat? {
        let name = XMLNode.localName(node)
        if XMLNode.namedIgnoringCase(name, "rss") { return .rss }
        if XMLNode.named(name, "RDF") || XMLNode.named(name, "rdf") { return .rdf }
        if XMLNode.named(name, "feed") { return .atom }
        if XMLNode.named(name, "channel") { return .rss }
        if XMLNode.named(name, "entry"), XMLNode.namespace(node) == .atom || node.pointee.ns == nil { return .atomEntry }
        return nil
    }
}
