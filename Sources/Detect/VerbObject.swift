import Model

/// What a direction verb acts on: the span of its object and what the span
/// holds (the head noun's classes, the topic terms, the sides it targets).
struct VerbObject {
    var start: Int
    var end: Int
    /// The end of the direct object (before its first preposition or reduced relative).
    var directEnd: Int = 0
    /// Classes of the object's head noun (the last noun with a class before a preposition).
    var head: ObjectClasses = []
    var headIndex: Int?
    /// Classes of every noun in the object.
    var all: ObjectClasses = []
    var firstSpecific: Int?
    var firstGeneric: Int?
    /// The topic term that holds the head noun ("pauses new export curbs").
    var headTopic: Int?
    var targetChina = false
    var targetUS = false
    var targetOther = false
    /// Every third country the object names is only where firms are from ("South Korean firms"), not a target of
    /// its own (true too when none is named; read it with `targetOther`).
    var thirdCountryOnlyAsFirmOrigin = true
    /// "by" and an actor inside the object: a passive's agent.
    var agent: Actor?

    var span: Range<Int> { start..<max(start, end) }
    var isMeasure: Bool { !head.isDisjoint(with: .measures) }
    var isFlow: Bool { head.contains(.flow) }
    var isRespite: Bool { head.contains(.respite) }
}

/// The topic a verb claim is about: where its term stands, the term, and
/// the text that matched.
struct ClaimTopic {
    var index: Int?
    var term: TopicTerm
    var text: String
}

/// The direction a verb gives its object, and what it says of the claim.
struct VerbMove {
    var direction: Direction
    /// "delays new tariffs": a new measure with a later start.
    var forceAnnounced = false
    /// "reach a framework", "launch a dialogue": the verb names the topic (talks, the channel).
    var term: TopicTerm?
}

/// What `verbMove` works out once and each verb class's step reads: the verb, its object, the topic,
/// and what the object is.
struct MoveFacts {
    var v: Int
    var verb: Annotations.VerbSpan
    var object: VerbObject
    var found: ClaimTopic
    var clause: Int
    var range: Range<Int>
    /// The topic term itself names a measure or a list ("export controls").
    var termIsMeasure: Bool
    var firstTopic: Topic
    /// The object's head is a measure (and not a licensing review), a flow (or one), a respite.
    var measure: Bool
    var flow: Bool
    var respite: Bool
}

/// Who moves, and the words that named them when a subject did.
struct ClaimActor {
    var actor: Actor
    var text: String?
}
