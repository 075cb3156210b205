import Model

/// One position the seed article states: who holds it on which topic, the
/// stance, its status, the sentence it rests on and the terms that recognise it.
public struct BaselinePosition: Sendable, Equatable {
    /// Stable id, e.g. "cn-rare-earth-controls"; alerts name it.
    public var id: String
    public var topic: Topic
    public var actor: Actor
    public var stance: String
    public var status: PositionStatus
    /// The article's own words the position rests on.
    public var quote: String
    /// Names, synonyms and company names that recognise the topic in news.
    public var terms: [String]

    public init(id: String, topic: Topic, actor: Actor, stance: String, status: PositionStatus,
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
public enum PositionStatus: String, Sendable, CaseIterable, Codable {
    case inForce = "in force"
    case offered
    case demanded
    case proposed
}
