import Model

// Step 4 of a verb claim, for the verbs of the talks: settle, break down, modify (ItemScan+VerbMove.swift).
extension ItemScan {
    /// A settler ("agrees", "signs", "establishes"): a deal or channel reached eases; a list or measure set up
    /// or signed tightens; staying in touch is no move.
    func settlerMove(_ f: MoveFacts) -> VerbMove? {
        let sense = f.verb.value, object = f.object, all = f.object.all, range = f.range, v = f.v, clause = f.clause,
            respite = f.respite
        // "agreed to maintain close communication and implement the consensus": "agree to" a verb is that verb's
        // move, read on its own; only a deal named within a few words of it is agreed ("agree to one-year truce").
        if sense.lemma == "agree to", !(object.start..<min(object.start + 4, object.end)).contains(where: { k in
            ann.objects[k].contains(.deal) && !(object.start..<k).contains { ann.verb[$0] != nil || ann.has(.hold, at: $0) || tokens[$0].text == "and" } }) {
            return nil
        }
        if offTheList(object.span) {
            return move(.easing)
        }
        if ["establish", "set up", "create"].contains(sense.lemma) && !all.contains(.deal)
            && !all.isDisjoint(with: [.list, .measure]) {
            return move(.tightening)  // "China to Establish 'Unreliable Entity List'"
        }
        // "China Sets Tariffs On $75 Billion In U.S. Goods": duties set on the other side's goods are imposed
        // (not "sets tariff rates at 10%", a level kept or reached).
        if sense.lemma == "set", object.isMeasure, !respite, !all.contains(.deal), object.start < object.directEnd,
           let on = object.span.first(where: { tokens[$0].text == "on" }),
           (object.start..<on).allSatisfy({ ann.topic[$0] != nil || ann.inTopic[$0] || Self.determiners.contains(tokens[$0].text)
               || ann.has(.novelty, at: $0) || Self.dutyStageWords.contains(tokens[$0].text) }),
           !object.span.contains(where: { ["rate", "rates", "level", "levels", "at"].contains(tokens[$0].text) }) {
            return move(.tightening)
        }
        // "set an anti-subsidy duty rate of 210.5 percent for imported carbon alloy steel products from China",
        // "sets anti-dumping duties of up to 99% on Chinese steel": a trade-remedy rate set on the other side's goods
        // is the duty found, whatever its figure (a level of tariffs in general may be one kept, above).
        if sense.lemma == "set", !respite, !all.contains(.deal),
           let on = object.span.first(where: { ["on", "for"].contains(tokens[$0].text) }), on > object.start,
           (object.start..<on).contains(where: { Self.remedyRateWords.contains(tokens[$0].text) }),
           (object.start..<on).contains(where: { ann.topic[$0] != nil || ann.inTopic[$0] }),
           (object.start..<on).allSatisfy({ ann.topic[$0] != nil || ann.inTopic[$0] || Self.determiners.contains(tokens[$0].text)
               || ann.has(.novelty, at: $0) || Self.dutyStageWords.contains(tokens[$0].text) || tokens[$0].isNumber
               || Self.rateFigureWords.contains(tokens[$0].text) || Self.remedyRateWords.contains(tokens[$0].text) }),
           // ("for imported carbon alloy steel products from China": the goods' origin may close the sentence.)
           names(.china, in: on..<min(on + 12, range.upperBound)) || names(.us, in: on..<min(on + 12, range.upperBound)) {
            return move(.tightening)
        }
        if sense.lemma == "sign" && object.isMeasure && !respite && !all.contains(.deal)
            && !object.span.contains(where: { Self.documentNouns.contains(tokens[$0].text) }) && !sentenceHas(.hold, range) {
            return move(.tightening)  // "Trump signs tariffs on imports from Canada, Mexico and China"
        }
        if keepingInTouch(object) {
            // "agreed to maintain close communication and implement the consensus": staying in touch is the
            // talks going on, not a deal (../shared/eval/README.md).
            return nil
        }
        // "Trade Framework Reached in China-U.S. Talks in London": a headline's passive, the deal before it.
        if Self.reachedWords.contains(tokens[v].text), headlinePassive(v, verb: f.verb, range), v > clause,
           ann.objects[v - 1].contains(.deal),
           // The deal is the headline's subject, not what another verb governs: "to implement consensus
           // reached by leaders", "There is a consensus reached" tell of a deal already made.
           !(clause..<(v - 1)).contains(where: { ann.verb[$0] != nil || ["is", "was", "there", "on", "to", "of"].contains(tokens[$0].text) }) {
            return VerbMove(direction: .easing, term: channelOrTalks(clause, object.end, range))
        }
        guard let d = (object.start..<object.directEnd).first(where: { ann.objects[$0].contains(.deal) }) else { return nil }
        // "MP Materials lands multi-billion Pentagon deal": a deal with one government that a subject no side
        // names wins is a contract, not a deal between the two sides.
        if (object.start..<d).contains(where: { ann.actor[$0] != nil || ann.actorEnds[$0] }),
           !(clause..<v).contains(where: { ann.actor[$0] != nil || ann.actorEnds[$0] || ann.side[$0] != nil || ann.other[$0] }) {
            return nil
        }
        return VerbMove(direction: .easing, term: channelOrTalks(object.start, object.end, range))
    }

