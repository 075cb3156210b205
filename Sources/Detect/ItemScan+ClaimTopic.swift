import Model

// Step 3 of a verb claim (ItemScan+VerbClaims.swift): the topic it moves.
extension ItemScan {
    /// The topic the verb moves: in its object, else (passive or headline
    /// order) before it, else a headline's kicker, else the verb itself.
    /// The classes of nouns before the verb join the object's when the topic
    /// stands there ("tariffs were cut").
    func claimTopic(_ v: Int, verb: Annotations.VerbSpan, object: inout VerbObject, clause: Int,
                    _ range: Range<Int>) -> ClaimTopic? {
        let sense = verb.value
        var topicIndex = (object.headTopic.flatMap { ann.topic[$0]!.value.specific ? $0 : nil })
            ?? object.firstSpecific ?? object.headTopic ?? object.firstGeneric
        // "greenlights Nvidia H200 chip sales to China with 25% levy": what comes "with" the move, past its direct
        // object, is its condition; the direct object's own term is what moves.
        if let t = topicIndex, object.directEnd < t, (object.directEnd..<t).contains(where: { tokens[$0].text == "with" }),
           let own = (object.headTopic ?? object.firstGeneric).flatMap({ $0 < object.directEnd ? $0 : nil }) {
            topicIndex = own
        }
        // "added seven Chinese entities, mostly related to aerospace, to its export control list": what firms are
        // added to is the topic, not what they make.
        if sense.verbClass == .adder, let l = addedToList(after: object.start, range, on: Self.puttingVerbs.contains(sense.lemma)), l < object.end,
           (object.start..<l).contains(where: { Self.firmNouns.contains(tokens[$0].text) }) {
            topicIndex = l
        }
        // "China retaliates against US chip curbs with Micron ban": what it retaliates against is the other
        // side's measure; what it retaliates with is its own.
        if sense.lemma == "retaliate", object.start < object.end, tokens[object.start].text == "against",
           let w = (object.start..<range.upperBound).first(where: { tokens[$0].text == "with" }) {
            guard let t = ((w + 1)..<min(w + 8, range.upperBound)).first(where: { ann.topic[$0] != nil }) else { return nil }
            topicIndex = t
        }
        // "exports lifted by truce": after a participle, "by" names the agent, not what moves.
        if sense.participle, object.start < object.end, ann.has(.agent, at: object.start) { topicIndex = nil }
        // "Chip design software curbs on China to be lifted under London deal": a passive's subject is what
        // moves; the phrase after it tells under what.
        if sense.participle, object.start < object.end, v - 1 >= clause, Self.beForms.contains(tokens[v - 1].text),
           ["under", "after", "as", "following", "amid", "in", "with"].contains(tokens[object.start].text),
           let subject = topicBeforeVerb(v, verb: verb, object: &object, clause: clause, range) {
            topicIndex = subject
        }
        // "US tariffs on China slashed to 30% under Geneva deal": a headline's passive changed to a figure moves
        // its subject, whatever the phrase after the figure names.
        if sense.participle, object.start + 1 < object.end, ["to", "by"].contains(tokens[object.start].text),
           tokens[object.start + 1].isNumber, headlinePassive(v, verb: verb, range),
           let subject = topicBeforeVerb(v, verb: verb, object: &object, clause: clause, range) {
            topicIndex = subject
        }
        // "US drone makers sanctioned by China": with its agent named, a verb that names its measure moves
        // that measure; the nouns before it are its target.
        if topicIndex == nil, sense.participle, object.agent != nil, object.start < object.end, tokens[object.start].text == "by",
           let implied = sense.impliedTopic {
            return ClaimTopic(index: nil, term: implied, text: verb.text)
        }
        // "China blacklists US drone companies": a verb that names its measure, acting on firms; the
        // firms' trade is its target, not its topic.
        // (But "FCC Probes ... Chinese Companies on 'Covered List'": firms named by the list they are on are
        // that list's.)
        if let implied = sense.impliedTopic, let h = object.headIndex ?? (object.span.last { Self.firmNouns.contains(tokens[$0].text) }),
           Self.firmNouns.contains(tokens[h].text) {
            var n = h + 1
            if n < range.upperBound, tokens[n].text == "on" {
                n += 1
                while n < range.upperBound, Self.determiners.contains(tokens[n].text) || ["'", "\u{2018}", "\"", "\u{201C}"].contains(tokens[n].text) { n += 1 }
            }
            if n > h + 1, n < range.upperBound, let span = ann.topic[n], ann.objects[n + span.length - 1].contains(.list) {
                return ClaimTopic(index: n, term: span.value, text: span.text)
            }
            return ClaimTopic(index: nil, term: implied, text: verb.text)
        }
        if topicIndex == nil {
            topicIndex = topicBeforeVerb(v, verb: verb, object: &object, clause: clause, range)
        }
        if topicIndex == nil, let kicker = headlineKicker(before: clause, range),
           let t = kicker.last(where: { ann.topic[$0] != nil }) {
            topicIndex = specificModifier(of: t, from: kicker.lowerBound) ?? t  // "Rare-earth export licences: China introduces ..."
        }
        if topicIndex == nil, ann.topic[v] != nil { topicIndex = v }  // the verb names its topic: "blacklist", "sanction"
        // "USTR notice to grant additional exclusions on products from China": the trade representative's
        // exclusions and exemptions are from its tariffs.
        if topicIndex == nil, object.span.contains(where: { Self.tariffReliefNouns.contains(tokens[$0].text) }),
           (range.lowerBound..<v).contains(where: { Self.tariffAgencyWords.contains(tokens[$0].text) }) {
            return ClaimTopic(index: nil, term: TopicTerm(candidates: [(.tariffs, .us)], specific: true), text: verb.text)
        }
        // "Trump Signs Order Closing Exemptions to Low-Cost Imports From China": exemptions for the other side's
        // imports are from tariffs, the importing side's.
        if topicIndex == nil, let r = object.span.first(where: { Self.tariffReliefNouns.contains(tokens[$0].text) }),
           ((r + 1)..<min(r + 8, object.end)).contains(where: { ["imports", "goods", "products", "parcels", "shipments"].contains(tokens[$0].text) }) {
            let goodsOf = ((r + 1)..<min(r + 10, range.upperBound)).lazy.compactMap { self.ann.side[$0] }.first
            if let goodsOf {
                return ClaimTopic(index: nil, term: TopicTerm(candidates: [(.tariffs, goodsOf.other)], specific: true), text: tokens[r].text)
            }
        }
        // "China warns it will retaliate if Trump imposes additional tariffs": a bare retaliation answers, in
        // kind, the measure its condition names.
        if topicIndex == nil, sense.lemma == "retaliate", object.start >= object.end,
           let c = ((v + verb.length)..<min(v + verb.length + 2, range.upperBound)).first(where: { ["if", "should"].contains(tokens[$0].text) }) {
            topicIndex = ((c + 1)..<min(c + 10, range.upperBound)).first {
                ann.topic[$0] != nil && ann.topic[$0]!.value.specific && ann.objects[$0].contains(.measure)
            }
        }
        if topicIndex == nil, sense.verbClass == .adder, sense.isChangeNoun, range.lowerBound < titleTokenCount {
            // "Additions of Entities, ... From the Entity List": the list closes the title.
            topicIndex = (object.end..<range.upperBound).first { ann.topic[$0] != nil && ann.objects[$0].contains(.list) }
        }
        if let t = topicIndex, let goods = exportDutyGoods(at: t, range) { topicIndex = goods }
        // "approving the terms of the Settlement Agreement ... between BIS and ZTE": a firm's settlement or plea
        // deal with an agency is an enforcement case, not talks between the governments.
        if let t = topicIndex, t > 0, ["settlement", "plea"].contains(tokens[t - 1].text), ann.objects[t].contains(.deal) { return nil }
        // "China announces duties on imported phenol in dumping case": plain duties in a sentence of a dumping
        // or subsidy case are trade-remedy duties (China's countermeasure, the US's tariffs).
        // ("China to levy punitive duties on polysilicon imports from US" over "... exporters dumped their
        // products on the Chinese market": a duty's case may be named anywhere in the item; tariffs keep the sentence's.)
        if let t = topicIndex, let span = ann.topic[t], Self.tariffWords.contains(span.text),
           (span.text == "duties" ? tokens.indices : range).contains(where: { Self.tradeRemedyWords.contains(tokens[$0].text) }) {
            return ClaimTopic(index: t, term: DomainLexicon.probeTerm, text: span.text)
        }
        if let t = topicIndex, let span = ann.topic[t] { return ClaimTopic(index: t, term: span.value, text: span.text) }
        // "US restricts exports of gene sequencers to China": the US cutting its own exports to China, whatever
        // goods they are, is an export control of its wider technology controls.
        if topicIndex == nil, [.tightening, .reducer].contains(sense.verbClass), object.targetChina, !object.targetOther,
           let e = (object.start..<min(object.start + 3, object.directEnd)).first(where: { ["exports", "export"].contains(tokens[$0].text) }),
           ann.objects[e].contains(.flow), names(.us, in: clause..<v), !names(.china, in: clause..<v) {
            return ClaimTopic(index: nil, term: TopicTerm(candidates: [(.techControls, .us)], specific: true), text: tokens[e].text)
        }
        // "US limits Chinese clothing imports", "U.S. imposes quotas on Chinese textiles": the US cutting or capping
        // the goods China sells it, whatever they are, is a barrier at its border, read with its tariffs (the labels
        // put the textile quotas of 2005 there). China's side names its goods' topic by their terms.
        if topicIndex == nil, [.tightening, .reducer, .starter].contains(sense.verbClass), !object.targetOther,
           let e = (object.start..<min(object.start + 5, object.directEnd)).first(where: { Self.importCapNouns.contains(tokens[$0].text) }),
           sense.verbClass != .starter || ["quota", "quotas"].contains(tokens[e].text),
           names(.china, in: object.span), names(.us, in: clause..<v), !names(.china, in: clause..<v) {
            return ClaimTopic(index: nil, term: TopicTerm(candidates: [(.tariffs, .us)], specific: true), text: tokens[e].text)
        }
        if let implied = sense.impliedTopic { return ClaimTopic(index: nil, term: implied, text: verb.text) }
        let settles = sense.verbClass == .settler || sense.verbClass == .starter && sense.lemma != "order"
        if settles, object.all.contains(.deal) {  // "launch the dialogue"
            return ClaimTopic(index: nil, term: TopicTerm(candidates: [(.talks, nil)], specific: true), text: verb.text)
        }
        return nil
    }

