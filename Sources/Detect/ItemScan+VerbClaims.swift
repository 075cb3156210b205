import Model

// Claims anchored on a direction verb: its object, subject, negation and modality.
extension ItemScan {
    mutating func verbClaim(at v: Int, verb: Annotations.VerbSpan, sentence range: Range<Int>) -> Claim? {
        let sense = verb.value
        let prev = v - 1 >= range.lowerBound ? v - 1 : nil
        if tokens[v + verb.length - 1].hyphenAfter { return nil }  // a compound modifier: "end-use checks"
        if consumed[v] { return nil }  // inside an earlier verb's object: "rescinds letters restricting exports"
        if permissionOfAnotherVerb(v, verb: verb) { return nil }
        if undoesNestedChange(at: v, verb: verb) { return nil }
        if sense.alsoNoun {
            // A verb after a subject, "to" or a modal, or right before its object's determiner ("the order cuts the tariff").
            let next = v + verb.length
            let beforeDeterminer = next < range.upperBound && tokens[next].text != "'s"
                && Self.determiners.contains(tokens[next].text)
            // After a figure it is a noun: "retains 10% levy", "a 25% cut".
            if let p = prev, tokens[p].isNumber || ann.has(.percentUnit, at: p) { return nil }
            guard let p = prev, ann.actorEnds[p] && !actorIsObject(endingAt: p, range) || ann.has(.adverb, at: p) || ann.has(.modal, at: p)
                || ann.has(.infinitive, at: p) || ann.has(.negation, at: p)
                || ann.side[p] != nil && !Self.nationalities.contains(tokens[p].text)
                || beforeDeterminer && !Self.determiners.contains(tokens[p].text)
            else { return nil }
        }
        let form = tokens[v].text
        if let p = prev, sense.participle || form.hasSuffix("ing"), !ann.actorEnds[p],
           ann.objects[p] != 0 || ann.inTopic[p], !headlinePassive(v, verb: verb, range) {
            return nil  // attributive: "tariffs imposed on China", "fees targeting ships"
        }
        if let p = prev, sense.participle || form.hasSuffix("ing"), Self.determiners.contains(tokens[p].text) {
            return nil  // adjectival: "Beijing's delayed approvals", "the expanded list"
        }
        let clause = clauseStart(v, range)
        for k in clause..<v {
            if ann.has(.demand, at: k) { return nil }
            if ann.has(.background, at: k), !reactionHeadline(range, before: k) { return nil }
        }
        for k in max(clause, v - 2)..<v where ann.has(.hold, at: k) { return nil }

        // The object: up to the clause end, the next verb or a background cue.
        let objectStart = v + verb.length
        var end = objectStart
        // Permission verbs govern their infinitive ("allowed to ship jet engines"); others end at a purpose clause.
        let permits = sense.verbClass == .easing
        while end < range.upperBound, end < objectStart + 12,
              !tokens[end].isBoundary || listComma(at: end, objectStart: objectStart, range),
              permits || !purposeClause(at: end), !ann.has(.background, at: end), !newClause(at: end),
              ann.verb[end] == nil || ann.verb[end]!.value.alsoNoun || ann.objects[end] != 0
                || reducedRelative(at: end, objectStart: objectStart) {
            end += 1
        }
        var head: UInt8 = 0
        var headIndex: Int?
        var allObjects: UInt8 = 0
        var firstSpecific: Int?
        var firstGeneric: Int?
        var targetChina = false, targetUS = false, targetOther = false
        var agent: Actor?
        var k = objectStart
        while k < end {
            allObjects |= ann.objects[k]
            if ann.objects[k] != 0 {
                head = ann.objects[k]
                headIndex = k
                if k + 1 < end, ann.has(.preposition, at: k + 1) || tokens[k + 1].isBoundary { break }
            }
            k += 1
        }
        for j in objectStart..<end {
            if let t = ann.topic[j] {
                if t.value.specific { if firstSpecific == nil { firstSpecific = j } } else if firstGeneric == nil { firstGeneric = j }
            }
            if let s = ann.side[j] { if s == .china { targetChina = true } else { targetUS = true } }
            if ann.other[j], !targetChina, !targetUS { targetOther = true }
            if ann.has(.agent, at: j), j + 1 < end, let a = ann.actor[j + 1] { agent = a.value }
        }
        // The topic term that holds the head noun ("pauses new export curbs ... to preserve truce").
        var headTopic: Int?
        if let h = headIndex {
            var j = h
            while j >= objectStart, headTopic == nil {
                if let t = ann.topic[j], j + t.length > h { headTopic = j }
                j -= 1
            }
        }
        var topicIndex = (headTopic.flatMap { ann.topic[$0]!.value.specific ? $0 : nil }) ?? firstSpecific ?? headTopic ?? firstGeneric
        // "exports lifted by truce": after a participle, "by" names the agent, not what moves.
        if sense.participle, objectStart < end, ann.has(.agent, at: objectStart) { topicIndex = nil }
        // Only a verb without an object of its own reads back to a topic before it ("tariffs were cut").
        let intransitive = objectStart >= end || ann.has(.preposition, at: objectStart)
            || sense.verbClass == .breakdown || sense.verbClass == .rise
        let hasOwnObject = !intransitive && ((objectStart..<end).contains {
            ann.actor[$0] != nil || ann.side[$0] != nil || ann.objects[$0] != 0
        } || end - objectStart > 3)
        if topicIndex == nil {
            // Passive or headline order: the topic stands before the verb. A verb with an object
            // of its own takes it only as its subject ("Synopsys restores access"), not across another actor.
            var j = v - 1
            while j >= clause, topicIndex == nil {
                if ann.topic[j] != nil { topicIndex = j }
                j -= 1
            }
            if let t = topicIndex, let compound = specificModifier(of: t, from: clause) { topicIndex = compound }
            if let t = topicIndex, hasOwnObject, !sense.participle,
               ((t + 1)..<v).contains(where: { ann.actor[$0] != nil }) {
                topicIndex = nil
            }
            if let t = topicIndex {
                var before: UInt8 = 0
                for j in clause..<v { before |= ann.objects[j]; if ann.objects[j] != 0 { head = ann.objects[j] } }
                allObjects |= before
                // What eases or rises by itself must be a measure ("tariffs were cut"), not a
                // shortage or a price ("rare earth shortage easing").
                let measureBits = ObjectClass.measure.bit | ObjectClass.list.bit | ObjectClass.probe.bit
                let measureBefore = (clause..<v).contains { ann.objects[$0] & measureBits != 0 }
                // What is allowed or approved is always a flow: "Ethane tankers bound for China allowed to load".
                let permitted = sense.participle && Self.permissions.contains(sense.lemma) && headlinePassive(v, verb: verb, range)
                let talks = ann.topic[t]!.value.candidates[0].topic == .talks
                if !hasOwnObject, !measureBefore, !permitted, !talks,
                   sense.verbClass != .rise, (min(t + ann.topic[t]!.length, v)..<v).contains(where: { tokens[$0].id < 0 }) {
                    topicIndex = nil
                }
                // Flows that "ease" or are "lifted" fall or rise: "rare earth exports to US eased"; flows
                // that "slow" or "halt" by themselves are trade data (a participle is still a passive move).
                let flowVerb = sense.verbClass == .easing
                    || !sense.participle && [.reducer, .increaser].contains(sense.verbClass) && tradeFlowSubject(clause..<v)
                if !hasOwnObject, !measureBefore, !permitted, !talks, flowVerb { topicIndex = nil }
                // "Tensions over chip curbs easing": the topic is in a phrase after the subject's own noun.
                if subjectHeadElsewhere(before: t, from: clause) { topicIndex = nil }
            }
        }
        if topicIndex == nil, let kicker = headlineKicker(before: clause, range),
           let t = kicker.last(where: { ann.topic[$0] != nil }) {
            topicIndex = specificModifier(of: t, from: kicker.lowerBound) ?? t  // "Rare-earth export licences: China introduces ..."
        }
        if topicIndex == nil, ann.topic[v] != nil { topicIndex = v }  // the verb names its topic: "blacklist", "sanction"
        var term: TopicTerm? = topicIndex.flatMap { ann.topic[$0]?.value } ?? sense.impliedTopic
        let settles = sense.verbClass == .settler || sense.verbClass == .starter && sense.lemma != "order"
        if term == nil, settles, allObjects & ObjectClass.deal.bit != 0 {  // "launch the dialogue"
            term = TopicTerm(candidates: [(.talks, nil)], specific: true)
        }
        guard var topicTerm = term else { return nil }
        let termText = topicIndex.flatMap { ann.topic[$0]?.text } ?? verb.text

        // Direction from the verb and what it acts on.
        let termIsMeasure = topicIndex.map { idx in
            (idx..<(idx + (ann.topic[idx]?.length ?? 1))).contains { ann.objects[$0] & (ObjectClass.measure.bit | ObjectClass.list.bit) != 0 }
        } ?? false
        let firstTopic = topicTerm.candidates[0].topic
        var direction: Direction?
        var forceAnnounced = false
        let measure = head & (ObjectClass.measure.bit | ObjectClass.list.bit | ObjectClass.probe.bit) != 0
        let flow = head & ObjectClass.flow.bit != 0
        let respite = head & ObjectClass.respite.bit != 0
        switch sense.verbClass {
        case .easing:
            direction = .easing
        case .tightening:
            if sense.isThreat {
                direction = (allObjects & ObjectClass.measure.bit != 0) ? .tightening : nil
            } else {
                direction = .tightening
            }
        case .reducer:
            if respite || head & ObjectClass.deal.bit != 0 { direction = .tightening }
            else if flow && !measure { direction = .tightening }
            else if measure { direction = .easing }
            else if termIsMeasure || firstTopic == .tariffs { direction = .easing }
            else if firstTopic == .talks { direction = .tightening }
        case .increaser:
            if measure && !flow { direction = .tightening }
            else if flow || respite { direction = .easing }
            else if termIsMeasure || firstTopic == .tariffs { direction = .tightening }
        case .extender:
            if respite || head & ObjectClass.deal.bit != 0 || allObjects & ObjectClass.respite.bit != 0 { direction = .easing }
            else if measure { direction = .tightening }
            else if firstTopic == .talks { direction = .easing }
        case .delayer:
            if firstTopic == .tariffs || head & ObjectClass.measure.bit != 0 && termText.contains("tariff") {
                direction = .tightening
                forceAnnounced = true
            } else if flow || firstTopic == .talks { direction = .tightening }
            else if measure || termIsMeasure { direction = .easing }
        case .starter where Self.receivers.contains(sense.lemma):
            // "receives licences", "secures a waiver": a permission granted; nothing else received is a move.
            let permission = (objectStart..<max(objectStart, end)).contains { Self.permissionNouns.contains(tokens[$0].text) }
                || sense.participle && headlinePassive(v, verb: verb, range)
                    && (clause..<v).contains { Self.permissionNouns.contains(tokens[$0].text) }
            direction = permission ? .easing : nil
        case .starter where objectStart < end && tokens[objectStart].text == "that":
            direction = nil  // "announced that controls would be suspended": the clause has its own verb
        case .starter where ["charge", "collect"].contains(sense.lemma)
            && objectStart < end && (tokens[objectStart].text == "$" || tokens[objectStart].isNumber):
            direction = nil  // "collected $30 billion in duties": revenue, not a new measure
        case .starter:
            // Opening a probe, announcing controls or tariffs: a new measure. Opening talks is not.
            // "announces adjustment of tariffs" names no new measure: the measure must be the object itself.
            let ofBeforeHead = (objectStart..<(headIndex ?? objectStart)).contains { tokens[$0].text == "of" }
            if allObjects & ObjectClass.probe.bit != 0 || (measure && !flow && !respite && !ofBeforeHead) {
                direction = .tightening
            } else if flow, !respite, let h = headIndex, Self.openedFlows.contains(tokens[h].text) {
                direction = .easing  // "introduces general licences", "begins issuing export licences"
            } else if sense.lemma != "order", allObjects & ObjectClass.deal.bit != 0 {
                // "launch an export control dialogue": opening a channel is settling, not a new measure.
                direction = .easing
                topicTerm = channelOrTalks(objectStart, end, range)
            }
        case .adder:
            if allObjects & ObjectClass.list.bit != 0 {
                // "takes Chinese firms off the blacklist", "strikes US firms off the list": a removal.
                direction = offTheList(objectStart..<end) ? .easing : .tightening
            } else if sense.lemma == "hit", withMeasure(objectStart..<end) {
                direction = .tightening  // "hits US chipmakers with anti-dumping probe"; not "tariffs hit exports"
            } else if sense.lemma == "take", (objectStart..<end).contains(where: { ["countermeasures", "retaliation"].contains(tokens[$0].text) }) {
                direction = .tightening  // "to take countermeasures against US port fees"
            }
        case .breakdown:
            if firstTopic == .talks { direction = .tightening }
        case .rise:
            if firstTopic == .tariffs { direction = .tightening }
        case .settler where offTheList(objectStart..<end):
            direction = .easing
        case .settler:
            if allObjects & ObjectClass.deal.bit != 0 {
                direction = .easing
                topicTerm = channelOrTalks(objectStart, end, range)
            }
        }
        guard let firstDirection = direction else { return nil }
        var dir = firstDirection
        let abandoned = abandonedPlan(before: v, clause: clause) || stoppedDoing(v)
        if abandoned {
            dir = dir == .easing ? .tightening : .easing  // "drops plan to add firms to the entity list"
        }
        let undoing = undoneBy[v]
        if undoing != nil {
            dir = dir == .easing ? .tightening : .easing  // "Suspension of Expansion of End-User Controls"
        }

        // The actor: the subject before the verb, a passive agent, the owner of the topic.
        var actor: Actor?
        var actorText: String?
        var j = v - 1
        while j >= range.lowerBound, actor == nil {
            let governed = governedByPreposition(j, range)
            if ann.otherEnds[j], !governed { return nil }  // a third country acts ("EU imposes ...")
            if let a = ann.actor[j], !governed {
                // "Mexico's Congress": an agency of a third country.
                if j >= 2, tokens[j - 1].text == "'s", ann.otherEnds[j - 2] { return nil }
                actor = a.value
                actorText = a.text
            }
            j -= 1
        }
        if actor == nil { actor = agent }
        if actor == nil, headlinePassive(v, verb: verb, range) {
            // "Micron banned from ...": the firm before a headline passive is the target, the other side acts.
            if let patient = (clause..<v).compactMap({ ann.side[$0] }).last,
               !(patient == .us && destination(.china, in: objectStart..<end)) {
                actor = patient == .us ? .china : .us
            }
        }
        if actor == nil, let owner = contextOwner(of: topicTerm) { actor = owner }
        let resolved0 = topicTerm.resolve(for: actor)
        if actor == nil { actor = resolved0.actor }
        if actor == nil {
            // The target names the other side: "tariff exclusions for Chinese goods allowed to expire".
            let before = (clause..<v).compactMap { ann.side[$0] }
            targetChina = targetChina || before.contains(.china)
            targetUS = targetUS || before.contains(.us)
            if targetChina && !targetUS { actor = .us } else if targetUS && !targetChina { actor = .china }
        }
        // Last, whoever the headline, else the lede, names ("Notice of Action: Suspension of ..."; "USTR suspends ...").
        if actor == nil { actor = titleActor ?? itemActor }
        guard var who = actor else { return nil }
        var resolved = topicTerm.resolve(for: who)
        if topicTerm.deferential, let better = specificByActor[who], better != resolved.topic,
           better != .talks, resolved.topic != .tariffs {
            resolved = (better, who)
        }
        if let owner = resolved.actor, owner != who {
            // An explicit subject acting on the other side's instrument is
            // someone else's story ("China grants exemptions for chip exports").
            // Unless the subject acts on a generic measure of its own: "China eases curbs on exports of
            // drone parts", "US imposes anti-dumping duties on Chinese graphite".
            let headGeneric = headTopic.flatMap { ann.topic[$0]!.value.specific ? nil : $0 }
            let ownMeasure = actorText == nil ? nil
                : (headGeneric ?? (resolved.topic != .rareEarthExports ? firstGeneric : nil)).flatMap { ann.topic[$0]?.value }
            if let own = ownMeasure, own.candidates.contains(where: { $0.actor == who }) {
                topicTerm = own
                resolved = own.resolve(for: who)
            } else if actorText != nil, resolved.topic != .rareEarthExports {
                return nil
            } else {
                who = owner
            }
        }
        var topic = resolved.topic
        // A promise to buy (soybeans, Boeing jets) is a concession in the talks, not a countermeasure.
        if sense.lemma == "buy" || sense.lemma == "purchase", dir == .easing { topic = .talks }
        if who == .china, topic == .rareEarthExports, topicTerm.deferential, !hasRareEarthTerm, targetUS {
            topic = .nonTariffCountermeasures  // export controls aimed at named US firms: the export-control list
        }
        if let actorText, ["court", "judge", "judges", "trade court", "supreme court", "federal court", "appeals court",
                           "court of international trade"].contains(actorText), dir == .tightening, measure || topic == .tariffs {
            dir = .easing  // a court blocking tariffs strikes them down
        }
        if who == .us, topicTerm.candidates.count > 1, topicTerm.candidates[0].topic == .nonTariffCountermeasures,
           offTopicItem {
            return nil  // sanctions over Iranian oil or Hong Kong are not trade-policy positions
        }
        if !topicTerm.specific, politicalMeasure(in: range) { return nil }

        // Only US-China positions.
        if topic == .rareEarthExports {
            if !sentenceHas(.domestic, range) || hasExportWord(range) {} else { return nil }
        }
        switch who {
        case .us:
            // The controls the London talks traded (EDA, engines, ethane, nuclear) are China's by context.
            let tradedControl = [.edaSoftware, .jetEngines, .chemicals, .nuclear].contains(topic) && !otherItem
            if !hasChina && !tradedControl && !chinaAimedInstrument(topicIndex) { return nil }
            if targetOther && !targetChina { return nil }
        case .china:
            let globalRegime = topic == .rareEarthExports && hasRareEarthTerm
            if !globalRegime && !hasUS { return nil }
            // Even the global regime aimed at a third country ("licences for Indian firms") is not a US-China move.
            if targetOther && !targetUS { return nil }
            // China inferred from the measure alone, in a story about a third country that never names China.
            if actorText == nil, !namesChina, otherItem { return nil }
        }

        // Negation: a negated easing is no easing; a negated tightening is a de-escalation signal.
        var negated = false
        var negationText: String?
        if (range.lowerBound..<v).contains(where: { ann.has(.denial, at: $0) }) { return nil }
        for k in max(clause, v - 4)..<v where ann.has(.negation, at: k) {
            negated = true
            negationText = ann.cueText[k]
            // Only a commitment not to tighten is a move ("agree not to escalate"); the rest is no claim.
            let committed = (max(clause, k - 3)..<k).contains { ann.has(.commitment, at: $0) }
            if dir == .easing || !committed { return nil }
        }
        if negated { dir = .easing }

        var modality = self.modality(at: v, sentence: range, sense: sense, negated: negated, forceAnnounced: forceAnnounced)
        if abandoned, modality == .signal, !sentenceHas(.source, range) { modality = .action }
        // Purchases made are trade data; purchases promised are a concession.
        if sense.lemma == "buy" || sense.lemma == "purchase", modality == .action { return nil }
        for k in objectStart..<end { consumed[k] = true }
        var matched = [verb.text, termText]
        if let undoing { matched.insert(undoing, at: 0) }
        if let actorText { matched.append(actorText) }
        if let negationText { matched.append(negationText) }
        return Claim(topic: topic, actor: who, direction: dir, modality: modality, negated: negated,
                     quantities: topic == .tariffs ? quantities(range) : [],
                     evidence: evidence(range), matched: matched,
                     inTitle: range.lowerBound < titleTokenCount, implied: false)
    }

