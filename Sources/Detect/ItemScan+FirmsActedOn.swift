import Model

// China's measures on a named US firm: a ban on its goods, a probe, a merger review of its deal.
// They are China's countermeasures (../shared/eval/README.md: "China's customs or regulators acting
// on a US firm are China's"), whatever US measure the firm's goods are otherwise named in.
extension ItemScan {
    /// "China bans Illumina gene sequencers", "Beijing blacklists PVH": China's measure on a US firm the
    /// lexicon has no topic term for is its countermeasure. The firm is the topic; China must be the subject.
    func usFirmActedOnByChina(_ v: Int, verb: Annotations.VerbSpan, object: VerbObject, clause: Int,
                              _ range: Range<Int>) -> ClaimTopic? {
        // "China halts Meta's Manus takeover": a verb that ends a deal under review is the review's say on it.
        let endsDeal = verb.value.verbClass == .reducer && Self.mergerReviewDirection(verb.value) != nil && mergerUnderReview(object)
        guard [.tightening, .easing].contains(verb.value.verbClass) || endsDeal, !verb.value.isThreat,
              let firm = firmNamed(in: object),
              !Self.nationalities.contains(tokens[firm].text),
              governmentActs(.china, clause..<v, range) else { return nil }
        // An easing undoes a measure on the firm ("lifts ban on Illumina"); approving its product is no move.
        if verb.value.verbClass == .easing, !(object.start..<firm).contains(where: { ann.objects[$0].contains(.measure) }) { return nil }
        return ClaimTopic(index: nil, term: DomainLexicon.usFirmTerm, text: tokens[firm].text)
    }

    /// "US Targets Alibaba and Others Over Alleged Military Support to China": the US's tightening on a named
    /// Chinese firm the lexicon has no topic term for is its export control or listing. Tightening only: what
    /// the US eases for a Chinese firm is mostly its own firms' sales to it, which their own terms name.
    func chineseFirmActedOnByUS(_ v: Int, verb: Annotations.VerbSpan, object: VerbObject, clause: Int,
                                _ range: Range<Int>) -> ClaimTopic? {
        guard verb.value.verbClass == .tightening, !verb.value.isThreat,
              let firm = object.span.first(where: { k in ann.side[k] == .china && ann.actor[k] == nil && !ann.actorEnds[k]
                  && k < object.directEnd && !Self.nationalities.contains(tokens[k].text) }),
              governmentActs(.us, clause..<v, range) else { return nil }
        return ClaimTopic(index: nil, term: DomainLexicon.chineseFirmTerm, text: tokens[firm].text)
    }

    /// The last government named before the verb is `side`, as its subject (not "under the Trump administration").
    func governmentActs(_ side: Actor, _ beforeVerb: Range<Int>, _ range: Range<Int>) -> Bool {
        guard let s = beforeVerb.last(where: { ann.actor[$0] != nil }), ann.actor[s]?.value == side else { return false }
        return !governedByPreposition(s, range)
    }

    /// A US firm in the direct object ("bans Illumina gene sequencers") or after a measure's "on"/"against"
    /// ("lifts ban on Illumina"); not a government's name ("under the Trump administration").
    func firmNamed(in object: VerbObject) -> Int? {
        object.span.first { k in
            // "bars US defense firms": the US named before its firms is a firm too, not the government.
            // ("US rare earth miners": past the topic term the firms work in.)
            let firmsOfUS = ann.actor[k]?.value == .us && ann.actor[k]!.length == 1
                && (k + 1..<min(k + 5, object.end)).contains { j in
                    Self.targetNouns.contains(tokens[j].text) && (k + 1..<j).allSatisfy { ann.inTopic[$0] || ann.topic[$0] != nil || $0 == k + 1 }
                }
            return (ann.side[k] == .us && ann.actor[k] == nil && !ann.actorEnds[k] || firmsOfUS)
                && (k < object.directEnd || k > object.start && ["on", "against"].contains(tokens[k - 1].text)
                    && k - 2 >= object.start && ann.objects[k - 2].contains(.measure))
        }
    }

    static let mergerNouns: WordSet = ["acquisition", "acquisitions", "buyout", "merger", "mergers", "takeover"]

    /// "clears Synopsys's Ansys buyout", "approves Nvidia's acquisition of Mellanox": a deal between firms in the object.
    /// So is a deal named by a US firm joined to another: "nod to Synopsys-Ansys deal".
    /// A probe reaches the deal through its preposition ("probe into Qualcomm's Autotalks deal"): the whole object.
    func mergerUnderReview(_ object: VerbObject) -> Bool {
        let end = object.all.contains(.probe) ? object.end : object.directEnd
        return (object.start..<end).contains { k in
            Self.mergerNouns.contains(tokens[k].text)
                || ["deal", "merger"].contains(tokens[k].text) && k >= object.start + 2 && tokens[k - 2].hyphenAfter
                    && (max(object.start, k - 3)..<k).contains { ann.side[$0] == .us && ann.actor[$0] == nil }
                // "opens probe into Qualcomm's Autotalks deal": a deal a US firm owns is its own ("Cisco's $4.5 billion
                // Acacia deal": its price between).
                || ["deal", "merger"].contains(tokens[k].text) && k > object.start + 1
                    && (max(object.start + 1, k - 6)..<k).contains { tokens[$0].text == "'s" && ann.side[$0 - 1] == .us && ann.actor[$0 - 1] == nil }
        }
    }

    /// A merger cleared eases, one blocked tightens; other verbs on a deal say nothing of the review.
    static func mergerReviewDirection(_ sense: VerbSense) -> Direction? {
        if ["clear", "approve", "greenlight", "green light", "allow", "permit"].contains(sense.lemma) { return .easing }
        if ["block", "reject", "veto", "halt", "probe", "investigate", "scuttle", "torpedo", "derail", "kill"].contains(sense.lemma) {
            return .tightening
        }
        return nil
    }

    /// Chips named as goods (the US's export controls' terms), which China can also keep out.
    static let chipGoods: WordSet = ["ai chips", "advanced chips", "advanced computing chips"]
}
