/// Picks an Atom element's link the way feedparser does: the first
/// `rel="alternate"` (the default rel) link of an HTML type (the default
/// type), else the first alternate of any type; with none, an `id` that is
/// an http(s) URL (feedparser's "guid is link").
struct AlternateLink {
    private var html: String?
    private var other: String?

    var best: String? { html ?? other }

    mutating func consider(_ link: NodePointer, reader: inout NodeReader) {
        guard RSSAdapter.isAlternate(link), let href = XMLNode.attribute(link, "href") ?? reader.text(link) else { return }
        let type = XMLNode.attribute(link, "type")?.lowercased()
        if type == nil || type == "text/html" || type == "application/xhtml+xml" {
            if html == nil { html = href }
        } else if other == nil {
            other = href
        }
    }

    static func fromID(_ id: String?) -> String? {
        guard let id, id.hasPrefix("http://") || id.hasPrefix("https://") else { return nil }
        return id
    }
}
