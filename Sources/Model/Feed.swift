import FoundationEssentials

/// A parsed, normalised feed: what `tradewatch parse` prints and what the
/// detector reads. A value with no I/O; absent fields are nil.
public struct Feed: Sendable, Equatable {
    package var title: String?
    package var link: String?
    package var description: String?
    package var updated: Date?
    public var items: [FeedItem]

    package init(title: String? = nil, link: String? = nil, description: String? = nil,
                updated: Date? = nil, items: [FeedItem] = []) {
        self.title = title
        self.link = link
        self.description = description
        self.updated = updated
        self.items = items
    }
}
