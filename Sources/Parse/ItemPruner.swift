import CLibXML2
import Model

/// Converts each feed item as soon as libxml2 has built it, then frees its
/// subtree, so a large feed never holds its whole tree in memory: the
/// document keeps its channel metadata and only the item being read (a
/// 2.4 MB feed peaked at ~6.5 MB of tree before).
///
/// Hooked into the parser's end-element callback, after libxml2's own
/// tree builder has closed the element. Only items in the standard place
/// are taken (`<rss><channel><item>`, a bare `<channel>`'s items, RSS 1.0
/// items beside the channel, `<feed><entry>`), converted by the same
/// adapter code the tree walk uses; anything else (items swallowed by an
/// unclosed element, feeds wrapped in other markup) stays in the tree for
/// the adapters' own search afterwards.
final class ItemPruner {
    private(set) var items: [FeedItem] = []
    private(set) var reader: NodeReader?
    private let undoesDoubleEncoding: Bool

    init(undoesDoubleEncoding: Bool) {
        self.undoesDoubleEncoding = undoesDoubleEncoding
    }

    /// Installs the hook on `ctxt`, whose parse must not outlive `self`.
    func install(on ctxt: xmlParserCtxtPtr) {
        ctxt.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        ctxt.pointee.sax.pointee.endElementNs = { ctx, localname, prefix, uri in
            guard let ctx else { return }
            let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
            let node = ctxt.pointee.node
            xmlSAX2EndElementNs(ctx, localname, prefix, uri)
            guard let node, let owner = ctxt.pointee._private else { return }
            Unmanaged<ItemPruner>.fromOpaque(owner).takeUnretainedValue().ended(node, ctxt: ctxt)
        }
    }

    private func ended(_ node: NodePointer, ctxt: xmlParserCtxtPtr) {
        guard node.pointee.type == XML_ELEMENT_NODE, let parent = node.pointee.parent,
              parent.pointee.type == XML_ELEMENT_NODE, let doc = ctxt.pointee.myDoc else { return }
        let name = XMLNode.localName(node)
        let isItem = XMLNode.named(name, "item")
        guard isItem || XMLNode.named(name, "entry") else { return }
        // One reader for the whole document, made at the first item and used
        // in place (no copy per item): its entity budget is per document, and
        // the tree walk continues with it.
        if reader == nil { reader = NodeReader(doc: doc, undoesDoubleEncoding: undoesDoubleEncoding) }
        if isItem {
            guard Self.isStandardRSSItem(node, parent: parent) else { return }
            RSSAdapter.appendItems(node, to: &items, reader: &reader!)
        } else {
            guard Self.isRoot(parent), XMLNode.named(XMLNode.localName(parent), "feed") else { return }
            let ns = reader!.namespace(node, home: parent)
            guard ns == .atom || ns == .plain else { return }
            items.append(AtomAdapter.item(node, reader: &reader!))
        }
        free(node, ctxt: ctxt)
    }

    /// Unlinks and frees `node` with the text just before it (whitespace
    /// between items), so the parent's last child is never a text node
    /// libxml2 still believes it is appending to (`nodelen`/`nodemem`
    /// describe the last text node it made); `nodemem = 0` makes it fall
    /// back to its checked concatenation if it ever meets one.
    private func free(_ node: NodePointer, ctxt: xmlParserCtxtPtr) {
        while let previous = node.pointee.prev, previous.pointee.type == XML_TEXT_NODE {
            xmlUnlinkNode(previous)
            xmlFreeNode(previous)
        }
        xmlUnlinkNode(node)
        xmlFreeNode(node)
        ctxt.pointee.nodemem = 0
        // Namespace declarations inside the item are gone; their addresses may be reused.
        reader?.forgetNamespaces()
    }

    /// Whether an item sits anywhere under `element` (a few levels, as deep
    /// as the adapter searches).
    private static func containsItem(_ element: NodePointer) -> Bool {
        var stack: [(NodePointer, Int)] = [(element, 0)]
        while let (node, depth) = stack.popLast() {
            for e in XMLNode.elements(node) {
                if RSSAdapter.isItem(e) { return true }
                if depth < 6, e.pointee.children != nil { stack.append((e, depth + 1)) }
            }
        }
        return false
    }

    private static func isRoot(_ element: NodePointer) -> Bool {
        guard let up = element.pointee.parent else { return false }
        return up.pointee.type == XML_DOCUMENT_NODE
    }

    /// Where `RSSAdapter.feed` would find the item at the first level: in
    /// the root's first channel, in a bare `<channel>` root, or beside the
    /// channel in RSS 1.0 (after it, to keep the adapter's order).
    private static func isStandardRSSItem(_ item: NodePointer, parent: NodePointer) -> Bool {
        guard RSSAdapter.isItem(item) else { return false }
        let parentName = XMLNode.localName(parent)
        if isRoot(parent) {
            if XMLNode.named(parentName, "channel") { return true }
            guard XMLNode.named(parentName, "RDF") || XMLNode.named(parentName, "rdf") else { return false }
            // RSS 1.0: the adapter reads all the channel's items, then the
            // root's in order. Taken early only when that order is kept: the
            // channel came first and holds no item, and no earlier item was
            // left in the tree (taken ones are unlinked already).
            var channelSeen = false
            for e in XMLNode.elements(parent) {
                if e == item { return channelSeen }
                if XMLNode.namedIgnoringCase(XMLNode.localName(e), "channel") {
                    guard !channelSeen, !containsItem(e) else { return false }
                    channelSeen = true
                } else if RSSAdapter.isItem(e) {
                    return false
                }
            }
            return false
        }
        guard let root = parent.pointee.parent, isRoot(root) else { return false }
        let rootName = XMLNode.localName(root)
        guard XMLNode.namedIgnoringCase(rootName, "rss") || XMLNode.named(rootName, "RDF") || XMLNode.named(rootName, "rdf")
        else { return false }
        return RSSAdapter.firstChannel(in: root) == parent
    }
}
