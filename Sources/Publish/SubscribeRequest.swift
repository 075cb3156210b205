import Model

/// What a client asks for: the `subscribe` message.
package struct SubscribeRequest: Sendable, Equatable {
    /// Replay committed alerts after this id first; nil: live alerts only.
    var since: Int64?
    var topics: [String]
    var actors: [String]
    var minSeverity: Severity?

    package init(since: Int64? = nil, topics: [String] = [], actors: [String] = [], minSeverity: Severity? = nil) {
        self.since = since
        self.topics = topics
        self.actors = actors
        self.minSeverity = minSeverity
    }

    /// The message line, with its newline.
    package var line: String {
        var w = JSONWriter()
        w.object { w in
            w.field("type", "subscribe")
            if let since { w.field("since", since) }
            if !topics.isEmpty { w.field("topics", strings: topics) }
            if !actors.isEmpty { w.field("actors", strings: actors) }
            if let minSeverity { w.field("min_severity", minSeverity.rawValue) }
        }
        return w.output + "\n"
    }
}
