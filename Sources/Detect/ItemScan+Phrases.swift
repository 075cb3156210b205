import Model

// Where a verb's object and subject phrases begin and end, and who acts when
// no subject is named: the grammar the verb claims lean on.
extension ItemScan {
    /// Nationality adjectives: "Chinese curbs" is a noun phrase, while a firm
    /// before a noun-verb is its subject ("Nvidia halts sales").
    static let nationalities: Set<String> = ["chinese", "american", "sino"]
    /// Verbs of permission: what they allow is a flow, and before "to" and
    /// another direction verb they only carry that verb.
    static let permissions: Set<String> = ["allow", "let", "permit", "approve", "grant", "greenlight", "green light"]

    /// A comma inside a list of names that the object's head noun follows:
    /// "exempts smartphones, computers from tariffs", "puts Skydio, other US
    /// drone makers on the list". Only before the object has a noun of its own.
    func listComma(at i: Int, objectStart: Int, _ range: Range<Int>) -> Bool {
        guard tokens[i].text == ",", i > objectStart, i + 1 < range.upperBound else { return false }
        let next = i + 1
        if tokens[next].isBoundary || ann.actor[next] != nil || ann.has(.background, at: next) { return false }
        if let verb = ann.verb[next], !verb.value.alsoNoun { return false }
        return !(objectStart..<i).contains { ann.objects[$0] != 0 || ann.topic[$0] != nil || ann.actor[$0] != nil }
    }

    /// "rescinds letters restricting EDA exports": an -ing verb right after a
    /// noun of the object qualifies that noun; the object runs on through it.
    func reducedRelative(at i: Int, objectStart: Int) -> Bool {
        // Also a past participle: "removes the licence requirement imposed on ethane shipments".
        guard i > objectStart, tokens[i].text.hasSuffix("ing") || ann.verb[i]?.value.participle == true,
              let verb = ann.verb[i], !verb.value.isThreat else { return false }
        let p = i - 1
        return !tokens[p].isBoundary && ann.actor[p] == nil && ann.verb[p] == nil && !ann.has(.preposition, at: p)
            && !ann.has(.infinitive, at: p) && !Self.determiners.contains(tokens[p].text)
    }

    /// "Entity List restrictions", "graphite export curbs": a generic measure
    /// compounded with a specific term belongs to that term's topic.
    func specificModifier(of t: Int, from clause: Int) -> Int? {
        guard let term = ann.topic[t], !term.value.specific else { return nil }
        var s = t - 1
        while s >= clause {
            if let modifier = ann.topic[s] { return modifier.value.specific && s + modifier.length == t ? s : nil }
            if !ann.inTopic[s] { return nil }
            s -= 1
        }
        return nil
    }

    /// A channel or dialogue about export controls, else the talks.
    func channelOrTalks(_ objectStart: Int, _ end: Int, _ range: Range<Int>) -> TopicTerm {
        let channel = (objectStart..<end).contains { ["channel", "dialogue", "mechanism", "hotline"].contains(tokens[$0].text) }
        // About controls when the sentence says so after the verb, or the headline does.
        let isControl = { (i: Int) in self.tokens[i].text == "controls" || self.tokens[i].text == "control" }
        let aboutControls = (objectStart..<range.upperBound).contains(where: isControl)
            || (0..<titleTokenCount).contains(where: isControl)
        return TopicTerm(candidates: [(channel && aboutControls ? .exportControlDialogue : .talks, nil)], specific: true)
    }

    /// "eases China curbs", "brace for more US curbs": an actor right after a
    /// verb, a preposition, a determiner or "more" modifies the noun that
    /// follows; it is not the subject of a noun-verb.
    func actorIsObject(endingAt p: Int, _ range: Range<Int>) -> Bool {
        var s = p
        while s > range.lowerBound, ann.actor[s] == nil { s -= 1 }
        guard let span = ann.actor[s], s + span.length - 1 == p, s > range.lowerBound else { return false }
        let before = s - 1
        if ann.has(.preposition, at: before) || ann.has(.novelty, at: before)
            || Self.determiners.contains(tokens[before].text) && tokens[before].text != "'s" {
            return true
        }
        var k = s - 1
        while k >= range.lowerBound, k >= s - 3 {
            if let verb = ann.verb[k] { return k + verb.length == s }
            k -= 1
        }
        return false
    }

    /// Flows that a starting verb opens: exports, sales and the licences for them.
    static let openedFlows: Set<String> = ["licence", "licences", "license", "licenses", "exports", "sales",
                                           "shipments", "approvals", "deliveries", "supplies"]
    static let politicalWords: Set<String> = ["lawmakers", "lawmaker", "senator", "senators", "legislators",
                                              "congressman", "congressmen", "visa", "visas", "tibet", "tibetan",
                                              "xinjiang", "uyghur", "uyghurs", "hong", "dalai", "journalists"]

    /// Sanctions or restrictions on lawmakers, visas, Hong Kong or Tibet:
    /// political measures, not trade-policy positions.
    func politicalMeasure(in range: Range<Int>) -> Bool {
        range.contains { Self.politicalWords.contains(tokens[$0].text) }
    }

