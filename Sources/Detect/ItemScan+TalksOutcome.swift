import Model

// "Modifying Reciprocal Tariff Rates to Reflect Discussions with the People's
// Republic of China", "adjusts the additional tariffs ..., implementing the
// outcomes of China-U.S. economic and trade consultations": adjusting a
// measure says neither way by itself, but adjusting it to carry out what the
// two sides' talks agreed eases it. Federal Register titles, CBP messages and
// Tariff Commission announcements say it this way.
extension ItemScan {
    static let reflectVerbs: WordSet = ["reflect", "reflects", "reflecting", "align", "aligns", "aligning"]
    static let talksNouns: WordSet = ["discussions", "talks", "negotiations", "consultations"]
    static let carryOutVerbs: WordSet = ["implement", "implements", "implementing", "implemented", "implementation"]
    static let outcomeNouns: WordSet = ["consensus", "outcome", "outcomes", "results", "commitments", "arrangement",
                                            "agreement", "deal", "framework"]

    /// The sentence says the change carries out, or reflects, what the talks
    /// between the two sides agreed, and no negation or demand stands
    /// before that phrase ("urges the US to implement the consensus").
    func carriesOutTalks(_ range: Range<Int>) -> Bool {
        for i in range {
            let t = tokens[i].text
            var found = false
            if Self.reflectVerbs.contains(t) {
                // "to Reflect (Ongoing) Discussions with ..."
                found = ((i + 1)..<min(i + 4, range.upperBound)).contains { Self.talksNouns.contains(tokens[$0].text) }
            } else if Self.carryOutVerbs.contains(t) {
                // "implementing the (important) consensus", "implementing the outcomes of ... consultations"
                found = ((i + 1)..<min(i + 5, range.upperBound)).contains { Self.outcomeNouns.contains(tokens[$0].text) }
            } else if ["consistent", "line"].contains(t), i + 1 < range.upperBound, tokens[i + 1].text == "with" {
                // "Consistent With the Economic and Trade Arrangement", "in line with the consensus"
                found = ((i + 2)..<min(i + 8, range.upperBound)).contains { Self.outcomeNouns.contains(tokens[$0].text) }
            }
            if found {
                let clause = clauseStart(i, range)
                return !(clause..<i).contains { ann.has(.negation, at: $0) || ann.has(.demand, at: $0) }
            }
        }
        return false
    }

    /// The side named right after "discussions with" / "talks with": the partner of the talks.
    func talksPartner(after v: Int, _ range: Range<Int>) -> Actor? {
        for k in v..<range.upperBound where tokens[k].text == "with" && k > range.lowerBound
            && Self.talksNouns.contains(tokens[k - 1].text) {
            // Over "the People's Republic of": a name is marked on its last word.
            for j in (k + 1)..<min(k + 8, range.upperBound) {
                if let side = ann.side[j] { return side }
                if let a = ann.actor[j] { return a.value }
            }
        }
        return nil
    }

    static let meetingWords: WordSet = ["talks", "meet", "meets", "meeting", "meetings", "summit", "visit", "visits",
                                            "negotiations", "consultations", "dialogue", "call", "round"]
    static let commitmentWords: WordSet = ["agree", "agrees", "agreed", "decide", "decides", "decided", "will",
                                               "announce", "announces", "announced", "pledge", "pledges", "pledged"]

    /// The verb is the infinitive of purpose of a meeting the clause holds ("talks ... to ease tensions"),
    /// with nothing agreed or decided in between: what the talks are for, not what they did.
    func purposeOfTalks(_ v: Int, clause: Int) -> Bool {
        guard v - 1 > clause, tokens[v - 1].text == "to" else { return false }
        guard let m = (clause..<(v - 1)).last(where: { Self.meetingWords.contains(tokens[$0].text) }) else { return false }
        return !(clause..<(v - 1)).contains { Self.commitmentWords.contains(tokens[$0].text) || ann.has(.commitment, at: $0) }
            && !((m + 1)..<(v - 1)).contains { ann.verb[$0] != nil }
    }
}