    /// "Suspension of Expansion of End-User Controls": a change noun whose
    /// object is another change noun undoes it. The outer noun makes no claim
    /// of its own; the inner one's direction turns around.
    mutating func undoesNestedChange(at v: Int, verb: Annotations.VerbSpan) -> Bool {
        guard verb.value.isChangeNoun, [.reducer, .easing, .delayer].contains(verb.value.verbClass) else { return false }
        let next = v + verb.length
        guard next < tokens.count, tokens[next].sentence == tokens[v].sentence,
              let inner = ann.verb[next], inner.value.isChangeNoun else { return false }
        undoneBy[next] = verb.text
        return true
    }

    /// "to preserve the truce": an infinitive that starts a purpose clause
    /// ends a verb's object ("to" before a figure, a name or a list does not).
    func purposeClause(at i: Int) -> Bool {
        guard tokens[i].text == "to", i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence else { return false }
        // "licences to sell to Huawei": the infinitive completes a permission noun.
        if i > 0, Self.permissionNouns.contains(tokens[i - 1].text) || ["ability", "right", "permission"].contains(tokens[i - 1].text) {
            return false
        }
        let next = i + 1
        if let verb = ann.verb[next], ann.objects[next] == 0 || !verb.value.alsoNoun { return true }
        guard tokens[next].id < 0, !tokens[next].isNumber else { return false }
        // An unknown word after "to" starts a purpose clause unless a list or topic follows at once.
        let after = min(next + 3, tokens.count)
        return !((next + 1)..<after).contains { ann.objects[$0] & ObjectClass.list.bit != 0 }
    }

