import CLibXML2
import Model

/// RSS 0.9x, 2.0 and 1.0 (RDF) to the one model, with the namespaced
/// extensions feeds put content in (content:encoded, dc:*, media:*, atom:*).
enum RSSAdapter {
    /// `root` is `<rss>`, `<rdf:RDF>` or a bare `<channel>`.
    static func feed(root: NodePointer, reader: inout NodeReader) -> Feed {
        let channel = XMLNode.named(XMLNode.localName(root), "channel") ? root : firstChannel(in: root)
        var feed = Feed()
        if let channel { readChannel(channel, into: &feed, reader: &reader) }
        // RSS 1.0/0.90 put items beside the channel; some 0.9x feeds do too.
        for parent in [channel, channel == root ? nil : root].compactMap({ $0 }) {
            collectItems(under: parent, into: &feed.items, reader: &reader)
        }
        return feed
    }

    /// The `<channel>` a feed's metadata and items are read from: the
    /// root's first, whatever its case. Later ones are ignored.
    static func firstChannel(in root: NodePointer) -> NodePointer? {
        XMLNode.elements(root).first { XMLNode.namedIgnoringCase(XMLNode.localName($0), "channel") }
    }

    /// The items under `parent`: its item children, items illegally nested
    /// in items, and items swallowed by an unclosed element before them
    /// (`<itunes:category>` without its end tag), searched a few levels deep
    /// with an explicit stack.
    private static func collectItems(under parent: NodePointer, into items: inout [FeedItem], reader: inout NodeReader) {
        var stack: [(NodePointer, Int)] = [(parent, 0)]
        var pending: [NodePointer] = []
        while let (node, depth) = stack.popLast() {
            pending.removeAll(keepingCapacity: true)
            for e in XMLNode.elements(node) {
                if isItem(e) {
                    appendItems(e, to: &items, reader: &reader)
                } else if depth < 6, e.pointee.children != nil, !XMLNode.named(XMLNode.localName(e), "channel") {
                    pending.append(e)
                }
            }
            // Keep document order: the stack pops the last pushed first.
            for e in pending.reversed() { stack.append((e, depth + 1)) }
        }
    }

    /// The item `e` and the items illegally nested in it.
    static func appendItems(_ e: NodePointer, to items: inout [FeedItem], reader: inout NodeReader) {
        items.append(item(e, reader: &reader))
        for nested in XMLNode.elements(e) where isItem(nested) {
            items.append(item(nested, reader: &reader))
        }
    }

    static func isItem(_ e: NodePointer) -> Bool {
        guard XMLNode.named(XMLNode.localName(e), "item") else { return false }
        let ns = XMLNode.namespace(e)
        return ns == .plain || ns == .other
    }

    private static func readChannel(_ channel: NodePointer, into feed: inout Feed, reader: inout NodeReader) {
        var link: String?, atomLink: String?
        var lastBuildDate: String?, pubDate: String?, dcDate: String?, atomUpdated: String?
        var dcTitle: String?, dcDescription: String?
        for e in XMLNode.elements(channel) {
            let name = XMLNode.localName(e)
            switch reader.namespace(e, home: channel) {
            case .plain:
                if XMLNode.named(name, "title") {
                    if feed.title == nil { feed.title = reader.text(e) }
                } else if XMLNode.named(name, "link") {
                    if link == nil { link = reader.text(e) ?? XMLNode.attribute(e, "href") }
                } else if XMLNode.named(name, "description") {
                    if feed.description == nil { feed.description = reader.text(e) }
                } else if XMLNode.named(name, "lastBuildDate") {
                    lastBuildDate = lastBuildDate ?? reader.text(e)
                } else if XMLNode.named(name, "pubDate") {
                    pubDate = pubDate ?? reader.text(e)
                }
            case .atom:
                if XMLNode.named(name, "link"), atomLink == nil, isAlternate(e) {
                    atomLink = XMLNode.attribute(e, "href")
                } else if XMLNode.named(name, "updated") {
                    atomUpdated = atomUpdated ?? reader.text(e)
                }
            case .dc:
                if XMLNode.named(name, "date") {
                    dcDate = dcDate ?? reader.text(e)
                } else if XMLNode.named(name, "title") {
                    dcTitle = dcTitle ?? reader.text(e)
                } else if XMLNode.named(name, "description") {
                    dcDescription = dcDescription ?? reader.text(e)
                }
            default:
                break
            }
        }
        feed.title = feed.title ?? dcTitle
        feed.description = feed.description ?? dcDescription
        if let chosen = link ?? atomLink { feed.link = LinkResolver.resolve(chosen, at: channel, in: reader.doc) }
        feed.updated = [lastBuildDate, pubDate, dcDate, atomUpdated].lazy.compactMap { $0.flatMap(FeedDate.parse) }.first
    }