    /// The stage or weight of trade-remedy duties set: "sets preliminary anti-dumping duties on US polysilicon".
    static let dutyStageWords: WordSet = ["preliminary", "final", "provisional", "punitive", "hefty", "steep", "heavy"]
    /// Words of a trade-remedy duty: "anti-dumping", "anti-subsidy", "countervailing".
    static let remedyRateWords: WordSet = ["dumping", "antidumping", "subsidy", "countervailing", "anti"]
    /// The figure a rate is given with: "rate of up to 210.5 percent", "duties ranging from 10 to 30 percent".
    static let rateFigureWords: WordSet = ["rate", "rates", "of", "percent", "%", "up", "to", "ranging", "from", "between", "and",
                                           "margin", "margins", "duty", "duties", "per", "cent"]

    static let reachedWords: WordSet = ["reached", "struck", "agreed", "sealed", "signed", "clinched", "concluded", "finalized", "finalised"]

    /// A breakdown ("collapse", "fail"): talks that break down tighten; a review failed is a finding against a firm.
    func breakdownMove(_ f: MoveFacts) -> VerbMove? {
        let sense = f.verb.value, all = f.object.all, firstTopic = f.firstTopic
        if sense.lemma == "fail" {
            // A firm's products failing a regulator's review is a finding against them; talks that fail are told by "collapse".
            return move(all.contains(.probe) && firstTopic != .talks ? .tightening : nil)
        }
        return move(firstTopic == .talks ? .tightening : nil)
    }

    /// A modifier ("adjusts", "revises"): only a change that carries out what talks agreed eases.
    func modifierMove(_ f: MoveFacts) -> VerbMove? {
        let object = f.object, range = f.range, termIsMeasure = f.termIsMeasure
        if listUpdatedWithFirms(f.verb.value, object, range) { return move(.tightening) }
        // Only where the change carries out what talks agreed (see `verbClaim`): that eases.
        return move(carriesOutTalks(range) && (object.isMeasure || termIsMeasure) ? .easing : nil)
    }

    /// "BIS Updates Entity List with 44 Entities in China": a list updated with a number of entities has
    /// them added.
    func listUpdatedWithFirms(_ sense: VerbSense, _ object: VerbObject, _ range: Range<Int>) -> Bool {
        guard ["update", "revise", "amend"].contains(sense.lemma), object.all.contains(.list),
              let w = (object.start..<min(object.end + 1, range.upperBound)).first(where: { tokens[$0].text == "with" }),
              w + 2 < range.upperBound else { return false }
        return (tokens[w + 1].isNumber || ["more", "new", "additional"].contains(tokens[w + 1].text))
            && ((w + 1)..<min(w + 4, range.upperBound)).contains(where: { Self.firmNouns.contains(tokens[$0].text) })
    }

    /// "to maintain close communication", "to keep in touch": what is agreed is to go on talking.
    func keepingInTouch(_ object: VerbObject) -> Bool {
        guard object.start + 1 < object.end, tokens[object.start].text == "to",
              ["maintain", "keep", "stay", "remain"].contains(tokens[object.start + 1].text) else { return false }
        return ((object.start + 2)..<min(object.start + 6, object.end)).contains {
            ["communication", "communications", "contact", "contacts", "touch", "dialogue"].contains(tokens[$0].text)
        }
    }
}
