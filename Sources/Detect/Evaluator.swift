import Model

/// Scores a detector on labelled items as ../shared/eval/README.md defines:
/// an item with a direction is a hit when a claim on it has one of its
/// topics and its direction; precision = hits / items alerted; recall =
/// hits / items with a direction. A claim on an irrelevant or neutral item,
/// or with neither a labelled topic nor the labelled direction, is a false
/// alarm. A claim on a labelled topic in the opposite direction is a
/// reversal, listed on its own whether or not another claim hit. Of the hits
/// whose label names an actor, those whose claims name another are counted
/// and listed too (the actor is no part of precision or recall).
package enum Evaluator {
    package static func evaluate(_ items: [LabelledItem], detector: Detector) -> EvalReport {
        evaluate(items) { detector.claims(title: $0.title, text: $0.summary) }
    }

    /// Scores any claim finder (the trainer compares gates with it).
    package static func evaluate(_ items: [LabelledItem], claims find: (LabelledItem) -> [Claim]) -> EvalReport {
        var report = EvalReport(items: items.count, positives: 0, alerted: 0, hits: 0, misses: [], falseAlarms: [])
        for item in items {
            let claims = find(item)
            if !claims.isEmpty { report.alerted += 1 }
            report.tally(claims, on: item)
            guard item.relevant, let direction = item.direction else {
                if !claims.isEmpty { report.falseAlarms.append(.init(item: item, claims: claims)) }
                continue
            }
            report.positives += 1
            let hitting = claims.filter { item.topics.contains($0.topic) && $0.direction == direction }
            if !hitting.isEmpty {
                report.hits += 1
                if let actor = item.actor {
                    report.actorChecked += 1
                    if hitting.contains(where: { $0.actor == actor }) {
                        report.actorRight += 1
                    } else {
                        report.wrongActors.append(.init(item: item, claims: hitting))
                    }
                }
            } else {
                report.misses.append(.init(item: item, claims: claims))
            }
            let reversed = claims.filter { item.topics.contains($0.topic) && $0.direction != direction }
            if !reversed.isEmpty { report.reversals.append(.init(item: item, claims: reversed)) }
            let wild = claims.filter { !item.topics.contains($0.topic) && $0.direction != direction }
            if !wild.isEmpty { report.falseAlarms.append(.init(item: item, claims: wild)) }
        }
        return report
    }
}

extension EvalReport {
    /// Counts each claim under its topic as right, reversed or wrong.
    mutating func tally(_ claims: [Claim], on item: LabelledItem) {
        for claim in claims {
            var t = byTopic[claim.topic, default: .init()]
            t.claims += 1
            if item.relevant, let direction = item.direction, item.topics.contains(claim.topic) {
                if claim.direction == direction { t.right += 1 } else { t.reversed += 1 }
            }
            byTopic[claim.topic] = t
        }
    }
}
