import Model

// Step 4 of a verb claim, for the verbs that start a thing (ItemScan+VerbMove.swift).
extension ItemScan {
    // ("starts EPDM anti-dumping review": a trade-remedy review is of duties in force, whether they stay.)
    static let keepReviewWords: WordSet = tradeRemedyWords.union(["expiry", "sunset", "administrative", "interim",
                                                                   "circumstances", "subsidy"])

    /// "an expiry review of its antidumping measure", 'expedite its five-year ("sunset") review': a review of
    /// whether a measure in force stays, the thing a verb acts on; no new probe and no move.
    /// (Quotes may stand between: 'sunset" review'. A short bracket is dropped by the tokenizer, so
    /// 'five-year ("sunset") review' is read by its "five year": the sunset review, not the Section 301 four-year one.)
    func reviewOfMeasureInForce(_ object: VerbObject) -> Bool {
        guard let r = object.span.first(where: { ["review", "reviews"].contains(tokens[$0].text) }), r > object.start else { return false }
        var k = r - 1
        while k > object.start, tokens[k].text.first.map({ !$0.isLetter && !$0.isNumber }) ?? false { k -= 1 }
        return Self.keepReviewWords.contains(tokens[k].text) || tokens[k].text == "year" && k > object.start && tokens[k - 1].text == "five"
    }