    /// "China to scrap export duties on rare earths", "Duties on rare earth exports to be ended": a duty on a side's
    /// own exports restricts those exports; the goods it falls on are what moves, not the tariffs on imports.
    func exportDutyGoods(at t: Int, _ range: Range<Int>) -> Int? {
        guard range.contains(t), let span = ann.topic[t], Self.tariffWords.contains(span.text),
              t + span.length < range.upperBound else { return nil }
        let after = (t + span.length)..<min(t + span.length + 8, range.upperBound)
        let exportDuty = t > range.lowerBound && ["export", "exports"].contains(tokens[t - 1].text)
        // (Not "duties on US chip exports", "on chip exports from the US": the other side's exports are the
        // importer's tariffs.)
        let dutyOnExports = tokens[t + span.length].text == "on"
            && after.contains(where: { ["export", "exports"].contains(tokens[$0].text) })
            && !after.contains(where: { ann.side[$0] != nil || ann.actor[$0] != nil })
        guard exportDuty || dutyOnExports else { return nil }
        return after.first { ann.topic[$0].map { $0.value.specific && !Self.tariffWords.contains($0.text) } ?? false }
    }

    /// ("anti-dumping" is read as "anti" and "dumping"; "anti-subsidy" is left out, as "subsidy" alone is no case.)
    static let tradeRemedyWords: WordSet = ["dumping", "dumped", "antidumping", "countervailing", "subsidized",
                                            "subsidised"]