    static func item(_ node: NodePointer, reader: inout NodeReader) -> FeedItem {
        var title: String?, link: String?, guid: String?, guidIsLink = true
        var summary: String?, content: String?, author: String?
        var pubDate: String?, updated: String?
        var dcTitle: String?, dcCreator: String?, dcDate: String?, dcDescription: String?
        var atomLink: String?, atomAuthor: String?, atomContent: String?, mediaDescription: String?, mediaTitle: String?
        var categories: [String] = []
        for e in XMLNode.elements(node) {
            let name = XMLNode.localName(e)
            switch reader.namespace(e, home: node) {
            case .plain:
                if XMLNode.named(name, "title") {
                    if title == nil { title = reader.html(e) }
                } else if XMLNode.named(name, "link") {
                    if link == nil { link = reader.text(e) ?? XMLNode.attribute(e, "href") }
                } else if XMLNode.named(name, "guid") {
                    if guid == nil {
                        guid = reader.text(e)
                        guidIsLink = XMLNode.attribute(e, "isPermaLink")?.lowercased() != "false"
                    }
                } else if XMLNode.named(name, "description") || XMLNode.named(name, "summary") {
                    // Both present: the second is the content (feedparser's rule).
                    if summary == nil { summary = reader.html(e) } else if content == nil { content = reader.html(e) }
                } else if XMLNode.named(name, "author") {
                    if author == nil { author = reader.text(e) }
                } else if XMLNode.named(name, "category") {
                    if let c = reader.text(e) { categories.append(c) }
                } else if XMLNode.named(name, "pubDate") {
                    pubDate = reader.text(e) ?? pubDate  // the last one wins, as in feedparser
                } else if XMLNode.named(name, "fullitem") {
                    if content == nil { content = reader.html(e) }
                }
            case .content:
                if XMLNode.named(name, "encoded"), content == nil { content = reader.html(e) }
            case .dc:
                if XMLNode.named(name, "creator") || XMLNode.named(name, "author") {
                    if dcCreator == nil { dcCreator = reader.text(e) }
                } else if XMLNode.named(name, "subject") {
                    if let c = reader.text(e) { categories.append(c) }
                } else if XMLNode.named(name, "date") {
                    if dcDate == nil { dcDate = reader.text(e) }
                } else if XMLNode.named(name, "title") {
                    if dcTitle == nil { dcTitle = reader.html(e) }
                } else if XMLNode.named(name, "description") {
                    if dcDescription == nil { dcDescription = reader.html(e) }
                }
            case .dcterms:
                if XMLNode.named(name, "modified") {
                    if updated == nil { updated = reader.text(e) }
                } else if XMLNode.named(name, "issued") || XMLNode.named(name, "created") {
                    if dcDate == nil { dcDate = reader.text(e) }
                }
            case .atom:
                if XMLNode.named(name, "link") {
                    if atomLink == nil, isAlternate(e) { atomLink = XMLNode.attribute(e, "href") }
                } else if XMLNode.named(name, "updated") {
                    if updated == nil { updated = reader.text(e) }
                } else if XMLNode.named(name, "published") {
                    if dcDate == nil { dcDate = reader.text(e) }
                } else if XMLNode.named(name, "author") {
                    if atomAuthor == nil { atomAuthor = AtomAdapter.personName(e, reader: &reader) }
                } else if XMLNode.named(name, "content") {
                    // Atom's content inside an RSS item: its full text, typed as in Atom.
                    if atomContent == nil { atomContent = AtomAdapter.textConstruct(e, reader: &reader) }
                } else if XMLNode.named(name, "category") {
                    if let c = XMLNode.attribute(e, "term") ?? reader.text(e) { categories.append(c) }
                }
            case .media:
                if mediaDescription == nil { mediaDescription = MediaRSS.description(e, reader: &reader) }
                if mediaTitle == nil { mediaTitle = MediaRSS.title(e, reader: &reader) }
            case .xhtml:
                // <body xmlns="http://www.w3.org/1999/xhtml">: the item's content as markup.
                if XMLNode.named(name, "body"), content == nil { content = reader.xhtmlChildren(e) }
            default:
                break
            }
        }
        title = title ?? dcTitle
        summary = summary ?? dcDescription
        content = content ?? atomContent
        if summary == nil, content == nil { summary = mediaDescription }
        if title == nil { title = mediaTitle }
        // A permalink guid is the item's link when it has no other (RSS 2.0).
        if link == nil, atomLink == nil, guidIsLink, let guid, guid.hasPrefix("http://") || guid.hasPrefix("https://") {
            link = guid
        }
        let resolvedLink = (link ?? atomLink).map { LinkResolver.resolve($0, at: node, in: reader.doc) }
        let about = XMLNode.attribute(node, "about")
        let dateText = pubDate ?? dcDate
        // feedparser reports dc:date as the updated date; it is also the
        // only publication date RSS 1.0 has, so it fills both.
        if updated == nil { updated = dcDate }
        return FeedItem(
            id: ItemIdentity.id(guid: guid ?? about, link: resolvedLink, title: title, date: dateText ?? updated,
                                text: summary ?? content),
            title: title,
            link: resolvedLink,
            summary: summary,
            content: content,
            author: author ?? dcCreator ?? atomAuthor,
            categories: categories,
            published: dateText.flatMap(FeedDate.parse),
            updated: updated.flatMap(FeedDate.parse)
        )
    }

    static func isAlternate(_ link: NodePointer) -> Bool {
        guard let rel = XMLNode.attribute(link, "rel") else { return true }
        return rel.lowercased() == "alternate"
    }
}
