import FoundationEssentials

/// One entry of a feed, normalised across RSS 0.9x/1.0/2.0 and Atom 0.3/1.0.
///
/// `summary` and `content` are the feed's own text, entity-decoded, possibly
/// HTML; reduce them to plain text before detection. `id` is the item's
/// identity: guid/id, else link, else a hash of title + date.
public struct FeedItem: Sendable, Equatable {
    package var id: String
    package var title: String?
    package var link: String?
    public var summary: String?
    public var content: String?
    package var author: String?
    package var categories: [String]
    package var published: Date?
    package var updated: Date?

    public init(id: String, title: String? = nil, link: String? = nil, summary: String? = nil,
                content: String? = nil, author: String? = nil, categories: [String] = [],
                published: Date? = nil, updated: Date? = nil) {
        self.id = id
        self.title = title
        self.link = link
        self.summary = summary
        self.content = content
        self.author = author
        self.categories = categories
        self.published = published
        self.updated = updated
    }
}
