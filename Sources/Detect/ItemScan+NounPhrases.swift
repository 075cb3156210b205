import Model

// Claims from headline noun phrases ("new sanctions on Chinese firms", "tariff hike").
extension ItemScan {
    static let notifyingWords: WordSet = ["notify", "notifies", "notified", "notifying", "inform", "informs", "informed",
                                              "informing", "brief", "briefs", "briefed"]

    /// "new sanctions", "additional tariffs", "a 100% tariff" (with a threat):
    /// a tightening even without a verb, unless the sentence holds the status quo.
    /// `answeringObjection`: a lede sentence read as a headline is, the answer to China's objection in the headline.
    mutating func impliedClaims(in range: Range<Int>, answeringObjection: Bool = false) -> [Claim] {
        var out: [Claim] = []
        // Only headlines: in a lede, "new controls" is mostly a reference to a move told elsewhere.
        // (Or the lede's answer to China's objection in the headline.)
        if sentenceHas(.hold, range) || range.lowerBound >= titleTokenCount && !answeringObjection { return out }
        for i in range where !consumed[i] {
            var topicIndex: Int?
            var cueText: String?
            var direction = Direction.tightening
            // "warns US against new chip curbs": opposing a measure is not the measure.
            // "rules against Trump's sweeping tariffs": the owner and its article may stand between.
            var a = i - 1
            while a > range.lowerBound, a >= i - 4, ann.actor[a] != nil || Self.determiners.contains(tokens[a].text)
                || ["’s", "'", "’"].contains(tokens[a].text) { a -= 1 }
            let against = a >= range.lowerBound && a < i && tokens[a].text == "against"
            // ("the threat of new tariffs" is no new measure; "informs SMIC suppliers of new licence requirement" is,
            // and "condemns US over report of new tariffs on Chinese EVs" reports one.)
            let ofNew = i > range.lowerBound && tokens[i - 1].text == "of"
                && !(max(range.lowerBound, i - 6)..<(i - 1)).contains(where: { Self.notifyingWords.contains(tokens[$0].text) })
                && !(i - 2 >= range.lowerBound && ["report", "reports", "news"].contains(tokens[i - 2].text))
            // (A lede answering China's objection calls the measure "recent": "the FCC's recent ban on ...".)
            let novel = ann.has(.novelty, at: i) || answeringObjection && tokens[i].text == "recent"
            if novel, !against, !ofNew {
                // "new U.S. nuclear export controls": the first topic that is a measure, with its specific modifier.
                for j in (i + 1)..<min(i + 5, range.upperBound) where ann.topic[j] != nil && !consumed[j] {
                    let span = ann.topic[j]!
                    let measure = (j..<(j + span.length)).contains { !ann.objects[$0].isDisjoint(with: [.measure, .probe]) }
                    if topicIndex == nil { topicIndex = j }
                    if measure { topicIndex = j; break }
                }
                cueText = tokens[i].text
            } else if tokens[i].isNumber, i + 2 < range.upperBound, ann.has(.percentUnit, at: i + 1),
                      let t = ann.topic[i + 2], t.value.candidates[0].topic == .tariffs,
                      range.contains(where: { ann.has(.signal, at: $0) }) {
                topicIndex = i + 2
                cueText = tokens[i].text + "%"
            } else if let t = ann.topic[i], t.value.candidates[0].topic == .tariffs, i + t.length < range.upperBound,
                      let verb = ann.verb[i + t.length], verb.value.alsoNoun,
                      verb.value.verbClass == .increaser || verb.value.verbClass == .reducer,
                      // (Not a verb with an object of its own: "Tariffs pause China's purchases of American soybeans".)
                      !possessedObject(at: i + t.length + verb.length, range) {
                // "tariff hike", "tariff cut": the noun form of the move.
                topicIndex = i
                cueText = verb.text
                direction = verb.value.verbClass == .increaser ? .tightening : .easing
                // "delay on next tariff hike": a scheduled hike put off eases.
                // "2-week tariff increase delay": the delay noun after the hike is the head.
                let end = i + t.length + verb.length
                if direction == .tightening, (max(range.lowerBound, i - 4)..<i).contains(where: { Self.postponingWords.contains(tokens[$0].text) })
                    || end < range.upperBound && Self.postponingWords.contains(tokens[end].text) || passiveDelay(after: end, range) != nil {
                    direction = .easing
                }
            }
            guard let measureAt = topicIndex, let measureSpan = ann.topic[measureAt] else { continue }
            let measureEnd = measureAt + measureSpan.length
            let isMeasure = (measureAt..<measureEnd).contains { !ann.objects[$0].isDisjoint(with: [.measure, .probe]) }
            guard isMeasure else { continue }
            // "China Offers New Tariff Exemptions for US Imports": a term whose head is a relief is new relief, not a
            // new measure: "New Medical Supply Tariff Exclusions" narrow the tariffs they are from.
            // "More China List 1 Tariffs Exclusion Extensions": so is a measure that modifies a relief, the compound's head.
            let headsRelief = ann.objects[measureEnd - 1].contains(.respite)
            let reliefAfter = measureEnd < range.upperBound && !tokens[measureEnd - 1].isBoundary
                && Self.exclusionNouns.contains(tokens[measureEnd].text)
            let reliefHead = headsRelief || reliefAfter
            if reliefHead {
                // (Not a new truce or deadline: only exclusions, exemptions and waivers take goods out of a measure.)
                guard ann.has(.novelty, at: i), reliefAfter || Self.exclusionNouns.contains(tokens[measureEnd - 1].text) else { continue }
                direction = .easing
            }
            // "China trade war begins to thaw as new tariffs halted": the new measure is what the verb after it stops.
            if ann.has(.novelty, at: i), measureEnd < range.upperBound, let v = ann.verb[measureEnd], v.value.participle,
               [.reducer, .easing, .delayer].contains(v.value.verbClass) { continue }
            // "New US tariffs on Chinese goods to expire next week": what is new ends; the end says the way.
            if ann.has(.novelty, at: i), closingLapse(after: measureEnd, range) != nil { continue }
            // "products to be excluded from additional tariffs", "exclusion list for goods levied additional
            // tariffs": the measure is what the respite is from; the respite is the news.
            // ("Closing the Loopholes: Additional Export Controls ...": not across a headline's kicker.)
            let kickerEnd = (range.lowerBound..<i).last(where: { [":", "|"].contains(tokens[$0].text) }).map { $0 + 1 } ?? range.lowerBound
            if !reliefHead, (kickerEnd..<i).contains(where: { ann.objects[$0].contains(.respite)
                || ann.verb[$0].map { Self.exemptingVerbs.contains($0.value.lemma) } ?? false }) {
                continue
            }
            let idx = specificModifier(of: measureAt, from: i + 1) ?? measureAt
            let t = ann.topic[idx]!
            // "New Restrictions On Chinese Airlines": generic curbs on people or transport are no trade move.
            if !t.value.specific, politicalMeasure(in: range) { continue }
            let clause = clauseStart(i, range)
            // "agreed to postpone the implementation of its latest round of rare earth export controls": the new
            // measure is what a verb before it puts off or lifts; that verb says the way, not the noun phrase.
            if (clause..<i).contains(where: { ann.verb[$0].map { [.reducer, .easing, .delayer].contains($0.value.verbClass) } ?? false }) {
                continue
            }
            // "Public Hearings on Proposed Section 301 Tariff List": a hearing on a measure is process.
            if (kickerEnd..<i).contains(where: { ann.has(.consultation, at: $0) })
                || (clause..<i).contains(where: { ann.has(.negation, at: $0) || ann.has(.demand, at: $0)
                || ann.has(.background, at: $0) && !reactionHeadline(range, before: $0) }) { continue }
            // With no verb to anchor on, the clause's first subject acts ("Trump warns China of a tariff hike").
            var actor: Actor?
            // "new US export controls": the actor inside the noun phrase.
            for k in i..<idx where actor == nil { actor = ann.actor[k]?.value }
            // "more China tariffs": where they fall, not who raises them.
            if actor == .china, idx > i, namesWhereTariffsFall(idx - 1, range) { actor = .us }
            // "slams US' planned chip restrictions": the possessor right before the cue owns the measure.
            var p = i - 1
            if p > range.lowerBound, ["'s", "’s", "'", "’"].contains(tokens[p].text) { p -= 1 }
            if actor == nil, p >= range.lowerBound, p < i - 1 || ann.actorEnds[p], ann.actorEnds[p] {
                actor = ann.actor[actorStart(endingAt: p, from: range.lowerBound)]?.value
            }
            // "slams new chip restrictions by the US": the agent right after the measure owns it, not the subject.
            if actor == nil, idx + t.length + 1 < range.upperBound, tokens[idx + t.length].text == "by" {
                var a = idx + t.length + 1
                if tokens[a].text == "the", a + 1 < range.upperBound { a += 1 }
                actor = ann.actor[a]?.value ?? ann.side[a]
            }
            var j = clause
            while j < i, actor == nil {
                if ann.otherEnds[j], !(j > range.lowerBound && ann.has(.preposition, at: j - 1)) { break }
                // "China condemns US over new tariffs on Chinese EVs": who reacts to the measure does not own it.
                if let a = ann.actor[j], !(j > range.lowerBound && ann.has(.preposition, at: j - 1)), !jointModifier(j),
                   !((j + 1)..<i).contains(where: { ann.has(.reaction, at: $0) }) {
                    actor = a.value
                }
                j += 1
            }
            if actor == nil, (clause..<i).contains(where: { ann.otherEnds[$0] }) { continue }
            // "Announces More Russia Restrictions": a third country inside the noun phrase is what it is on.
            if idx > i, (i..<idx).contains(where: { ann.other[$0] }) { continue }
            // "New Export Controls on China Loom", "Additional Export Controls Issued on Chips to China": a
            // measure on or to one side, named soon after it, is the other side's.
            if actor == nil, let k = ((idx + t.length)..<min(idx + t.length + 6, range.upperBound)).first(where: {
                   ann.side[$0] != nil || ann.actor[$0] != nil || tokens[$0].isBoundary }),
               k > range.lowerBound, ["on", "to", "against", "targeting"].contains(tokens[k - 1].text)
                // "New Tariff Exclusions for Chinese Goods": goods of one side that a measure is for.
                || tokens[k - 1].text == "for" && k + 1 < range.upperBound && Self.goodsNouns.contains(tokens[k + 1].text)
                // "Additional Duties on Imports from China", "on Products of China": goods from one side.
                || k - 2 > range.lowerBound && ["from", "of"].contains(tokens[k - 1].text) && Self.goodsNouns.contains(tokens[k - 2].text),
               let target = ann.side[k] ?? ann.actor[k]?.value {
                actor = target.other
            }
            // "New Export Controls on Advanced Computing Items": the owner of the instrument aimed at China they are on.
            if actor == nil, titleActor == nil, chinaAimedInstrument(idx),
               let k = ((idx + t.length)..<min(idx + t.length + 6, range.upperBound)).first(where: { ann.topic[$0]?.value.specific == true }) {
                actor = ann.topic[k]!.value.resolve(for: nil).actor
            }
            if actor == nil { actor = unnamedOwner(of: t.value, anyShared: true) ?? titleActor }
            guard var who = actor else { continue }
            let resolved = t.value.resolve(for: who)
            if let owner = resolved.actor { who = owner }
            // "New U.S. sanctions against Chinese Iranian oil importers": sanctions over oil are no trade position.
            if offTopicSanctions(t.value, text: t.text, actor: who) { continue }
            // "Trump announces 90-day tariff pause, China faces 125% tariff increase": the other side is left out.
            if direction == .easing, exceptsOtherSide(of: who, after: measureEnd, range) { continue }
            // The target must follow the measure: "new sanctions on Chinese firms".
            // ("US turns up heat on China with new tariffs": the target before "with" is the measure's too.)
            let withNew = i > range.lowerBound && tokens[i - 1].text == "with"
                && (max(range.lowerBound, i - 4)..<(i - 1)).contains(where: { c in ann.side[c] == .china
                    // (Not a joint subject: "US and China meet with new tariffs looming".)
                    && !(c > range.lowerBound && (["and", "&", ","].contains(tokens[c - 1].text) || tokens[c - 1].hyphenAfter)) })
            let targetFrom = novel && !withNew ? i : range.lowerBound
            // ... or China react to it before: "Chinese foreign ministry slams US' planned chip restrictions".
            let chinaReacts = (range.lowerBound..<i).contains { ann.has(.reaction, at: $0) }
                && names(.china, in: range.lowerBound..<i)
            // "Additional Export Controls Issued on Advanced Computing ... Items": an instrument aimed at China needs no name.
            // ("US' new chip export curbs seen as tech hegemony": a headline's new US measure, aimed at China in the lede.)
            // (Only when the headline names China nowhere, nor where the measure falls ("Additional Tariff On The
            // United States"), and the new thing is no delay, threat or global measure: "latest tariff delay",
            // "latest US tariff threats", "new 10% global tariff".)
            let chinaInLede = novel && hasChina && range.lowerBound < titleTokenCount
                && !range.contains(where: { ann.side[$0] == .china || ann.actor[$0]?.value == .china })
                && !(measureEnd..<range.upperBound).contains(where: { ann.side[$0] != nil || ann.actor[$0] != nil })
                && !(measureEnd < range.upperBound && (Self.postponingWords.contains(tokens[measureEnd].text)
                    || ["threat", "threats"].contains(tokens[measureEnd].text)))
                && !(i..<measureEnd).contains(where: { tokens[$0].text == "global" })
            if who == .us && !chinaReacts && !chinaInLede && !(targetFrom..<range.upperBound).contains(where: { ann.side[$0] == .china })
                && !chinaAimedInstrument(idx) { continue }
            if who == .china && !hasUS && resolved.topic != .rareEarthExports { continue }
            // "New Export Controls Targeting Japan": aimed at a third country, not the other side.
            let after = (idx + t.length)..<range.upperBound
            if after.contains(where: { ann.other[$0] }), !after.contains(where: { ann.side[$0] == who.other }) { continue }
            var modality = self.modality(at: i, sentence: range, sense: VerbSense(lemma: "", verbClass: .tightening,
                alsoNoun: false, participle: false, impliedTopic: nil, isThreat: false), negated: false, forceAnnounced: false)
            if modality == .action { modality = .announced }
            for k in idx..<(idx + t.length) { consumed[k] = true }
            out.append(Claim(topic: resolved.topic, actor: who, direction: direction, modality: modality,
                             quantities: resolved.topic == .tariffs ? quantities(range) : [],
                             evidence: evidence(range), matched: [cueText ?? "", t.text],
                             inTitle: range.lowerBound < titleTokenCount, implied: true))
        }
        return out
    }

