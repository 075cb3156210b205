import Model

// Topic mentions sentence by sentence, for deriving a baseline from an article.
extension ItemScan {
    /// Every topic a sentence names, with the actor and the status its cues imply.
    func mentions() -> [Mention] {
        var out: [Mention] = []
        for range in sentences {
            let words = range.map { tokens[$0].text }
            var status = PositionStatus.inForce
            if range.contains(where: { ann.has(.demand, at: $0) }) || words.contains("requires") {
                status = .demanded
            } else if words.contains(where: { $0.hasPrefix("propos") }) {
                status = .proposed
            } else if words.contains(where: { $0.hasPrefix("willing") || $0.hasPrefix("offer") || $0 == "exchange" || $0 == "concessions" }) {
                status = .offered
            }
            let restricted = words.contains { $0.hasPrefix("restrict") || $0 == "controls" || $0 == "blockade" || $0 == "ban" }
            let easing = range.contains { ann.verb[$0].map { $0.value.verbClass == .easing } ?? false }
            // Lifting that is spoken of but not done is on offer.
            if easing, status == .inForce { status = .offered }
            for i in range {
                guard let term = ann.topic[i] else { continue }
                var actor: Actor?
                var j = i - 1
                while j >= range.lowerBound, actor == nil {
                    let governed = j > range.lowerBound && ann.has(.preposition, at: j - 1)
                    if let a = ann.actor[j], !governed { actor = a.value }
                    j -= 1
                }
                let resolved = term.value.resolve(for: actor)
                let who = resolved.actor ?? actor ?? .us
                var stance: [String] = []
                if restricted { stance.append("restricted") }
                if easing { stance.append("lifting \(status.rawValue)") }
                if stance.isEmpty { stance.append(status.rawValue) }
                out.append(Mention(topic: resolved.topic, actor: who, status: status,
                                   stance: stance.joined(separator: "; "),
                                   sentence: evidence(range), terms: [term.text]))
            }
        }
        return out
    }
}