    static let subordinators: WordSet = ["as", "while", "when", "because", "since", "whereas"]
    /// A subordinating conjunction at `k`, not the "as" of "such as".
    func subordinator(at k: Int) -> Bool {
        Self.subordinators.contains(tokens[k].text) && !(k > 0 && tokens[k - 1].text == "such")
    }

    /// Passive or headline order: the topic stands before the verb. A verb
    /// with an object of its own takes it only as its subject ("Synopsys
    /// restores access"), not across another actor; what eases or stops by
    /// itself must be a measure, not a flow or a price.
    func topicBeforeVerb(_ v: Int, verb: Annotations.VerbSpan, object: inout VerbObject, clause: Int,
                         _ range: Range<Int>) -> Int? {
        let sense = verb.value
        // Only a verb without an object of its own reads back to a topic before it ("tariffs were cut").
        let intransitive = object.start >= object.end || ann.has(.preposition, at: object.start)
            || sense.verbClass == .breakdown || sense.verbClass == .rise
        let hasOwnObject = !intransitive && ((object.start..<object.end).contains {
            ann.actor[$0] != nil || ann.side[$0] != nil || !ann.objects[$0].isEmpty
        } || object.end - object.start > 3)
        var topicIndex: Int?
        var j = v - 1
        while j >= clause, topicIndex == nil {
            // "Customs Tariff Commission announces ...": a word of an agency's name is no topic.
            if ann.topic[j] != nil, !insideActorName(j, from: clause) { topicIndex = j }
            j -= 1
        }
        if let t = topicIndex, let compound = specificModifier(of: t, from: clause) { topicIndex = compound }
        // "retaliatory duties on US farm goods take effect": a measure heading the subject is what moves,
        // not the goods in its phrase.
        // ("China vows countermeasures as U.S. tariffs kick in": what comes into force is not read across a
        // subordinating "as"; the subject is the subordinate clause's own.)
        if let t = topicIndex {
            let from = sense.lemma != "take effect" ? clause
                : (clause..<t).last(where: { subordinator(at: $0) }).map { $0 + 1 } ?? clause
            if let p = (from..<t).first(where: { ann.has(.preposition, at: $0) && !ann.inTopic[$0] }),
               let head = (from..<p).last(where: { ann.topic[$0] != nil && ann.objects[$0].contains(.measure) }) {
                topicIndex = specificModifier(of: head, from: from) ?? head
            }
        }
        if let t = topicIndex, hasOwnObject, !sense.participle,
           ((t + 1)..<v).contains(where: { ann.actor[$0] != nil }) {
            topicIndex = nil
        }
        guard let t = topicIndex else { return nil }
        // "calls off rise in tariffs on U.S. soybeans and pork as trade overtures resume": a subordinate
        // clause's verb has its own subject; the topic before the conjunction is the main clause's.
        if t + 1 < v - 1, ((t + 1)..<(v - 1)).contains(where: { subordinator(at: $0) && ann.verb[$0 + 1] == nil
                && (($0 + 1)..<v).contains { ann.topic[$0] == nil && !ann.inTopic[$0] } }) { return nil }
        // "Potential Trade Deal Could End Years of Friction": a verb whose direction depends on what it
        // acts on, with an object of its own that names no measure, says nothing of its subject.
        let dependsOnObject: Set<VerbClass> = [.reducer, .increaser, .extender, .delayer, .settler]
        if hasOwnObject, dependsOnObject.contains(sense.verbClass), object.all.isEmpty, !sense.participle { return nil }
        // The subject's nouns say what moves only when the object names nothing of its own
        // ("tariffs were cut"); "BIS restrictions ... has suspended sales" moves the sales.
        // The subject's head is its last classed noun before a preposition: "Exclusions for Second and
        // Third China Tariff Tranches Issued" issues exclusions, not tariffs.
        let objectHead = object.head
        let subjectEnd = (clause..<v).first { j in
            ann.has(.preposition, at: j) && !["as", "amid", "including"].contains(tokens[j].text) && !ann.inTopic[j]
                && (clause..<j).contains { !ann.objects[$0].isEmpty }
        } ?? v
        for j in clause..<v {
            object.all.formUnion(ann.objects[j])
            if objectHead.isEmpty, j < subjectEnd, !ann.objects[j].isEmpty { object.head = headClasses(at: j, from: clause) }
        }
        // What eases or rises by itself must be a measure ("tariffs were cut"), not a
        // shortage or a price ("rare earth shortage easing").
        let measureBefore = (clause..<v).contains { !ann.objects[$0].isDisjoint(with: .measures) }
        // What is allowed or approved is always a flow: "Ethane tankers bound for China allowed to load".
        let permitted = sense.participle && Self.permissions.contains(sense.lemma) && headlinePassive(v, verb: verb, range)
        let talks = ann.topic[t]!.value.candidates[0].topic == .talks
        // A participle is passive after "be" or in a headline; "exports ... increased by six times" is past tense.
        let passive = sense.participle && (headlinePassive(v, verb: verb, range)
            || v > range.lowerBound && Self.beForms.contains(tokens[v - 1].text)
            || v + verb.length < range.upperBound && ann.has(.agent, at: v + verb.length))
        // ("Export of rare earth processing technologies has been banned by China": a passive whose agent is a
        // side acts on its whole subject, whatever words the lexicon does not know stand in it.)
        let sideAgent = passive && agent(after: v + verb.length - 1, range) != nil
        if !hasOwnObject, !measureBefore, !permitted, !talks, !sideAgent,
           sense.verbClass != .rise, (min(t + ann.topic[t]!.length, v)..<v).contains(where: { tokens[$0].id < 0 }) {
            return nil
        }
        // Flows that "ease" or are "lifted" fall or rise: "rare earth exports to US eased"; flows
        // that "slow" or "halt" by themselves are trade data (a participle is still a passive move).
        // "Meat exports at risk as China lets registrations lapse": the flow is the subject of the clause before
        // the conjunction, not of the verb.
        let ownSubject = ((clause + 1)..<v).last(where: { newClause(at: $0) }).map { ($0 + 1)..<v } ?? clause..<v
        let flowVerb = sense.verbClass == .easing
            || !passive && [.reducer, .increaser].contains(sense.verbClass) && tradeFlowSubject(ownSubject)
        if !hasOwnObject, !measureBefore, !permitted, !talks, flowVerb { return nil }
        // "Tensions over chip curbs easing": the topic is in a phrase after the subject's own noun.
        if subjectHeadElsewhere(before: t, from: clause) { return nil }
        return t
    }

