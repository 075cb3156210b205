import Model

// "China Adopts Export Control Law", "China approves new law to counter foreign sanctions", "China Passes
// Retaliatory Export-Control Law Following US Moves": China's legislature adopting a law of its
// countermeasure toolkit (export control, anti-sanctions) puts that toolkit in force, a China tightening of
// non-tariff countermeasures, as the labelled sets have it. A law names no measure verb the other readings
// know ("adopts" a law is no "imposes"), so this reads the headline's adopting verb and the law's name.
extension ItemScan {
    static let lawAdoptingWords: WordSet = ["adopt", "adopts", "adopted", "passes", "passed", "enact", "enacts", "enacted",
                                            "approves", "approved", "promulgates", "promulgated"]
    static let statuteNouns: WordSet = ["law", "laws", "statute", "legislation"]
    /// What the law's name must hold: a countermeasure, not any law China passes.
    static let countermeasureLawWords: WordSet = ["sanction", "sanctions", "retaliatory", "countermeasure",
                                                  "countermeasures", "control", "controls"]

    func countermeasureLawClaim(in range: Range<Int>) -> Claim? {
        guard range.lowerBound < titleTokenCount, !otherItem else { return nil }
        for v in range where Self.lawAdoptingWords.contains(tokens[v].text) {
            // China adopts it: named before the verb ("China", "China's top legislature").
            guard names(.china, in: range.lowerBound..<v), !names(.us, in: range.lowerBound..<v),
                  !(range.lowerBound..<v).contains(where: { ann.other[$0] || ann.has(.negation, at: $0) }) else { continue }
            // The law right after it, with its name around it: "export control law", "law on export control",
            // "law to counter foreign sanctions", "anti-sanctions statute".
            let window = (v + 1)..<min(v + 8, range.upperBound)
            guard let law = window.first(where: { Self.statuteNouns.contains(tokens[$0].text) }),
                  !window.contains(where: { tokens[$0].text == "draft" }) else { continue }
            let name = (v + 1)..<min(law + 5, range.upperBound)
            // ("control" only as export control; "law to restrict exports of sensitive technology" is one too.)
            let control = name.contains { k in
                Self.countermeasureLawWords.contains(tokens[k].text)
                    && (!["control", "controls"].contains(tokens[k].text) || k > name.lowerBound && tokens[k - 1].text.hasPrefix("export"))
                    || ["restrict", "restricting", "curb", "curbing"].contains(tokens[k].text)
                        && k + 1 < range.upperBound && tokens[k + 1].text.hasPrefix("export")
            }
            guard control else { continue }
            let sense = VerbSense(lemma: "", verbClass: .tightening, alsoNoun: false, participle: false,
                                  impliedTopic: nil, isThreat: false)
            return Claim(topic: .nonTariffCountermeasures, actor: .china, direction: .tightening,
                         modality: modality(at: v, sentence: range, sense: sense, negated: false, forceAnnounced: false),
                         evidence: evidence(range), matched: [tokens[v].text, tokens[law].text],
                         inTitle: true, implied: false)
        }
        return nil
    }
}
