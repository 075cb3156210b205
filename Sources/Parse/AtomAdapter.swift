import CLibXML2
import FoundationEssentials
import Model

/// Atom 1.0 and 0.3 to the one model. Elements without a namespace count
/// as Atom's, for feeds that forgot to declare it.
enum AtomAdapter {
    static func feed(root: NodePointer, reader: inout NodeReader) -> Feed {
        var feed = Feed()
        var links = AlternateLink()
        var id: String?
        var updated: String?, modified: String?
        for e in XMLNode.elements(root) {
            let ns = reader.namespace(e, home: root)
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
                links.consider(e, reader: &reader)
            } else if XMLNode.named(name, "id") {
                if id == nil { id = reader.text(e) }
            } else if XMLNode.named(name, "subtitle") || XMLNode.named(name, "tagline") {
                if feed.description == nil { feed.description = textConstruct(e, reader: &reader) }
            } else if XMLNode.named(name, "updated") {
                if updated == nil { updated = reader.text(e) }
            } else if XMLNode.named(name, "modified") {
                if modified == nil { modified = reader.text(e) }
            }
        }
        feed.link = (links.best ?? AlternateLink.fromID(id)).map { LinkResolver.resolve($0, at: root, in: reader.doc) }
        feed.updated = (updated ?? modified).flatMap(FeedDate.parse)
        return feed
    }

    /// A standalone `<entry>` document: a feed of one item.
    static func entryFeed(root: NodePointer, reader: inout NodeReader) -> Feed {
        Feed(items: [item(root, reader: &reader)])
    }

    static func item(_ node: NodePointer, reader: inout NodeReader) -> FeedItem {
        var title: String?, id: String?
        var links = AlternateLink()
        var summary: String?, content: String?, author: String?
        var published: String?, updated: String?, dcDate: String?
        var mediaDescription: String?, mediaTitle: String?
        var categories: [String] = []
        for e in XMLNode.elements(node) {
            let name = XMLNode.localName(e)
            switch reader.namespace(e, home: node) {
            case .atom, .plain:
                if XMLNode.named(name, "title") {
                    if title == nil { title = textConstruct(e, reader: &reader) }
                } else if XMLNode.named(name, "link") {
                    links.consider(e, reader: &reader)
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
                    // A repeated date element: the last one wins, as in feedparser.
                    if published == nil || !XMLNode.named(name, "created") { published = reader.text(e) ?? published }
                } else if XMLNode.named(name, "updated") || XMLNode.named(name, "modified") {
                    updated = reader.text(e) ?? updated
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
                if mediaTitle == nil { mediaTitle = MediaRSS.title(e, reader: &reader) }
            default:
                break
            }
        }
        if summary == nil, content == nil { summary = mediaDescription }
        if title == nil { title = mediaTitle }
        let resolvedLink = (links.best ?? AlternateLink.fromID(id)).map { LinkResolver.resolve($0, at: node, in: reader.doc) }
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

    /// A text construct: `type="xhtml"` serialises the inner `<div>`; Atom
    /// 0.3's inline `application/xhtml+xml` keeps it (as feedparser does);
    /// base64 (0.3's `mode="base64"`, or a 1.0 type that is not text) is
    /// decoded; text and html are entity-decoded text as given.
    static func textConstruct(_ e: NodePointer, reader: inout NodeReader) -> String? {
        let type = XMLNode.attribute(e, "type")?.lowercased() ?? "text"
        if type == "xhtml" { return reader.xhtml(e) }
        if type == "html", let div = wrappingDiv(e) {
            // Escaped HTML in the div is the content; markup in it is XHTML.
            var children = XMLNode.elements(div)
            return children.next() == nil ? reader.html(div) : reader.xhtml(e)
        }
        let mode = XMLNode.attribute(e, "mode")?.lowercased()
        let isBase64 = mode == "base64"
            || (mode == nil && type != "text" && type != "html" && !type.hasPrefix("text/") && !type.hasSuffix("xml"))
        guard let text = type == "text" ? reader.text(e) : reader.html(e) else { return nil }
        if isBase64, let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters),
           let decoded = String(bytes: data, encoding: .utf8) {
            return decoded
        }
        return text
    }

    /// The `<div>` a `type="html"` construct wraps its content in when it
    /// should have said `xhtml` (TypePad's feeds did; feedparser unwraps it
    /// too): its only element child, with nothing but whitespace beside it.
    static func wrappingDiv(_ e: NodePointer) -> NodePointer? {
        var found: NodePointer?
        var child = e.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                guard found == nil, XMLNode.named(XMLNode.localName(c), "div") else { return nil }
                found = c
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = c.pointee.content else { break }
                var p = content
                while p.pointee != 0 {
                    guard TextBytes.isSpace(p.pointee) else { return nil }
                    p += 1
                }
            case XML_ENTITY_REF_NODE:
                return nil
            default:
                break
            }
            child = c.pointee.next
        }
        return found
    }

    /// `<author><name>` (or the email, or the element's own text).
    static func personName(_ e: NodePointer, reader: inout NodeReader) -> String? {
        var name: String?, email: String?
        for child in XMLNode.elements(e) {
            let local = XMLNode.localName(child)
            if XMLNode.named(local, "name") { name = name ?? reader.text(child) }
            if XMLNode.named(local, "email") { email = email ?? reader.text(child) }
        }
        // "Name (email)", the form feedparser gives.
        if let name, let email { return "\(name) (\(email))" }
        if let found = name ?? email { return found }
        var children = XMLNode.elements(e)
        return children.next() == nil ? reader.text(e) : nil
    }
}
