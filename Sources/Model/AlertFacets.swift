import FoundationEssentials

/// The fields of a committed alert that readers select and compare on, kept
/// beside its serialised record (`StoredAlert`): filtering a subscription or
/// a sink and marking repeats read these, never the record again.
package struct AlertFacets: Sendable, Equatable {
    /// When it was detected.
    package var time: Date
    package var severity: String
    package var topic: String
    package var actor: String
    package var direction: String
    package var modality: String
    /// The item's title and the terms that matched: what the story was.
    package var title: String
    package var matched: [String]

    package init(time: Date, severity: String, topic: String, actor: String, direction: String, modality: String,
                title: String = "", matched: [String] = []) {
        self.time = time
        self.severity = severity
        self.topic = topic
        self.actor = actor
        self.direction = direction
        self.modality = modality
        self.title = title
        self.matched = matched
    }

    package init(_ alert: Alert) {
        self.init(time: alert.time, severity: alert.severity.rawValue, topic: alert.topic.rawValue,
                  actor: alert.actor.rawValue, direction: alert.direction.rawValue,
                  modality: alert.modality.rawValue, title: alert.item.title ?? "", matched: alert.matched)
    }

    /// `matched` as a JSON array, as the stores keep it in a column of its own.
    package var matchedJSON: String {
        var w = JSONWriter()
        w.array { w in for term in matched { w.string(term) } }
        return w.output
    }

    /// The terms of a stored `matchedJSON` column; none when it is not an array of strings.
    package static func matched(fromJSON text: String) -> [String] {
        JSONValue(parsing: text.utf8)?.strings ?? []
    }
}