    /// A starter ("imposes", "launches", "announces"): a new measure or probe tightens, a relief, channel or deal
    /// opened eases; a document, a pledge or a plan told by what it would do says no way.
    func starterMove(_ f: MoveFacts) -> VerbMove? {
        let sense = f.verb.value, object = f.object, all = f.object.all, range = f.range, v = f.v, verb = f.verb,
            clause = f.clause, measure = f.measure, flow = f.flow, respite = f.respite, firstTopic = f.firstTopic
        // "Suppliers to SMIC said to be struggling to get export licenses", "requires US suppliers to obtain
        // licenses": a permission sought or required is none received.
        if Self.receivers.contains(sense.lemma), v >= 2, tokens[v - 1].text == "to",
           (max(range.lowerBound, v - 6)..<(v - 1)).contains(where: { Self.seekingWords.contains(tokens[$0].text) }) {
            return nil
        }
        // "Commerce publishes antidumping duty orders on aluminum foil from China": duties put in force.
        if !Self.receivers.contains(sense.lemma), dutyOrder(object) { return move(.tightening) }
        if Self.receivers.contains(sense.lemma) && all.contains(.deal) {
            // "Trump Secures Historic Deals with China": a deal won is a deal reached.
            return VerbMove(direction: .easing, term: channelOrTalks(object.start, object.end, range))
        }
        if Self.receivers.contains(sense.lemma) {
            // "receives licences", "secures a waiver": a permission granted; nothing else received is a move.
            let permission = (object.start..<object.directEnd).contains { Self.permissionNouns.contains(tokens[$0].text) }
                || sense.participle && headlinePassive(v, verb: verb, range)
                    && (clause..<v).contains { Self.permissionNouns.contains(tokens[$0].text) }
            return move(permission ? .easing : nil)
        }
        if Self.issuingVerbs.contains(sense.lemma) && sense.participle && v > range.lowerBound
            && Self.documentNouns.contains(tokens[v - 1].text) && object.start < object.end
            && ["on", "regarding", "about", "concerning"].contains(tokens[object.start].text) {
            // "Federal Register Notice Published on De Minimis Requirements": a document about a measure says
            // nothing of its way.
            return nil
        }
        if sense.lemma == "implement"
            && (object.start..<object.directEnd).contains(where: { ["consensus", "consensuses"].contains(tokens[$0].text) }) {
            // "MOC to earnestly implement consensus reached by top Chinese, U.S. leaders": carrying out what was
            // agreed before is a pledge, not a new deal (../shared/eval/README.md: talks described are neutral).
            return nil
        }
        // "Launches Final Phase of Investigation on Chinese Chemical Imports": a later stage of a case under
        // way is no new probe.
        if (object.start..<min(object.start + 3, object.end)).contains(where: { k in
            ["phase", "stage"].contains(tokens[k].text) && k > object.start
                && ["final", "second", "next", "third", "later"].contains(tokens[k - 1].text) }) {
            return nil
        }
        // "announced that controls would be suspended", "announced Tuesday that a new duty ... will be
        // delayed": the clause has its own verb.
        var opening = object.start
        while opening < object.end, Self.newsDay.contains(tokens[opening].text) || tokens[opening].text == "on" { opening += 1 }
        if opening < object.end && tokens[opening].text == "that" { return nil }
        // "announced via twitter, the tariffs from List 4B set for December 15th will not be charged": the
        // clause after the verb has a negated verb of its own; what is announced is a measure not put in place.
        if ["announce", "declare", "confirm"].contains(sense.lemma), v + verb.length < range.upperBound - 1,
           ((v + verb.length)..<(range.upperBound - 1)).contains(where: {
               ["will", "would", "shall"].contains(tokens[$0].text) && ["not", "n't"].contains(tokens[$0 + 1].text) }) {
            return nil
        }
        // "The Sixth Extended List Of Goods Subject To Additional Tariff ... Was Announced": a list extended
        // once more is no new measure, and which way it goes (exclusions kept, or tariffs) only the lede tells.
        if sense.participle && v > clause && Self.beForms.contains(tokens[v - 1].text)
            && (clause..<v).contains(where: { ["extended", "renewed"].contains(tokens[$0].text) }) {
            return nil
        }
        if sense.participle && v > clause && Self.beForms.contains(tokens[v - 1].text) && !measure
            && (clause..<v).contains(where: { ann.objects[$0].contains(.measure) })
            // (Not "A 90-day tariff truce was announced", nor "tariff cuts will be implemented".)
            && !(clause..<v).contains(where: { !ann.objects[$0].isDisjoint(with: [.respite, .deal])
                || ann.objects[$0].contains(.flow) && ann.topic[$0] == nil && !ann.inTopic[$0]
                || Self.easingChangeWords.contains(tokens[$0].text) || Self.neutralChangeNouns.contains(tokens[$0].text) }) {
            // "export controls will be implemented on three categories of graphite items": a passive's subject
            // is the measure started; what follows is only what it covers.
            return move(.tightening)
        }
        if ["charge", "collect"].contains(sense.lemma)
            && object.start < object.end && (tokens[object.start].text == "$" || tokens[object.start].isNumber) {
            return nil  // "collected $30 billion in duties": revenue, not a new measure
        }
        if sense.lemma == "order" && (orderedToStop(after: v + verb.length, range)
            || object.span.contains(where: { tokens[$0].text == "to" && orderedToStop(after: $0, range) })) {
            return move(.tightening)  // "EDA Software Companies Ordered to Halt Business with China"
        }
        // Opening a probe, announcing controls or tariffs: a new measure. Opening talks is not.
        // "announces adjustment of tariffs" names no new measure: the measure must be the object itself.
        // ("$200 billion of tariffs": an amount's "of" leads to the measure itself.)
        let ofBeforeHead = (object.start..<(object.headIndex ?? object.start)).contains {
            tokens[$0].text == "of" && !($0 > object.start && Self.amountNouns.contains(tokens[$0 - 1].text)) }
        // "rolled out a plan that would affect exports of AI chips": a plan told by what it would do says no way.
        if object.span.contains(where: { ["that", "which"].contains(tokens[$0].text) && $0 + 1 < object.end && ann.has(.modal, at: $0 + 1) }) {
            return nil
        }
        // "announces suspension of tariff exclusions": a relief suspended, removed or paused is undone.
        if easingChangeOfRespite(object) { return move(.tightening) }
        // "announces tariff reductions", "unveils relief from export controls": what is announced is the change.
        if let change = easingChangeOfMeasure(object) { return change ? move(.easing) : nil }
        // "Announces Increase from 10% to 25% on Section 301 Tariffs": what is announced is the rise, when the
        // first thing it names after it is a measure.
        if let c = (object.start..<min(object.start + 2, object.end)).first(where: { Self.raiseNouns.contains(tokens[$0].text) }),
           let first = ((c + 1)..<object.end).first(where: { !ann.objects[$0].isEmpty }),
           !ann.objects[first].isDisjoint(with: [.measure]), ann.objects[first].isDisjoint(with: [.flow, .respite]) {
            return move(.tightening)
        }
        // "announce export control information sharing": a channel opened, not a control.
        if firstTopic == .exportControlDialogue { return move(.easing) }
        // "Announces A Four Year Review Of Section 301 Duties": reviewing one's own measure opens nothing new.
        if reviewOfOwnMeasure(object) { return nil }
        // "announces the list of US goods excluded from additional tariffs": a list of reliefs.
        if object.head.contains(.list), object.span.contains(where: { Self.reliefWords.contains(tokens[$0].text) }) {
            return move(.easing)
        }
        // "initiated an expiry review of its antidumping measure": a review of whether a measure stays is no new probe.
        if reviewOfMeasureInForce(object) { return nil }
        // "U.S. Announces Final Antidumping Duty Results for Xanthan Gum Imports": the results of a trade-remedy
        // review of duties in force, as the Federal Register's "Final Results of Antidumping Duty Administrative
        // Review" titles are, say nothing of where the duties go.
        let direct = object.start..<object.directEnd
        if direct.contains(where: { tokens[$0].text == "results" }), direct.contains(where: { Self.tradeRemedyWords.contains(tokens[$0].text) }) {
            return nil
        }
        // "will start reviewing its anti-dumping tariffs on US imports": reviewing a measure in force, as an
        // expiry review does, says nothing of where it goes.
        if object.start < object.end, ["reviewing", "re-examining", "reexamining", "reassessing"].contains(tokens[object.start].text) {
            return nil
        }
        if all.contains(.probe) || (measure && !flow && !respite && !ofBeforeHead) { return move(.tightening) }
        if respite, !sense.isChangeNoun {
            // "USTR Opens 301 Tariff Exclusion Process", "Announces Exclusion Request Process": a way to ask for a
            // relief is procedure, like a comment period; no relief is granted yet (../shared/eval/README.md).
            if object.span.contains(where: { Self.procedureNouns.contains(tokens[$0].text) }) { return nil }
            return move(.easing)
        }
        // "China introduces graphite export permits": licences or permits newly required for a flow are a
        // control; "introduces general licence system" opens the flow instead.
        if flow, !respite, ["introduce", "unveil", "roll out"].contains(sense.lemma), let h = object.headIndex,
           Self.requiredPermits.contains(tokens[h].text),
           !(object.start..<h).contains(where: { Self.openingPermitWords.contains(tokens[$0].text) || tokens[$0].text.hasSuffix("ing") }) {
            return move(.tightening)
        }
        if flow, !respite, let h = object.headIndex, Self.openedFlows.contains(tokens[h].text) {
            return move(.easing)  // "introduces general licences", "begins issuing export licences"
        }
        if !["order", "enforce", "charge", "collect"].contains(sense.lemma), !sense.isChangeNoun, (object.start..<object.directEnd).contains(where: { ann.objects[$0].contains(.deal) }) {
            // "launch an export control dialogue": opening a channel is settling, not a new measure.
            return VerbMove(direction: .easing, term: channelOrTalks(object.start, object.end, range))
        }
        return nil
    }

    static let seekingWords: WordSet = ["struggle", "struggles", "struggled", "struggling", "unable", "trying", "try",
                                            "tries", "seeking", "seek", "seeks", "hoping", "hope", "hopes", "waiting",
                                            "wait", "difficult", "hard", "require", "requires", "required", "requiring",
                                            "need", "needs", "must", "apply", "applied", "applying"]
}
