import Model

/// Derives baseline positions from a seed article with the claim
/// extractor's lexicon: one position per (topic, actor) the article names,
/// resting on the first sentence that names it, with every term seen for it.
package enum BaselineDeriver {
    package static func derive(article: String, extractor: ClaimExtractor) -> [BaselinePosition] {
        let mentions = extractor.mentions(in: article)
        var positions: [BaselinePosition] = []
        var index: [PositionState.Key: Int] = [:]
        for m in mentions {
            let key = PositionState.Key(topic: m.topic, actor: m.actor)
            if let at = index[key] {
                for t in m.terms where !positions[at].terms.contains(t) { positions[at].terms.append(t) }
                continue
            }
            index[key] = positions.count
            positions.append(BaselinePosition(
                id: "\(m.actor == .us ? "us" : "cn")-\(m.topic.rawValue)", topic: m.topic, actor: m.actor,
                stance: m.stance, status: m.status, quote: m.sentence, terms: m.terms))
        }
        return positions.sorted { ($0.topic, $0.actor.rawValue) < ($1.topic, $1.actor.rawValue) }
    }
}
