import Model

// "implements the lowering of fentanyl tariffs on Chinese goods from 20% to
// 10%": a tariff rate that goes from one figure to another says its own
// direction, whatever verb (or none) carries it.
extension ItemScan {
    /// A claim on tariffs from a "from X% to Y%" pair in a sentence that names
    /// tariffs; lower eases, higher tightens. Not under the status quo, a
    /// negation, a demand or a condition, and only where the side that levies
    /// the rate can be told.
    static let spreadWords: WordSet = ["range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"]

    func rateChangeClaim(in range: Range<Int>) -> Claim? {
        guard let change = quantities(range).first, let before = change.before, let after = change.after,
              before != after else { return nil }
        guard let t = range.first(where: { ann.topic[$0]?.value.candidates.first?.topic == .tariffs }) else { return nil }
        // "duties ... will range from 107.1 per cent to 212.1 per cent": a spread of rates, not a change of one.
        if range.contains(where: { k in tokens[k].text == "from" && k > range.lowerBound && Self.spreadWords.contains(tokens[k - 1].text) }) {
            return nil
        }
        if range.contains(where: { ann.has(.hold, at: $0) || ann.has(.negation, at: $0) || ann.has(.demand, at: $0)
            || ann.has(.denial, at: $0) }) {
            return nil
        }
        // "After the talks, ..." governs the rate; "entered on or after 12:01 am" after it does not.
        if (range.lowerBound..<t).contains(where: { ann.has(.background, at: $0) }) { return nil }
        // Who levies it: the side the rate is aimed at names the other; else the sentence's or headline's actor.
        var who: Actor?
        if let s = (t..<range.upperBound).first(where: { ann.side[$0] != nil }) {
            // "an advisory to Mexico regarding its intention to increase tariffs on ... Chinese automobiles":
            // a third country named before the rate with no US or Chinese actor is the one that levies it.
            if (range.lowerBound..<t).contains(where: { ann.other[$0] }),
               !(range.lowerBound..<t).contains(where: { ann.actor[$0]?.value == .us }) { return nil }
            who = ann.side[s]?.other
        }
        if who == nil, let a = range.first(where: { ann.actor[$0] != nil }) { who = ann.actor[a]?.value }
        if who == nil { who = titleActor }
        guard let actor = who, actor == .us ? hasChina : hasUS else { return nil }
        let direction: Direction = after < before ? .easing : .tightening
        let sense = VerbSense(lemma: "", verbClass: direction == .easing ? .reducer : .increaser, alsoNoun: false,
                              participle: false, impliedTopic: nil, isThreat: false)
        return Claim(topic: .tariffs, actor: actor, direction: direction,
                     modality: modality(at: t, sentence: range, sense: sense, negated: false, forceAnnounced: false),
                     quantities: [change], evidence: evidence(range), matched: [ann.topic[t]!.text, "from \(before)% to \(after)%"],
                     inTitle: range.lowerBound < titleTokenCount, implied: true)
    }
}

// "Trump Demands China Hand Over Magnets or Face 200% Tariffs": an ultimatum
// threatens the measure in its "or face" clause, from whoever sets it.
extension ItemScan {
    func ultimatumClaim(in range: Range<Int>) -> Claim? {
        guard let o = range.first(where: { $0 + 1 < range.upperBound && tokens[$0].text == "or"
            && ["face", "faces"].contains(tokens[$0 + 1].text) }) else { return nil }
        let after = (o + 2)..<min(range.upperBound, o + 7)
        guard let t = after.first(where: { ann.topic[$0] != nil }), let span = ann.topic[t],
              (t..<(t + span.length)).contains(where: { ann.objects[$0].contains(.measure) }) else { return nil }
        // The one who sets the ultimatum opens the sentence; the one who must comply follows.
        guard let a = (range.lowerBound..<o).first(where: { ann.actor[$0] != nil }), let who = ann.actor[a]?.value else { return nil }
        let resolved = span.value.resolve(for: who)
        guard resolved.actor == nil || resolved.actor == who, who == .us ? hasChina : hasUS else { return nil }
        return Claim(topic: resolved.topic, actor: who, direction: .tightening, modality: .signal,
                     quantities: resolved.topic == .tariffs ? quantities(range) : [], evidence: evidence(range),
                     matched: ["or face", span.text], inTitle: range.lowerBound < titleTokenCount, implied: true)
    }
}
