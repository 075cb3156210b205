import Model

/// A move already alerted, as the repeat rule compares a new alert with it.
package struct PriorMove: Sendable, Equatable {
    var id: Int64
    var topic: Topic
    var actor: Actor
    var direction: Direction
    var modality: Modality
    /// The item's title and the terms that matched: what the story was.
    var title: String
    var matched: [String]

    /// A committed alert's move, read from the facets the stores keep beside
    /// its record; nil when they name no topic, actor or direction this
    /// build knows (a record from a newer tradewatch).
    package init?(id: Int64, facets f: AlertFacets) {
        guard let topic = Topic(rawValue: f.topic), let actor = Actor(rawValue: f.actor),
              let direction = Direction(rawValue: f.direction) else { return nil }
        (self.id, self.topic, self.actor, self.direction) = (id, topic, actor, direction)
        modality = Modality(rawValue: f.modality) ?? .signal
        (title, matched) = (f.title, f.matched)
    }

    /// An alert as a move to compare with (one of this pass is not numbered yet).
    init(_ alert: Alert) {
        (id, topic, actor, direction, modality) = (alert.id, alert.topic, alert.actor, alert.direction, alert.modality)
        (title, matched) = (alert.item.title ?? "", alert.matched)
    }
}

/// "Ten copies of one story": an alert that repeats a move already told is
/// kept (nothing is lost) but marked low with the alert it repeats. A
/// repeat is the same story (`StorySimilarity`) of the same actor moving the
/// same topic the same way, no more firmly than what was already said. The
/// daemon and `scan` mark repeats here, from one place.
package enum RepeatRule {
    /// `recent`: moves alerted in the repeat window (any feed); `earlier`:
    /// alerts of the same feed in this pass, not yet numbered.
    package static func mark(_ alert: Alert, recent: [PriorMove], earlier: [Alert]) -> Alert {
        var alert = alert
        let move = PriorMove(alert)
        if let original = recent.last(where: { move.repeats($0) }) {
            alert.repeatOf = original.id
            alert.severity = .low
            alert.reason += "; repeats alert \(original.id)"
        } else if let original = earlier.last(where: { move.repeats(PriorMove($0)) }) {
            alert.severity = .low
            alert.reason += "; repeats item \(original.item.id) of this feed"
        }
        return alert
    }

    /// How firmly a modality commits: signal < announced < action.
    static func firmness(_ m: Modality) -> Int {
        switch m {
        case .signal: 0
        case .announced: 1
        case .action: 2
        }
    }
}

extension PriorMove {
    /// The same story of the same actor moving the same topic the same way,
    /// told no more firmly by this move than by `earlier`.
    func repeats(_ earlier: PriorMove) -> Bool {
        earlier.topic == topic && earlier.actor == actor && earlier.direction == direction
            && RepeatRule.firmness(earlier.modality) >= RepeatRule.firmness(modality)
            && StorySimilarity.isSameStory(title: title, matched: matched, title: earlier.title, matched: earlier.matched)
    }
}
