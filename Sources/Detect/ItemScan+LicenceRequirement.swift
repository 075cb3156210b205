import Model

// A licence requirement told from the exporter's side: "AI chip exports to China will require licences",
// "Nvidia will need a licence to export H20 chips to China", "Need license for China chip sale, AMD told".
// Goods that now need a government's permission to reach the other side are that government's export control,
// tightened, though no verb names the government (../shared/eval/README.md: a new licence requirement tightens).
extension ItemScan {
    /// Words that make a permit a condition: "need a licence", "require licences", "must obtain licences".
    static let needingWords: WordSet = ["need", "needs", "needed", "require", "requires", "required", "must"]

    func licenceRequirementClaim(in range: Range<Int>) -> Claim? {
        for n in range where Self.needingWords.contains(tokens[n].text) {
            guard let l = ((n + 1)..<min(n + 4, range.upperBound)).first(where: { Self.requiredPermits.contains(tokens[$0].text) })
            else { continue }
            // "will no longer need a licence", "do not require licences": a requirement lifted or denied.
            if (max(range.lowerBound, n - 3)..<n).contains(where: { ann.has(.negation, at: $0) || tokens[$0].text == "longer" }) {
                continue
            }
            // Where the goods go: "to China", "for China chip sale", "to Chinese customers".
            // (The goods' own destination, next to their trade: not "according to China's Ministry of Commerce".)
            guard let k = range.first(where: { k in
                      k > range.lowerBound && ["to", "for"].contains(tokens[k - 1].text)
                          && (ann.side[k] != nil || tokens[k].text == "chinese")
                          && ((max(range.lowerBound, k - 7)..<(k - 1)).contains(where: tradeNamed)
                              || ((k + 1)..<min(k + 4, range.upperBound)).contains(where: tradeNamed)) }) else { continue }
            let destination: Actor = ann.side[k] ?? .china
            let maker = destination.other
            // What goes there is the maker's controlled goods: chips for the US, rare earths for China.
            guard let t = range.first(where: { ann.topic[$0] != nil && ann.topic[$0]!.value.resolve(for: maker).actor == maker }),
                  !range.contains(where: { ann.other[$0] }) else { continue }
            let resolved = ann.topic[t]!.value.resolve(for: maker)
            guard [.techControls, .rareEarthExports, .edaSoftware, .jetEngines, .chemicals, .nuclear].contains(resolved.topic)
            else { continue }
            let modality = self.modality(at: n, sentence: range, sense: VerbSense(lemma: "require", verbClass: .tightening,
                alsoNoun: false, participle: false, impliedTopic: nil, isThreat: false), negated: false, forceAnnounced: false)
            return Claim(topic: resolved.topic, actor: maker, direction: .tightening, modality: modality,
                         evidence: evidence(range), matched: [tokens[n].text, tokens[l].text, ann.topic[t]!.text],
                         inTitle: range.lowerBound < titleTokenCount, implied: true)
        }
        return nil
    }

    /// Goods on their way: "exports", "sale", "to export", "to sell". "Exports of advanced AI chips to China":
    /// the flow may open a goods name of a few words.
    func tradeNamed(_ k: Int) -> Bool {
        Self.tradeFlowNouns.contains(tokens[k].text) || Self.shippingVerbs.contains(tokens[k].text) || tokens[k].text == "sale"
    }
}
