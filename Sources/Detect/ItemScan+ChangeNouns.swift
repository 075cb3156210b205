import Model

// Headlines that name a move by its noun: "rare earth export control
// suspension takes effect", "tariff exemption for US chips".
extension ItemScan {
    // Not "easing": after a noun it is mostly a participle ("tensions over curbs easing").
    static let easingNouns: WordSet = ["suspension", "removal", "lifting", "relaxation", "rollback",
                                           "exemption", "exemptions", "waiver", "waivers", "repeal", "reversal",
                                           "reduction", "reductions", "relief", "removals"]
    static let tighteningNouns: WordSet = ["expansion", "tightening", "crackdown"]
    /// Change nouns that make a compound with a noun-verb before them ("blacklist reversal").
    /// Changes to a measure that say neither way: "tariff updates", "rate adjustments".
    static let neutralChangeNouns: WordSet = ["update", "updates", "change", "changes", "adjustment", "adjustments",
                                                  "modification", "modifications", "revision", "revisions",
                                                  "amendment", "amendments"]
    static let compoundChangeNouns: WordSet = ["reversal", "suspension", "removal", "lifting", "rollback", "repeal",
                                                   "relaxation", "expansion", "tightening"]
    /// Words of an easing change that a verb of considering can take ("weigh tariff cuts").
    static let raiseNouns: WordSet = ["hike", "hikes", "increase", "increases"]
    static let easingChangeWords: WordSet = easingNouns.union(["cut", "cuts", "reduction", "reductions", "relief",
                                                                    "easing", "pause", "rollback", "lifting",
                                                                    "delay", "postponement"])

    /// A change noun right after a measure ("export control suspension"):
    /// the measure moves that way. Only in headlines, and not when the status
    /// quo, a negation or a demand comes first.
    mutating func changeNounClaim(in range: Range<Int>) -> Claim? {
        guard range.lowerBound < titleTokenCount, !sentenceHas(.hold, range) else { return nil }
        for c in range where c > range.lowerBound && !consumed[c] {
            let easing = Self.easingNouns.contains(tokens[c].text)
            // "U.S. tariff hike on Chinese goods": a rise of a rate names a tightening of tariffs only.
            let raise = Self.raiseNouns.contains(tokens[c].text)
            guard easing || raise || Self.tighteningNouns.contains(tokens[c].text) else { continue }
            // "tariff exemption rollback": the last change noun is the head; the one before it is what it undoes.
            if c + 1 < range.upperBound, Self.compoundChangeNouns.contains(tokens[c + 1].text) { continue }
            // "US chip waiver rollback": an easing noun after a respite undoes the respite; the measure is the
            // term before it.
            let undoneRespite = easing && c - 2 >= range.lowerBound && ann.topic[c - 1] == nil && !ann.inTopic[c - 1]
                && ann.objects[c - 1].contains(.respite) && !ann.objects[c - 1].contains(.deal)
            let end = undoneRespite ? c - 1 : c
            // The measure the noun follows, as one compound: "rare earth export control suspension".
            var s = end - 1
            while s > range.lowerBound, ann.topic[s] == nil, ann.inTopic[s] { s -= 1 }
            guard let span = ann.topic[s], s + span.length == end,
                  undoneRespite || (s..<end).contains(where: { !ann.objects[$0].isDisjoint(with: [.measure, .list]) }) else { continue }
            let clause = clauseStart(s, range)
            // "on edge over US chip waiver rollback": what the subject frets over, owned by a side, is news.
            let frettedOver = s - 2 >= clause && ann.actor[s - 1] != nil && ann.actorEnds[s - 1] && tokens[s - 2].text == "over"
            if subjectHeadElsewhere(before: s, from: clause), !frettedOver { continue }
            if (clause..<c).contains(where: { ann.has(.negation, at: $0) || ann.has(.demand, at: $0) || ann.has(.background, at: $0) }) {
                continue
            }
            let topicAt = specificModifier(of: s, from: clause) ?? s
            let term = ann.topic[topicAt]!.value
            // Only a bare noun phrase or one a reaction names ("opposes U.S. tariff hike"); a verb before it
            // acts on the hike ("delays tariff hike") and says the way itself.
            if raise, term.candidates[0].topic != .tariffs || (clause..<s).contains(where: { ann.verb[$0] != nil }) { continue }
            var actor: Actor?
            // "China opposes U.S. tariff hike", "Samsung, SK hynix on edge over US chip waiver rollback": the
            // side named right before the measure owns it, whoever the clause's subject is.
            let owner = s - 1 > clause && tokens[s - 1].text == "'s" ? s - 2 : s - 1
            let owned = owner >= clause && ann.actorEnds[owner] && ann.actor[owner] != nil
            for j in clause..<s where actor == nil && !owned {
                if ann.otherEnds[j], !governedByPreposition(j, range) { return nil }
                if let a = ann.actor[j], !governedByPreposition(j, range) { actor = a.value }
            }
            if owned, !raise { actor = ann.actor[owner]?.value }
            if raise, owner >= clause, ann.actorEnds[owner] || ann.side[owner] != nil {
                var a = owner
                while a > clause, ann.actor[a] == nil, ann.side[a] == nil { a -= 1 }
                actor = ann.actor[a]?.value ?? ann.side[a]
            }
            // "Tariff Reduction on China-Origin Goods": the side it is aimed at names the other as actor.
            var aimedBy: Actor?
            if let t = ((c + 1)..<range.upperBound).first(where: { ann.side[$0] != nil }) { aimedBy = ann.side[t]?.other }
            guard var who = actor ?? contextOwner(of: term) ?? term.resolve(for: nil).actor ?? titleActor ?? aimedBy
                ?? instrumentOwner(inSentenceOf: s) else { continue }
            let resolved = term.resolve(for: who)
            if let owner = resolved.actor { who = owner }
            // "Section 301 Tariff Increases Officially Delayed": an instrument aimed at China needs no "China".
            if who == .us && !hasChina && !chinaAimedInstrument(topicAt) { continue }
            if who == .china && !hasUS && resolved.topic != .rareEarthExports { continue }
            // "China's low-value package tariff exemption ends": the change itself comes to an end, the other way.
            // "Tariff hike on Chinese goods postponed": put off, the same.
            let lapse = closingLapse(after: c + 1, range) ?? passiveDelay(after: c + 1, range)
            let eases = (easing && !undoneRespite) != (lapse != nil)
            let sense = VerbSense(lemma: tokens[c].text, verbClass: eases ? .easing : .tightening, alsoNoun: false,
                                  participle: false, impliedTopic: nil, isThreat: false)
            let modality = self.modality(at: c, sentence: range, sense: sense, negated: false, forceAnnounced: false)
            for k in s..<(c + 1) { consumed[k] = true }
            return Claim(topic: resolved.topic, actor: who, direction: eases ? .easing : .tightening, modality: modality,
                         quantities: resolved.topic == .tariffs ? quantities(range) : [], evidence: evidence(range),
                         matched: [tokens[c].text] + (undoneRespite ? [tokens[c - 1].text] : []) + [ann.topic[topicAt]!.text]
                             + (lapse.map { [$0] } ?? []),
                         inTitle: true, implied: true)
        }
        return nil
    }

