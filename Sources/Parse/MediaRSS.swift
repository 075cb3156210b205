/// Media RSS (`media:`): a description is item text only when the item has
/// no other (video and podcast feeds put everything there).
enum MediaRSS {
    /// The text of `media:description`, directly or inside `media:group` /
    /// `media:content`.
    static func description(_ e: NodePointer, reader: inout NodeReader) -> String? {
        text("description", in: e, reader: &reader)
    }

    /// The text of `media:title`, directly or inside `media:group` /
    /// `media:content`: an item's title when it has no other.
    static func title(_ e: NodePointer, reader: inout NodeReader) -> String? {
        text("title", in: e, reader: &reader)
    }

    private static func text(_ element: StaticString, in e: NodePointer, reader: inout NodeReader, depth: Int = 0) -> String? {
        let name = XMLNode.localName(e)
        if XMLNode.named(name, element) { return reader.text(e) }
        guard depth < 3, XMLNode.named(name, "group") || XMLNode.named(name, "content") else { return nil }
        for child in XMLNode.elements(e) where XMLNode.namespace(child) == .media {
            if let text = text(element, in: child, reader: &reader, depth: depth + 1) { return text }
        }
        return nil
    }
}