    /// "selling H20 to China": the object sends something to `side`.
    func destination(_ side: Actor, in object: Range<Int>) -> Bool {
        object.contains { k in
            tokens[k].text == "to" && k + 1 < object.upperBound
                && (ann.actor[k + 1]?.value == side || ann.side[k + 1] == side)
        }
    }

    /// The label before a headline's colon, when it is a bare noun phrase
    /// ("Rare-earth export licences: ..."): it names the clause's topic.
    func headlineKicker(before clause: Int, _ range: Range<Int>) -> Range<Int>? {
        guard range.lowerBound < titleTokenCount, clause - 1 > range.lowerBound, tokens[clause - 1].text == ":" else { return nil }
        let kicker = range.lowerBound..<(clause - 1)
        if kicker.contains(where: { ann.verb[$0] != nil || tokens[$0].isBoundary }) { return nil }
        return kicker
    }

    /// A subject whose head noun is neither a topic nor a measure, with the
    /// topic only inside a phrase after it: "tensions over chip curbs".
    func subjectHeadElsewhere(before t: Int, from clause: Int) -> Bool {
        guard let p = (clause..<t).first(where: { ann.has(.preposition, at: $0) && !ann.inTopic[$0] }), p > clause else { return false }
        return !(clause..<p).contains { ann.topic[$0] != nil || ann.inTopic[$0] || ann.objects[$0] != 0 || ann.actor[$0] != nil || ann.side[$0] != nil }
    }

    /// "off" before a list in a verb's object: "takes firms off the entity list".
    func offTheList(_ object: Range<Int>) -> Bool {
        object.contains { k in
            tokens[k].text == "off" && ((k + 1)..<min(k + 5, object.upperBound)).contains { ann.objects[$0] & ObjectClass.list.bit != 0 }
        }
    }

    /// "with" before a measure or probe in a verb's object: "hits chipmakers with a probe".
    func withMeasure(_ object: Range<Int>) -> Bool {
        let bits = ObjectClass.measure.bit | ObjectClass.probe.bit
        return object.contains { k in
            tokens[k].text == "with" && ((k + 1)..<min(k + 5, object.upperBound)).contains { ann.objects[$0] & bits != 0 }
        }
    }

    static let tradeFlows: Set<String> = ["exports", "imports", "shipments", "sales", "supplies", "supply",
                                          "deliveries", "purchases", "flows", "trade", "output", "production"]

    /// A subject naming goods moving, not a permission: "exports slow" is
    /// trade data, "the authorisation will end" is a move.
    func tradeFlowSubject(_ span: Range<Int>) -> Bool {
        span.contains { Self.tradeFlows.contains(tokens[$0].text) }
    }

    /// "... as Trump eyes a summit": a conjunction and a new subject end an object.
    func newClause(at i: Int) -> Bool {
        guard ["as", "while", "when", "because"].contains(tokens[i].text), i + 1 < tokens.count,
              tokens[i + 1].sentence == tokens[i].sentence else { return false }
        return ann.actor[i + 1] != nil || ann.side[i + 1] != nil
    }

    /// An actor inside a prepositional phrase is a target, not a subject:
    /// "on US goods", "on Hanwha Ocean's US units". "by" names the agent.
    func governedByPreposition(_ j: Int, _ range: Range<Int>) -> Bool {
        var k = j - 1
        while k >= range.lowerBound, k >= j - 4 {
            if ann.has(.agent, at: k) { return false }
            if ann.has(.preposition, at: k) {
                // "as Beijing launches a probe": "as" opens a clause whose subject the actor is.
                let end = j + (ann.actor[j]?.length ?? 1)
                return !(tokens[k].text == "as" && k == j - 1 && end < range.upperBound && ann.verb[end] != nil)
            }
            if tokens[k].isBoundary || ann.verb[k] != nil || ann.actorEnds[k] || ann.otherEnds[k] { return false }
            // Only a noun phrase may stand between: names, "'s", determiners.
            if tokens[k].id >= 0, ann.topic[k] == nil, !ann.inTopic[k], tokens[k].text != "'s",
               !Self.determiners.contains(tokens[k].text) {
                return false
            }
            k -= 1
        }
        return false
    }

    /// A generic measure with no subject ("Export curbs lifted", "Expansion of
    /// end-user controls"): the side whose own instruments the item names holds it.
    func contextOwner(of term: TopicTerm) -> Actor? {
        guard !term.specific else { return nil }
        let owners = Set(term.candidates.compactMap(\.actor).filter { specificByActor[$0] != nil })
        return owners.count == 1 ? owners.first : nil
    }

    /// "allowed to expire", "let ... lapse": a permission verb before "to" and
    /// another direction verb; that verb carries the move.
    func permissionOfAnotherVerb(_ v: Int, verb: Annotations.VerbSpan) -> Bool {
        guard Self.permissions.contains(verb.value.lemma) else { return false }
        let next = v + verb.length
        guard next + 1 < tokens.count, tokens[next].text == "to", tokens[next + 1].sentence == tokens[v].sentence,
              let inner = ann.verb[next + 1] else { return false }
        return inner.value.verbClass != .easing
    }
}
