import Model

/// A move an item claims: who moves which topic which way, how firmly, and
/// the words that say so. Explainable by construction: no score, only evidence.
package struct Claim: Sendable, Equatable {
    package var topic: Topic
    package var actor: Actor
    package var direction: Direction
    package var modality: Modality
    /// The claim came from a negated verb ("agree not to escalate"), turned
    /// into the move it amounts to; a negated easing makes no claim at all.
    package var negated: Bool
    /// Tariff rates stated with the claim.
    package var quantities: [Alert.Quantity]
    /// The sentence that carries the claim.
    package var evidence: String
    /// The terms that matched: the verb, the topic term, the actor, cues.
    package var matched: [String]
    /// Found in the headline (headline claims outrank lede claims).
    package var inTitle: Bool
    /// Inferred from a noun phrase ("new sanctions") rather than a verb.
    package var implied: Bool
    /// Read from a trade-remedy body's own vote on injury ("determined that there is a reasonable indication that
    /// a U.S. industry is materially injured by reason of imports of ... from China") or its ruling ("Final Ruling
    /// on the Anti-dumping Investigation against Imports of ..."): formal wording whose way the
    /// rules read from the finding itself, which the learned gate, knowing words and not whose goods, does not
    /// take back (the same titles on Vietnam's or Japan's goods are labelled irrelevant).
    package var ruling: Bool

    package init(topic: Topic, actor: Actor, direction: Direction, modality: Modality, negated: Bool = false,
                quantities: [Alert.Quantity] = [], evidence: String, matched: [String], inTitle: Bool = true,
                implied: Bool = false, ruling: Bool = false) {
        self.topic = topic
        self.actor = actor
        self.direction = direction
        self.modality = modality
        self.negated = negated
        self.quantities = quantities
        self.evidence = evidence
        self.matched = matched
        self.inTitle = inTitle
        self.implied = implied
        self.ruling = ruling
    }
}

extension Direction {
    /// The other way: what undoing or abandoning a move in this direction is.
    var opposite: Direction { self == .easing ? .tightening : .easing }
}

extension Actor {
    /// The other side of the US-China pair.
    var other: Actor { self == .us ? .china : .us }
}
