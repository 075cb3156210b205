import Model

// "Mexico's Senate Approves Tariffs Up to 50% on ... Imports from China", "Japan Imposes Additional Export
// Controls on Semiconductor Manufacturing Equipment": a headline whose subject is a third country reports
// that country's move (../shared/eval/README.md: another pair is irrelevant). A lede sentence that names
// neither government tells more of that move ("These tariffs will take effect on 1 January"), not one of
// the US's or China's.
extension ItemScan {
    var thirdCountryHeadline: Bool {
        guard let first = (0..<titleTokenCount).first(where: { ann.other[$0] || ann.actor[$0] != nil || ann.side[$0] != nil }),
              ann.other[first], !(0..<first).contains(where: { ann.verb[$0] != nil }),
              !governedByPreposition(first, 0..<titleTokenCount) else { return false }
        // "Mexico's Senate": a third country's own body is no government of the two; "imports from China" is a target.
        return !(0..<titleTokenCount).contains { j in
            ann.actor[j] != nil && !governedByPreposition(j, 0..<titleTokenCount) && !(j >= 1 && ann.otherEnds[j - 1])
                && !(j >= 2 && ["'s", "’s"].contains(tokens[j - 1].text) && ann.otherEnds[j - 2])
        }
    }

    /// "China slams Mexico's 50% tariff on cars as move made under US pressure": a reaction to a third
    /// country's own measure. The countermeasures the lede then threatens answer that country, not the other
    /// side of the pair: the reacting side's lede claims are dropped.
    var reactingSideToThirdCountry: Actor? {
        guard let (r, reacting) = reaction(in: 0..<titleTokenCount), r + 2 < titleTokenCount else { return nil }
        // The owner right after the cue: "slams Mexico's", "condemns EU", "hits back at Canada's".
        var k = r + 1
        while k < min(r + 3, titleTokenCount), ["at", "the", "to", "against", "on"].contains(tokens[k].text) { k += 1 }
        guard k < titleTokenCount, ann.other[k] else { return nil }
        // "slams EU and US tariffs": the other side's measure in the same phrase is reacted to as well.
        let phraseEnd = ((k + 1)..<titleTokenCount).first(where: { tokens[$0].isBoundary }) ?? titleTokenCount
        if ((k + 1)..<phraseEnd).contains(where: { (ann.actor[$0]?.value ?? ann.side[$0]) == reacting.other
            && !governedByPreposition($0, 0..<titleTokenCount) }) { return nil }
        return reacting
    }

    /// "Congress approves new tariffs on goods from China" over "Mexico’s lower house of Congress approved ...":
    /// the headline's body, named bare, is the one the lede gives a third country. The actor the headline
    /// would have had instead.
    static let bareBodies: WordSet = ["congress", "parliament", "senate", "lawmakers", "legislature", "legislators", "government",
                                          "cabinet"]

    var headlineBodyOfThirdCountry: Actor? {
        guard let t = (0..<titleTokenCount).first(where: { ann.actor[$0] != nil || ann.other[$0] || ann.side[$0] != nil }),
              Self.bareBodies.contains(tokens[t].text), let actor = ann.actor[t]?.value,
              let lede = sentences.first(where: { $0.lowerBound >= titleTokenCount }),
              let j = lede.first(where: { tokens[$0].text == tokens[t].text }) else { return nil }
        return (max(lede.lowerBound, j - 6)..<j).contains { ann.otherEnds[$0] } ? actor : nil
    }

    /// A lede sentence with no government of the two in it.
    func namesNeitherGovernment(_ range: Range<Int>) -> Bool {
        !range.contains { ann.actor[$0] != nil }
    }
}
