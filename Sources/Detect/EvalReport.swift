import Model

/// The detector's score on a labelled set, with every miss, false alarm and
/// reversal and the evidence behind it.
package struct EvalReport: Sendable {
    package struct Finding: Sendable {
        package var item: LabelledItem
        /// The claims made on the item (empty for a miss with no claim).
        var claims: [Claim]
    }

    package var items: Int
    /// Items labelled with a direction (easing or tightening).
    package var positives: Int
    /// Items with at least one claim.
    package var alerted: Int
    /// Positives with a claim on a labelled topic in the labelled direction.
    package var hits: Int
    package var misses: [Finding]
    package var falseAlarms: [Finding]
    /// Claims on a labelled topic in the direction opposite to the label: the
    /// worst error, told apart from the other false alarms and misses.
    package var reversals: [Finding] = []
    /// Hits whose label names the government that moves, and those among
    /// them where a hitting claim names the same one: the actor is not part of
    /// precision or recall, but an alert that blames the wrong side misleads.
    package var actorChecked = 0
    package var actorRight = 0
    /// The hits whose claims name the other side as acting.
    package var wrongActors: [Finding] = []
    /// Per topic: how the claims on it fared, so an analyst can see which
    /// topics' alerts to trust.
    package var byTopic: [Topic: TopicTally] = [:]

    /// Claims on one topic: `right` has a labelled topic and direction,
    /// `reversed` a labelled topic in the other direction, `wrong` neither
    /// (an irrelevant or neutral item, or a topic the label does not name).
    package struct TopicTally: Sendable, Equatable {
        var claims = 0
        var right = 0
        var reversed = 0
        package var wrong: Int { claims - right - reversed }

        package init(claims: Int = 0, right: Int = 0, reversed: Int = 0) {
            (self.claims, self.right, self.reversed) = (claims, right, reversed)
        }

        mutating func absorb(_ other: TopicTally) {
            claims += other.claims
            right += other.right
            reversed += other.reversed
        }
    }

    package init(items: Int, positives: Int, alerted: Int, hits: Int, misses: [Finding], falseAlarms: [Finding],
                reversals: [Finding] = []) {
        self.items = items
        self.positives = positives
        self.alerted = alerted
        self.hits = hits
        self.misses = misses
        self.falseAlarms = falseAlarms
        self.reversals = reversals
    }

    /// Adds another set's counts and findings to this one.
    package mutating func absorb(_ other: EvalReport) {
        items += other.items
        positives += other.positives
        alerted += other.alerted
        hits += other.hits
        misses += other.misses
        falseAlarms += other.falseAlarms
        reversals += other.reversals
        actorChecked += other.actorChecked
        actorRight += other.actorRight
        wrongActors += other.wrongActors
        for (topic, tally) in other.byTopic { byTopic[topic, default: .init()].absorb(tally) }
    }

    package var precision: Double { alerted == 0 ? 1 : Double(hits) / Double(alerted) }
    package var recall: Double { positives == 0 ? 1 : Double(hits) / Double(positives) }
    /// The share of checked hits whose actor is right (1 when none was checked).
    package var actorAccuracy: Double { actorChecked == 0 ? 1 : Double(actorRight) / Double(actorChecked) }
    package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