    /// A headline reacting to a move ("China protests after US adds firms to
    /// entity list", "Chip stocks rally after Washington eases China curbs")
    /// carries the move in its "after" clause.
    func reactionHeadline(_ range: Range<Int>, before k: Int) -> Bool {
        guard range.lowerBound < titleTokenCount, ["after", "following"].contains(tokens[k].text) else { return false }
        // Not "as": "stocks rally as Beijing eases curbs" is a market report (ClaimExtractionTests).
        return (range.lowerBound..<k).contains { ann.has(.reaction, at: $0) || ann.has(.report, at: $0) }
    }

    /// "US-China truce extended to 2026": a headline drops the auxiliary, so
    /// a participle after its noun is the main verb when no other verb follows.
    func headlinePassive(_ v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> Bool {
        guard range.lowerBound < titleTokenCount, verb.value.participle else { return false }
        return !((v + verb.length)..<range.upperBound).contains {
            ann.verb[$0] != nil && ann.objects[$0] == 0 || ann.has(.hold, at: $0) || ann.has(.reaction, at: $0)
        }
    }

    /// "hold off on adding", "stops issuing": a gerund governed by a verb
    /// that stops it.
    func stoppedDoing(_ v: Int) -> Bool {
        guard tokens[v].text.hasSuffix("ing") else { return false }
        var k = v - 1
        while k >= max(0, v - 4) {
            if let verb = ann.verb[k], k + verb.length == v {
                let c = verb.value.verbClass
                return c == .reducer || c == .easing || c == .delayer
            }
            k -= 1
        }
        return false
    }

    /// An abandoning verb before "plan(s) to" / "proposal to" ahead of `v`.
    func abandonedPlan(before v: Int, clause: Int) -> Bool {
        guard v >= 2, tokens[v - 1].text == "to" else { return false }
        let planWords: Set<String> = ["plan", "plans", "proposal", "proposals", "bid", "threat", "move", "push"]
        guard planWords.contains(tokens[v - 2].text) else { return false }
        var k = v - 3
        while k >= max(clause, v - 6) {
            if let verb = ann.verb[k], verb.value.verbClass == .reducer || verb.value.verbClass == .easing
                || verb.value.verbClass == .delayer {
                return true
            }
            k -= 1
        }
        return false
    }

    func hasExportWord(_ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].text.hasPrefix("export") }
    }

    func modality(at v: Int, sentence range: Range<Int>, sense: VerbSense, negated: Bool,
                          forceAnnounced: Bool) -> Modality {
        if sense.isThreat || negated { return .signal }
        if sentenceHas(.source, range) { return .signal }
        for k in range.lowerBound..<v where ann.has(.signal, at: k) { return .signal }
        if forceAnnounced { return .announced }
        if v > range.lowerBound, ann.has(.infinitive, at: v - 1) { return .announced }
        // Passive infinitive in a headline: "tariffs to be cut", "curbs to be lifted".
        if v - 2 >= range.lowerBound, tokens[v - 1].text == "be", ann.has(.infinitive, at: v - 2) { return .announced }
        if sentenceHas(.immediate, range) { return .action }
        for k in range.lowerBound..<v where ann.has(.announced, at: k) { return .announced }
        return .action
    }
}
