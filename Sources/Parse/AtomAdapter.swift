import CLibXML2
import Model

/// Atom 1.0 and 0.3 to the one model. Elements without a namespace count
/// as Atom's, for feeds that forgot to declare it.
enum AtomAdapter {
    static func feed(root: NodePointer, reader: inout NodeReader) -> Feed {
        var feed = Feed()
        var link: String?
        var updated: String?, modified: String?
        for e in XMLNode.elements(root) {
            let ns = XMLNode.namespace(e)
            guard ns == .atom || ns == .plain else {
                if ns == .dc, XMLNode.named(XMLNode.localName(e), "date"), updated == nil { updated = reader.text(e) }
                continue
            }
            let name = XMLNode.localName(e)
            if XMLNode.named(name, "entry") {
                feed.items.append(item(e, reader: &reader))
            } else if XMLNode.named(name, "title") {
                if feed.title == nil { feed.title = textConstruct(e, reader: &reader) }
            } else if XMLNode.named(name, "link") {
                if link == nil, RSSAdapter.isAlternate(e) { link = XMLNode.attribute(e, "href") ?? reader.text(e) }
            } else if XMLNode.named(name, "subtitle") || XMLNode.named(name, "tagline") {
                if feed.description == nil { feed.description = textConstruct(e, reader: &reader) }
            } else if XMLNode.named(name, "updated") {
                if updated == nil { updated = reader.text(e) }
            } else if XMLNode.named(name, "modified") {
                if modified == nil { modified = reader.text(e) }
            }
        }
        feed.link = link.map { LinkResolver.resolve($0, at: root, in: reader.doc) }
        feed.updated = (updated ?? modified).flatMap(FeedDate.parse)
        return feed
    }

    /// A standalone `<entry>` document: a feed of one item.
    static func entryFeed(root: NodePointer, reader: inout NodeReader) -> Feed {
        Feed(items: [item(root, reader: &reader)])
    }

    static func item(_ node: NodePointer, reader: inout NodeReader) -> FeedItem {
        var title: String?, link: String?, id: String?
        var summary: String?, content: String?, author: String?
        var published: String?, updated: String?, dcDate: String?
        var mediaDescription: String?
        var categories: [String] = []
        for e in XMLNode.elements(node) {
            let name = XMLNode.localName(e)
            switch XMLNode.namespace(e) {
            case .atom, .plain:
                if XMLNode.named(name, "title") {
                    if title == nil { title = textConstruct(e, reader: &reader) }
                } else if XMLNode.named(name, "link") {
                    if link == nil, RSSAdapter.isAlternate(e) { link = XMLNode.attribute(e, "href") ?? reader.text(e) }
                } else if XMLNode.named(name, "id") {
                    if id == nil { id = reader.text(e) }
                } else if XMLNode.named(name, "summary") {
                    if summary == nil { summary = textConstruct(e, reader: &reader) }
                } else if XMLNode.named(name, "content") {
                    if content == nil { content = textConstruct(e, reader: &reader) }
                } else if XMLNode.named(name, "author") {
                    if author == nil { author = personName(e, reader: &reader) }
                } else if XMLNode.named(name, "category") {
                    if let term = XMLNode.attribute(e, "term") ?? reader.text(e) { categories.append(term) }
                } else if XMLNode.named(name, "published") || XMLNode.named(name, "issued") || XMLNode.named(name, "created") {
                    if published == nil { published = reader.text(e) }
                } else if XMLNode.named(name, "updated") || XMLNode.named(name, "modified") {
                    if updated == nil { updated = reader.text(e) }
                }
            case .dc:
                if XMLNode.named(name, "subject") {
                    if let c = reader.text(e) { categories.append(c) }
                } else if XMLNode.named(name, "creator") {
                    if author == nil { author = reader.text(e) }
                } else if XMLNode.named(name, "date") {
                    if dcDate == nil { dcDate = reader.text(e) }
                }
            case .media:
                if mediaDescription == nil { mediaDescription = MediaRSS.description(e, reader: &reader) }
            default:
                break
            }
        }
        if summary == nil, content == nil { summary = mediaDescription }
        let resolvedLink = link.map { LinkResolver.resolve($0, at: node, in: reader.doc) }
        let dateText = published ?? dcDate
        return FeedItem(
            id: ItemIdentity.id(guid: id, link: resolvedLink, title: title, date: dateText ?? updated,
                                text: summary ?? content),
            title: title,
            link: resolvedLink,
            summary: summary,
            content: content,
            author: author,
            categories: categories,
            published: dateText.flatMap(FeedDate.parse),
            updated: updated.flatMap(FeedDate.parse)
        )
    }

    /// A text construct: `type="xhtml"` serialises the inner `<div>`;
    /// text and html are entity-decoded text as given.
    static func textConstruct(_ e: NodePointer, reader: inout NodeReader) -> String? {
        if let type = XMLNode.attribute(e, "type"), type.lowercased() == "xhtml" || type.lowercased() == "application/xhtml+xml" {
            return reader.xhtml(e)
        }
        return reader.text(e)
    }

    /// `<author><name>` (or the email, or the element's own text).
    static func personName(_ e: NodePointer, reader: inout NodeReader) -> String? {
        var email: String?
        for child in XMLNode.elements(e) {
            let name = XMLNode.localName(child)
            if XMLNode.named(name, "name"), let text = reader.text(child) { return text }
            if XMLNode.named(name, "email") { email = email ?? reader.text(child) }
        }
        var children = XMLNode.elements(e)
        return email ?? (children.next() == nil ? reader.text(e) : nil)
    }
}