    /// "by the U.S.", "by Beijing" after `start` in the sentence.
    func agent(after start: Int, _ range: Range<Int>) -> Actor? {
        (start..<range.upperBound).lazy.compactMap { agent(at: $0, before: range.upperBound) }.first
    }

    /// The actor a "by" at `k` names ("by the U.S.", "by Beijing"), within tokens before `end`.
    func agent(at k: Int, before end: Int) -> Actor? {
        guard ann.has(.agent, at: k), k + 1 < end else { return nil }
        let n = k + 2 < end && Self.determiners.contains(tokens[k + 1].text) ? k + 2 : k + 1
        return ann.actor[n]?.value
    }

    /// "Countries have imposed tariffs", "trading partners retaliated": a
    /// subject of many governments is no one side's move.
    func genericSubject(before v: Int, _ range: Range<Int>) -> Bool {
        var p = v - 1
        while p >= range.lowerBound, ann.has(.adverb, at: p) || ann.has(.modal, at: p) || ann.has(.infinitive, at: p) {
            p -= 1
        }
        if p >= range.lowerBound, Self.genericPartners.contains(tokens[p].text) { return true }
        // "Countries have imposed tariffs ... to retaliate against ...": the opening subject acts throughout.
        let opening = range.lowerBound..<min(range.upperBound, range.lowerBound + 3)
        return opening.contains { Self.genericPartners.contains(tokens[$0].text) } && !(range.lowerBound..<v).contains { ann.actor[$0] != nil }
    }

