import Model

// "China Strikes Back: New Tariffs on U.S. Agricultural Goods", "China hits back: 46 US companies swept into
// Beijing's sanctions list", "China strikes back, $75B in tariffs on U.S. goods": a side that strikes back in
// the headline and then names what it strikes with has moved; the measure after the colon or comma is its
// retaliation. Striking back alone ("China vows to hit back") is a reaction, read elsewhere.
extension ItemScan {
    static let strikeBackPhrases: [[String]] = [["strikes", "back"], ["strike", "back"], ["struck", "back"], ["hits", "back"],
                                                ["hit", "back"], ["fights", "back"], ["fires", "back"], ["fired", "back"],
                                                ["retaliates"], ["retaliated"]]
    /// What a side strikes back with, when no tariff is named: China's own instruments.
    static let countermeasureNouns: WordSet = ["countermeasures", "countermeasure", "sanctions", "sanction", "probe",
                                                   "investigation", "list", "ban", "fees", "controls"]

    func struckBackClaim(in range: Range<Int>) -> Claim? {
        guard range.lowerBound < titleTokenCount else { return nil }
        for k in range {
            guard let phrase = Self.strikeBackPhrases.first(where: { p in
                k + p.count < range.upperBound && p.indices.allSatisfy { tokens[k + $0].text == p[$0] } }) else { continue }
            var mark = k + phrase.count
            // After a colon or a comma, or after "with": "China to hit back at U.S with its own entity list".
            if ![":", ","].contains(tokens[mark].text) {
                if ["at", "against"].contains(tokens[mark].text) {
                    mark += 1
                    while mark < range.upperBound, ann.side[mark] != nil || ann.actor[mark] != nil { mark += 1 }
                }
                guard mark < range.upperBound, tokens[mark].text == "with" else { return nil }
            }
            guard mark + 1 < range.upperBound, !Self.questionWords.contains(tokens[mark + 1].text) else { return nil }
            let before = range.lowerBound..<k
            let who: Actor
            if names(.china, in: before), !names(.us, in: before) { who = .china }
            else if names(.us, in: before), !names(.china, in: before) { who = .us }
            else { return nil }
            let after = (mark + 1)..<range.upperBound
            guard !after.contains(where: { ann.has(.negation, at: $0) || ann.has(.analysis, at: $0) }) else { return nil }
            let tariffs = after.contains { t in
                guard let span = ann.topic[t] else { return false }
                return span.value.candidates.first?.topic == .tariffs && !Self.warTerms.contains(span.text)
            }
            let topic: Topic
            if tariffs { topic = .tariffs }
            else if who == .china, after.contains(where: { Self.countermeasureNouns.contains(tokens[$0].text)
                || ann.topic[$0]?.value.candidates.first?.topic == .nonTariffCountermeasures }) { topic = .nonTariffCountermeasures }
            else { return nil }
            // "China to hit back ...": a headline's infinitive is what it will do.
            // "vows to hit back with ...": a threat.
            let threat = (range.lowerBound..<k).contains {
                ["vows", "vow", "vowed", "threatens", "threaten", "warns", "pledges", "could", "may", "might", "would"].contains(tokens[$0].text) }
            let modality: Modality = threat ? .signal : k > range.lowerBound && tokens[k - 1].text == "to" ? .announced : .action
            return Claim(topic: topic, actor: who, direction: .tightening, modality: modality,
                         evidence: evidence(range), matched: phrase + [tokens[mark].text],
                         inTitle: true, implied: true)
        }
        return nil
    }
}
