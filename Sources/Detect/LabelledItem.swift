import Model

/// One hand-labelled headline of an evaluation set (../shared/eval/README.md).
package struct LabelledItem: Sendable, Equatable {
    package enum Label: String, Sendable {
        case easing, tightening, neutral
    }

    package var id: String
    package var title: String
    package var summary: String
    package var relevant: Bool
    package var topics: [Topic]
    package var actor: Actor?
    /// How firm the move is (action, announced, signal), when labelled.
    package var modality: Modality?
    /// nil when the item is not relevant.
    var label: Label?
    var note: String?
    /// Where the item was published, when the set says.
    var url: String?

    package init(id: String, title: String, summary: String, relevant: Bool, topics: [Topic], actor: Actor?,
                label: Label?, note: String? = nil, url: String? = nil, modality: Modality? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.relevant = relevant
        self.topics = topics
        self.actor = actor
        self.label = label
        self.note = note
        self.url = url
        self.modality = modality
    }

    /// The item as a news-search feed carries it: the description is only
    /// the headline again, linked, and the outlet's name ("Title  Reuters").
    package var asHeadlineOnly: LabelledItem {
        var copy = self
        copy.summary = [title, outlet].compactMap { $0 }.joined(separator: "  ")
        return copy
    }

    /// The outlet's name as a news search shows it, from the URL's host
    /// ("www.reuters.com" -> "Reuters").
    var outlet: String? {
        guard let url, let slashes = url.firstIndex(of: "/"), url[slashes...].hasPrefix("//") else { return nil }
        let host = url[url.index(slashes, offsetBy: 2)...].prefix { $0 != "/" && $0 != ":" }
        let labels = host.split(separator: ".").filter { !["www", "com", "org", "net", "gov", "cn", "co", "uk", "app", "news"].contains($0) }
        guard let name = labels.last, let first = name.first else { return nil }
        return first.uppercased() + name.dropFirst()
    }

    /// The direction an alert must have to hit, when the item has one.
    package var direction: Direction? {
        switch label {
        case .easing: .easing
        case .tightening: .tightening
        default: nil
        }
    }
}
