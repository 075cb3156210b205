import Model

/// One position the seed article states: who holds it on which topic, the
/// stance, its status, the sentence it rests on and the terms that recognise it.
package struct BaselinePosition: Sendable, Equatable {
    /// Stable id, e.g. "cn-rare-earth-controls"; alerts name it.
    package var id: String
    package var topic: Topic
    package var actor: Actor
    package var stance: String
    package var status: PositionStatus
    /// The article's own words the position rests on.
    package var quote: String
    /// Names, synonyms and company names that recognise the topic in news.
    package var terms: [String]

    package init(id: String, topic: Topic, actor: Actor, stance: String, status: PositionStatus,
                quote: String, terms: [String]) {
        self.id = id
        self.topic = topic
        self.actor = actor
        self.stance = stance
        self.status = status
        self.quote = quote
        self.terms = terms
    }
}

/// Where a position stood in the seed article.
package enum PositionStatus: String, Sendable, CaseIterable, Codable {
    case inForce = "in force"
    case offered
    case demanded
    case proposed
}