    /// Reliefs that take goods or firms out of a measure: new ones narrow it.
    static let exclusionNouns: WordSet = ["exclusion", "exclusions", "exemption", "exemptions", "waiver", "waivers"]

    /// Tariffs by their plain names (not a probe or a list that may lead to them).
    static let tariffWords: WordSet = ["tariff", "tariffs", "duty", "duties", "levy", "levies", "tariff rate", "tariff rates"]

    /// Nouns for goods that come from a side: "imports from China", "products of China".
    static let goodsNouns: WordSet = ["imports", "goods", "products", "shipments", "exports", "items", "merchandise"]

    /// "10% China Tariffs", "more China tariffs": "China" at `j`, as a noun right before tariffs, is where they
    /// fall, not who raises them, unless what follows names the US as their target ("China tariffs on US soybeans").
    func namesWhereTariffsFall(_ j: Int, _ range: Range<Int>) -> Bool {
        guard tokens[j].text == "china", j + 1 < range.upperBound, let t = ann.topic[j + 1] else { return false }
        return Self.tariffWords.contains(t.text) && !targetNamedAfter(j + 1 + t.length, range)
    }

    /// A target named right after a measure: "on US soybeans", "against American goods".
    func targetNamedAfter(_ k: Int, _ range: Range<Int>) -> Bool {
        guard k + 1 < range.upperBound, ["on", "against", "targeting"].contains(tokens[k].text) else { return false }
        return ((k + 1)..<min(k + 4, range.upperBound)).contains { ann.side[$0] == .us || ann.actor[$0]?.value == .us }
    }

    /// A possessed noun phrase opens at `k`: "China's purchases", "its exports", "the".
    func possessedObject(at k: Int, _ range: Range<Int>) -> Bool {
        guard k < range.upperBound else { return false }
        if ["its", "their", "the"].contains(tokens[k].text) { return true }
        guard let a = ann.actor[k], k + a.length < range.upperBound else { return false }
        return ["'s", "’s"].contains(tokens[k + a.length].text)
    }
}

extension ItemScan {
    static let postponingWords: WordSet = ["delay", "delays", "delayed", "postpones", "postponed", "postponement"]
}
