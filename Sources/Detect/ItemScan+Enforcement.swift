import Model

// "Synopsys Probed for Allegedly Supplying Chip Design Software to Chinese Companies", "Synopsys is being
// investigated by the US government over concerns the biz may have flouted restrictions": a probe of a firm
// for breaking export controls enforces controls in force; it tightens nothing (../shared/eval/README.md:
// "curbs stay"; labelled so, as the charges over smuggled chips and a guilty plea for illegal exports are).
// China's probes of American firms are its countermeasures and keep their reading: a sentence that names
// China's government is left alone.
extension ItemScan {
    static let enforcementWords: WordSet = ["probed", "investigated", "investigating", "charged", "charges", "indicted",
                                            "fined", "penalized", "penalised", "prosecuted", "sued"]
    static let allegationWords: WordSet = ["allegedly", "alleged", "potential", "possible", "suspected", "illegally",
                                           "illegal", "unlawful", "unlawfully", "concerns"]
    static let breachWords: WordSet = ["supplying", "selling", "exporting", "shipping", "smuggling", "deals", "sales",
                                       "exports", "shipments", "flouted", "flouting", "violated", "violating", "violation",
                                       "violations", "evading", "evaded", "breaching", "breached", "diverting"]

    func enforcementOfControlsSentence(_ range: Range<Int>) -> Bool {
        guard let p = range.first(where: { Self.enforcementWords.contains(tokens[$0].text) }),
              !range.contains(where: { ann.actor[$0]?.value == .china }) else { return false }
        // The reason right after: "for allegedly supplying", "over concerns the biz may have flouted restrictions".
        let reason = (p + 1)..<min(p + 12, range.upperBound)
        guard let a = reason.first(where: { Self.allegationWords.contains(tokens[$0].text) }),
              ((a + 1)..<min(a + 8, range.upperBound)).contains(where: { Self.breachWords.contains(tokens[$0].text) })
                || Self.breachWords.contains(tokens[a].text) else { return false }
        // Whoever is probed is no Chinese firm named before the verb ("Chinese firm probed over ...").
        return !(range.lowerBound..<p).contains { ann.side[$0] == .china }
    }
}