    /// "US-China trade war", "Sino-US talks": the two sides joined by a hyphen
    /// modify a noun; neither is a subject.
    func jointModifier(_ j: Int) -> Bool {
        if tokens[j].hyphenAfter { return true }
        return j > 0 && tokens[j - 1].hyphenAfter && (ann.actor[j - 1] != nil || ann.side[j - 1] != nil || tokens[j - 1].text == "sino")
    }

    /// "China Buys US Wheat": an actor right after a verb is its object, not a subject.
    func objectOfVerb(_ j: Int) -> Bool {
        var k = j - 1
        // (Within its sentence: a headline's last word, "... Chip Ban", is no verb of its lede's first name.)
        while k >= max(0, j - 3), tokens[k].sentence == tokens[j].sentence {
            if let verb = ann.verb[k] { return k + verb.length == j }
            // "Japan and the Netherlands will join the U.S. in restricting ...": whom one joins does not act here.
            if ["join", "joins", "joined", "joining"].contains(tokens[k].text) { return true }
            k -= 1
        }
        return false
    }

    /// Token `j` is part of an actor's name that starts before it.
    func insideActorName(_ j: Int, from clause: Int) -> Bool {
        var s = j
        while s >= clause {
            if let a = ann.actor[s] { return s + a.length > j }
            s -= 1
            if s < j - 4 { return false }
        }
        return false
    }

    static let tariffReliefNouns: WordSet = ["exclusion", "exclusions", "exemption", "exemptions"]
    /// Goods coming in, or a cap on them: what a side cuts at its border ("limits Chinese clothing imports").
    static let importCapNouns: WordSet = ["imports", "quota", "quotas"]
    static let tariffAgencyWords: WordSet = ["ustr", "ustr's", "ustr’s"]
}

extension ItemScan {
    static let genericPartners: WordSet = ["countries", "nations", "partners", "economies", "governments", "others"]
}