    /// "Notice of Product Exclusions: China's Acts, Policies, and Practices ...",
    /// "Notice of Product Exclusion Extensions: ...": an official title that
    /// grants or extends a respite eases the measure its topic names.
    /// ("301 Tariffs: Notice of Additional Product Exclusions": after a kicker too.)
    mutating func noticeOfRespiteClaim(in range: Range<Int>) -> Claim? {
        guard range.lowerBound < titleTokenCount, range.count > 3, let start = noticeStart(range),
              start + 3 < range.upperBound, tokens[start].text == "notice", tokens[start + 1].text == "of" else { return nil }
        let head = (start + 2)..<min(range.upperBound, start + 6)
        guard let r = head.first(where: { ann.objects[$0].contains(.respite) }), !consumed[r],
              !head.contains(where: { tokens[$0].isBoundary && $0 < r }) else { return nil }
        guard let t = range.first(where: { ann.topic[$0] != nil }), let span = ann.topic[t] else { return nil }
        let ending = ["expiration", "expiry", "termination", "lapse"].contains { word in head.contains { tokens[$0].text == word } }
        guard var who = contextOwner(of: span.value) ?? span.value.resolve(for: nil).actor ?? titleActor ?? itemActor else { return nil }
        let resolved = span.value.resolve(for: who)
        if let owner = resolved.actor { who = owner }
        if who == .us && !hasChina && !chinaAimedInstrument(t) { return nil }
        consumed[r] = true
        return Claim(topic: resolved.topic, actor: who, direction: ending ? .tightening : .easing, modality: .action,
                     evidence: evidence(range), matched: [tokens[r].text, span.text], inTitle: true, implied: true)
    }

    /// Where a title's "Notice of" may start: its first word, or the first after a kicker of a few words and a colon.
    private func noticeStart(_ range: Range<Int>) -> Int? {
        if tokens[range.lowerBound].text == "notice" { return range.lowerBound }
        return (range.lowerBound..<min(range.lowerBound + 5, range.upperBound)).first { tokens[$0].text == ":" }.map { $0 + 1 }
    }

    /// "changing it from a presumption of denial to a case-by-case review":
    /// a licence review policy that moves toward approval eases, toward
    /// denial tightens (BIS rules and their abstracts say it this way).
    mutating func reviewPolicyClaim(in range: Range<Int>) -> Claim? {
        func find(_ words: [String]) -> Int? {
            range.first { i in
                i + words.count <= range.upperBound && words.indices.allSatisfy { tokens[i + $0].text == words[$0] }
            }
        }
        guard let denial = find(["presumption", "of", "denial"]), let caseByCase = find(["case", "by", "case"]),
              let from = find(["from"]), from < min(denial, caseByCase) else { return nil }
        let easing = denial < caseByCase
        // The policy's goods may have been read already as the object of "revising its license policy for
        // exports of ..." (a modifier that says neither way), or named only in the headline ("The policy
        // changes from a presumption of denial ..."): the shift of presumption is what says the way.
        guard let t = range.first(where: { ann.topic[$0] != nil }) ?? (0..<titleTokenCount).first(where: { ann.topic[$0] != nil }),
              let span = ann.topic[t] else { return nil }
        let who = span.value.resolve(for: .us)
        guard who.actor == nil || who.actor == .us, hasChina || chinaAimedInstrument(t) else { return nil }
        return Claim(topic: who.topic, actor: .us, direction: easing ? .easing : .tightening,
                     modality: self.modality(at: from, sentence: range, sense: VerbSense(lemma: "revise", verbClass: .modifier,
                        alsoNoun: false, participle: false, impliedTopic: nil, isThreat: false), negated: false, forceAnnounced: false),
                     evidence: evidence(range), matched: ["presumption of denial", "case by case", span.text],
                     inTitle: range.lowerBound < titleTokenCount, implied: true)
    }
}
