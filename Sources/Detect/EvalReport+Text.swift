import Model

/// How `tradewatch eval` and `tradewatch-train-gate` print a score, from one place.
extension EvalReport {
    /// `items 40, with a direction 20, alerted 19, ...`: the counts.
    package var countsLine: String {
        "items \(items), with a direction \(positives), alerted \(alerted), hits \(hits), misses \(misses.count), false alarms \(falseAlarms.count), reversals \(reversals.count)"
    }

    /// `precision 0.950  recall 0.900  F1 0.924  reversals 0`.
    package var scoresLine: String {
        "precision \(precision.formatted(places: 3))  recall \(recall.formatted(places: 3))  F1 \(f1.formatted(places: 3))  reversals \(reversals.count)"
    }

    /// `actor right on 95 of 100 hits that name one (0.950)`.
    package var actorLine: String {
        "actor right on \(actorRight) of \(actorChecked) hits that name one (\(actorAccuracy.formatted(places: 3)))"
    }

    /// The scores and the counts behind them on one line, for comparing runs
    /// side by side: `P 0.950 R 0.900 F1 0.924 reversals 0 (alerted 19, ...)`.
    package var compactLine: String {
        "P \(precision.formatted(places: 3)) R \(recall.formatted(places: 3)) F1 \(f1.formatted(places: 3)) reversals \(reversals.count)"
            + " (alerted \(alerted), hits \(hits), false alarms \(falseAlarms.count))"
    }

    /// One line a topic with claims: `tariffs  claims 40  right 35 (0.875)  reversed 1  wrong 4`.
    package var byTopicLines: [String] {
        Topic.allCases.compactMap { topic in
            guard let t = byTopic[topic], t.claims > 0 else { return nil }
            let share = (Double(t.right) / Double(t.claims)).formatted(places: 3)
            return "  \(topic.rawValue)  claims \(t.claims)  right \(t.right) (\(share))  reversed \(t.reversed)  wrong \(t.wrong)"
        }
    }

    /// Every reversal, miss and false alarm with the claims behind it.
    package var findingsText: [String] {
        reversals.map { $0.described(as: "REVERSAL") } + misses.map { $0.described(as: "miss") }
            + falseAlarms.map { $0.described(as: "false alarm") } + wrongActors.map { $0.described(as: "wrong actor") }
    }
}

extension EvalReport.Finding {
    /// `miss ID [label topics] title`, then each claim with its evidence.
    func described(as what: String) -> String {
        var lines = ["\(what) \(item.id) [\(item.label?.rawValue ?? "irrelevant") \(item.topics.map(\.rawValue).joined(separator: ","))] \(item.title)"]
        if claims.isEmpty { lines.append("  no claim") }
        for c in claims {
            lines.append("  claim \(c.topic.rawValue) \(c.actor.rawValue) \(c.direction.rawValue) \(c.modality.rawValue) matched \(c.matched)")
            lines.append("    evidence: \(c.evidence)")
        }
        return lines.joined(separator: "\n")
    }
}
