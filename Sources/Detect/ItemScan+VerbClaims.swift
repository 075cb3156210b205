import Model

// Claims anchored on a direction verb, in named steps: is the word a verb
// here (ItemScan+ActsAsVerb.swift), what is its object (+VerbObjectOf), which
// topic (+ClaimTopic), which direction (+VerbMove), who acts (+ClaimActor),
// is it a US-China position (+Position), then negation and modality here.
extension ItemScan {
    mutating func verbClaim(at v: Int, verb: Annotations.VerbSpan, sentence range: Range<Int>) -> Claim? {
        let sense = verb.value
        guard actsAsVerb(at: v, verb: verb, range), !notDoneHere(v, verb: verb, range), !imperativeHeadline(v, verb: verb)
        else { return nil }
        let clause = clauseStart(v, range)
        guard !conditionOrBackground(v, verb: verb, clause: clause, range),
              var object = claimObject(v, verb: verb, range),
              !firmsOwnTransaction(v, object: object, range),
              let found = claimTopic(v, verb: verb, object: &object, clause: clause, range)
                ?? usFirmActedOnByChina(v, verb: verb, object: object, clause: clause, range)
                ?? chineseFirmActedOnByUS(v, verb: verb, object: object, clause: clause, range),
              !topicSaysNoMove(found, at: v, verb: verb, object: object, clause: clause, range),
              let move = verbMove(v, verb: verb, object: object, topic: found, clause: clause, range) else { return nil }
        var topicTerm = move.term ?? found.term
        // "Australia and the US sign Framework for ... Critical Minerals", "US strikes deals at ASEAN": a deal
        // with a third country.
        if topicTerm.candidates.first?.topic == .talks, range.contains(where: { ann.other[$0] }),
           !names(.china, in: range) {
            return nil
        }
        var turn = turnedDirection(move.direction, at: v, verb: verb, object: object, term: topicTerm, clause: clause, range)
        guard let subject = claimActor(v, verb: verb, object: &object, term: topicTerm, clause: clause, range),
              subjectKeepsClaim(subject, verb: verb, move: move, found: found, object: object,
                                term: &topicTerm, direction: &turn),
              var position = position(of: subject, at: v, verb: verb, found: found, object: object, term: topicTerm,
                                      direction: turn.direction, clause: clause, range),
              let negation = negation(at: v, verb: verb, clause: clause, range, direction: &position.direction)
        else { return nil }

        // "China to sanction US Congress members ... on Hong Kong", "Reciprocal sanctions imposed on certain US
        // individuals": sanctions on people, not on firms or goods, are politics, not a trade measure.
        if sanctionsOnPeopleOnly(v, verb: verb, found: found, range) { return nil }
        // "ITC Cancels Review of OTR Tire Import Duties": a review of a measure ended or begun leaves the measure
        // as it is.
        if position.direction == .easing, Self.endingLemmas.contains(sense.lemma),
           let r = object.span.prefix(3).first(where: { ["review", "reviews"].contains(tokens[$0].text) }),
           r + 1 < range.upperBound, tokens[r + 1].text == "of", found.index.map({ $0 > r }) ?? true { return nil }
        // "MP Materials announced it has ceased shipping its critical minerals to China": a side does not control
        // the exports bound for itself; the goods' own seller stopped them.
        if Self.exportControlTopics(of: position.actor).contains(position.topic), shipped(to: position.actor, in: object.span) {
            return nil
        }
        var modality = self.modality(at: v, sentence: range, sense: sense, negated: negation.negated,
                                     forceAnnounced: move.forceAnnounced || turn.delaysNewMeasure)
        if turn.abandoned, modality == .signal, !sentenceHas(.source, range) { modality = .action }
        // "China, US to sign 'Phase one' trade agreement next week": a signing ahead is a meeting scheduled.
        if sense.lemma == "sign", move.term != nil || object.all.contains(.deal), modality != .action { return nil }
        // "US allows Trump-era China tariffs to continue pending review", "lets tariffs remain": leave to go on as
        // they are is no move.
        if Self.permissions.contains(sense.lemma), ((v + verb.length)..<min(v + verb.length + 10, range.upperBound)).contains(where: {
            Self.goOnWords.contains(tokens[$0].text) && (tokens[$0 - 1].text == "to" || sense.lemma == "let") }) { return nil }
        // Purchases made are trade data; purchases promised are a concession.
        if sense.lemma == "buy" || sense.lemma == "purchase", modality == .action || sense.participle { return nil }
        // "The Federal Communications Commission is probing a group of Chinese tech and telecom providers": the
        // US telecom regulator's probe is of firms' equipment and licences (tech-controls), not a trade-remedy case.
        if position.topic == .tariffs, position.actor == .us, !topicTerm.specific, let text = subject.text,
           Self.telecomRegulators.contains(text) {
            position.topic = .techControls
        }
        for k in object.span { consumed[k] = true }
        var matched = [verb.text, found.text]
        if let undoing = turn.undoing { matched.insert(undoing, at: 0) }
        if let text = subject.text { matched.append(text) }
        if let text = negation.text { matched.append(text) }
        // MOFCOM's "Final Ruling on the Anti-dumping Investigation against Imports of ... from the United States":
        // a trade-remedy body's own ruling, as an injury vote is (`Claim.ruling`).
        return Claim(topic: position.topic, actor: position.actor, direction: position.direction, modality: modality,
                     negated: negation.negated, quantities: position.topic == .tariffs ? quantities(range) : [],
                     evidence: evidence(range), matched: matched, inTitle: range.lowerBound < titleTokenCount, implied: false,
                     ruling: verb.text.hasSuffix("ruling on") || verb.text.hasSuffix("ruling of"))
    }

    /// "Relax high-tech restrictions", "Speed up Sino-U.S. BIT talks, experts advise": a headline that opens on
    /// the verb's plain form tells someone what to do (an editorial's or an adviser's call), it reports no move.
    func imperativeHeadline(_ v: Int, verb: Annotations.VerbSpan) -> Bool {
        v == 0 && titleTokenCount > 1 && !verb.value.participle && !verb.value.isChangeNoun && verb.text == verb.value.lemma
    }

    /// Verbs of a state kept: what is let "continue" or "remain" stays as it is.
    static let goOnWords: WordSet = ["continue", "remain", "stay", "persist", "stand"]

    /// The direction a verb's move ends with once what turns it is read: a permission let lapse, a change
    /// undone, a plan dropped.
    struct TurnedDirection {
        var direction: Direction
        /// The word that undoes the verb's change ("suspension of ..."), for evidence.
        var undoing: String?
        /// "drops plan to add firms to the entity list".
        var abandoned: Bool
        /// "Delays Imposition of New Tariffs": a new measure with a later start.
        var delaysNewMeasure: Bool
    }

    /// The side, topic and direction of a claim once its subject is known.
    struct ClaimPosition {
        var actor: Actor
        var topic: Topic
        var direction: Direction
    }

    /// Uses of the verb that move nothing wherever the sentence goes: what a warning is against, what is
    /// kept from happening, conduct against a measure, a way cleared to talks, a relative clause about a
    /// measure in force, pushing back against one.
    func notDoneHere(_ v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> Bool {
        let sense = verb.value
        // "US considering making port fees more affordable for Chinese ships": what is weighed is an act the
        // lexicon cannot read, so its way is unknown; the measure it names is no measure weighed.
        let next = v + verb.length
        if sense.isThreat, Self.weighingLemmas.contains(sense.lemma), next < range.upperBound, ann.verb[next] == nil,
           tokens[next].text.hasSuffix("ing"), ann.topic[next] == nil, ann.objects[next].isEmpty { return true }
        // "warned the Trump administration against reigniting trade tension by restoring tariffs", "warned against
        // weakening security by allowing chips to be exported": what a warning is against is not done.
        if hasAgainst, let g = (range.lowerBound..<v).last(where: { tokens[$0].text == "against" }),
           (max(range.lowerBound, g - 10)..<g).contains(where: { Self.warningWords.contains(tokens[$0].text) }) { return true }
        // "agreed to a 90-day break from further escalating the trade war", "refrain from imposing": a gerund of
        // tightening after "from" is what is kept from happening.
        if tokens[v].text.hasSuffix("ing"), [.tightening, .increaser, .adder].contains(sense.verbClass) {
            var p = v - 1
            while p > range.lowerBound, ann.has(.adverb, at: p) { p -= 1 }
            if p >= range.lowerBound, tokens[p].text == "from" { return true }
        }
        // "charged two men with exporting Nvidia GPUs to China in violation of export controls": conduct
        // against a measure in force, not a change of it.
        if sense.isChangeNoun, verb.text.hasSuffix("violation of"), v > range.lowerBound, tokens[v - 1].text == "in" { return true }
        // "clear a smooth path for the summit": a way cleared to talks is no clearance ("clears way for Nvidia
        // H20 sales" still eases the sales).
        if sense.lemma == "clear", ((v + verb.length)..<min(v + verb.length + 3, range.upperBound)).contains(where: {
            ["path", "way"].contains(tokens[$0].text) }),
           !((v + verb.length)..<min(v + verb.length + 12, range.upperBound)).contains(where: {
               ann.topic[$0].map { $0.value.candidates.first?.topic != .talks } ?? false }) { return true }
        // "the 145% levies he has imposed on Chinese imports": a relative clause tells a measure already in force.
        if v >= range.lowerBound + 2 {
            var p = v - 1
            if ["has", "have", "had"].contains(tokens[p].text) { p -= 1 }
            if p > range.lowerBound, ["he", "she", "they", "it", "we"].contains(tokens[p].text),
               ann.topic[p - 1] != nil || !ann.objects[p - 1].isEmpty {
                return true
            }
        }
        // "will extend a deadline to escalate tariffs", "a March 1 deadline for raising tariffs": what a deadline
        // is for is what happens when it passes, not a move made now.
        if v >= range.lowerBound + 2, ["to", "for"].contains(tokens[v - 1].text), ["deadline", "deadlines"].contains(tokens[v - 2].text) {
            return true
        }
        // "Bill to ban Chinese drones dies in committee": what a bill that fails would have done is not done.
        if v >= range.lowerBound + 2, tokens[v - 1].text == "to", Self.isActNoun(tokens[v - 2].text) || tokens[v - 2].text == "bills",
           range.contains(where: { Self.billFailureWords.contains(tokens[$0].text) }) { return true }
        // "China denies plans to curb rare earth exports": a statement denied, not a permission refused.
        if sense.lemma == "deny", next < range.upperBound, Self.deniedThings.contains(tokens[next].text) { return true }
        // "signalling its resolve to push back against Trump's tariffs": resisting a measure, not deferring it.
        if sense.verbClass == .delayer, verb.text.hasPrefix("push"), let next = after(v + verb.length - 1),
           ["against", "on"].contains(next) { return true }
        return false
    }

    /// A verb under a condition, told as past in the lede, naming an earlier change, or a rise inside what a
    /// delay or a cut puts off.
    func conditionOrBackground(_ v: Int, verb: Annotations.VerbSpan, clause: Int, _ range: Range<Int>) -> Bool {
        let sense = verb.value
        if governedByCondition(v, clause: clause, range) { return true }
        if range.lowerBound >= titleTokenCount, toldAsPast(v, verb: verb, range) { return true }
        // "to temper the impact of USTR's previous imposition of additional Section 301 duties": a change named
        // as an earlier one is background.
        if sense.isChangeNoun, v > range.lowerBound, Self.earlierWords.contains(tokens[v - 1].text) { return true }
        // "a two-week delay on the start of steep tariff increases ..., including a 25% duty hike on cranes": a
        // rise named inside what a delay or a cut puts off is that delay's object; the delay says the way. So is
        // a start that a modifier acts on ("will modify accordingly the application of the additional rate").
        // (", including ..." goes on with the clause before it.)
        let governing = clause > range.lowerBound + 1 && tokens[clause].text == "including" ? clauseStart(clause - 1, range) : clause
        if sense.isChangeNoun, undoneBy[v] == nil, [.increaser, .adder, .tightening, .starter].contains(sense.verbClass),
           // (An approval of a resumption lets it go ahead: "approved the resumption of H20 sales" resumes them.)
           (governing..<v).contains(where: { k in ann.verb[k].map { ([.delayer, .reducer, .easing].contains($0.value.verbClass)
                   && !Self.approvingVerbs.contains($0.value.lemma)
                   || $0.value.verbClass == .modifier && sense.verbClass == .starter) } ?? false
               && !(tokens[k].text == "end" && ["use", "user", "users"].contains(after(k) ?? "")) }) {
            return true  // ("end use checks" is a noun)
        }
        return false
    }

    /// The verb's object as a claim reads it (what is exempted from a relief, the measure after "from"), or
    /// nil when the verb says nothing of it: a plan to act eased, goods carved out of a relief, a verb that
    /// needs an object without one, an adjustment.
    mutating func claimObject(_ v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> VerbObject? {
        let sense = verb.value
        var object = objectOf(v, verb: verb, range)
        if [.easing, .reducer, .delayer].contains(sense.verbClass), objectIsPlanToAct(object) { return nil }
        // "de Minimis Rulemaking to Carve Out Section 301 Goods", "excludes Chinese goods from duty-free
        // treatment": goods carved out of a relief lose it. The grammar here reads carving out as a relief, so
        // a relief the goods are taken from, named after "from" or earlier in the sentence, says nothing.
        if Self.carvingVerbs.contains(sense.lemma) {
            let from = exemptedFrom(after: object.start, range)
            if let f = from, ((f + 1)..<min(f + 5, range.upperBound)).contains(where: { ann.objects[$0].contains(.respite) }) {
                return nil
            }
            if from == nil, (range.lowerBound..<v).contains(where: { ann.objects[$0].contains(.respite) }) { return nil }
        }
        // "exempts US soybeans, pork from tariff hikes": what is waived is the measure after "from".
        if Self.exemptingVerbs.contains(sense.lemma),
           let f = exemptedFrom(after: object.start, range),
           ((f + 1)..<min(f + 5, range.upperBound)).contains(where: { ann.topic[$0] != nil }) {
            for k in object.span { consumed[k] = true }
            object = objectOf(f, verb: Annotations.VerbSpan(value: sense, length: 1, text: tokens[f].text), range)
        }
        // "The Ministry of Commerce issued four announcements regarding export controls on rare earths": a
        // document issued about a measure issues the measure. (Not one named by a gerund: "an announcement on
        // suspending ..." is the document's name, and the gerund's own way.)
        if Self.issuingVerbs.contains(sense.lemma), v >= titleTokenCount, !(v > range.lowerBound && Self.isDocumentNoun(tokens[v - 1].text)),
           let d = (object.start..<min(object.start + 4, object.end)).first(where: { Self.announcementNouns.contains(tokens[$0].text) }),
           d + 2 < range.upperBound, ["on", "regarding", "concerning"].contains(tokens[d + 1].text),
           ann.verb[d + 2] == nil || ann.topic[d + 2] != nil, !tokens[d + 2].text.hasSuffix("ing"),
           ((d + 2)..<min(d + 5, range.upperBound)).contains(where: { ann.topic[$0] != nil }),
           !((d + 2)..<min(d + 8, range.upperBound)).contains(where: { Self.easingChangeWords.contains(tokens[$0].text)
               || Self.neutralChangeNouns.contains(tokens[$0].text) || ann.verb[$0]?.value.isChangeNoun == true }) {
            for k in object.span { consumed[k] = true }
            object = objectOf(d + 1, verb: Annotations.VerbSpan(value: sense, length: 1, text: tokens[d + 1].text), range)
        }
        if !sense.participle, object.start >= object.end, [.starter, .adder, .settler].contains(sense.verbClass),
           sense.impliedTopic == nil {
            return nil  // "USTR announces": a verb that needs an object says nothing without one
        }
        if sense.verbClass == .modifier, !carriesOutTalks(range), !listUpdatedWithFirms(sense, object, range) {
            // "Adjusting Additional Tariff Measures": the change says neither way, and what it
            // adjusts is no new measure either; the lede tells the direction, unless the
            // change carries out what talks agreed (ItemScan+TalksOutcome.swift).
            for k in object.span { consumed[k] = true }
            return nil
        }
        return object
    }

    /// The topic found is one the verb moves no way: the war as its own subject, talks resumed or ended,
    /// what talks are for, a charge that a deal was broken, a global tariff, a study of a measure, a US firm
    /// acting for itself, a deal with a firm.
    mutating func topicSaysNoMove(_ found: ClaimTopic, at v: Int, verb: Annotations.VerbSpan, object: VerbObject,
                                  clause: Int, _ range: Range<Int>) -> Bool {
        let sense = verb.value
        // "tariff war eases", "Trade War Escalates": the war as its own subject is the climate, not a move.
        if Self.warTerms.contains(found.text), let i = found.index, i < v || warIsSetting(at: i, clause: clause) { return true }
        // "Negotiations have resumed", "agree to resume trade talks": talks being held are no move
        // (../shared/eval/README.md: talks held, scheduled or resumed are neutral).
        if ["resume", "restart", "reopen"].contains(sense.lemma), Self.talksTerms.contains(found.text) { return true }
        // "deal struck to cut China trade deficit", "wrap up trade talks with promising signals on reducing
        // deficits": what talks or a deal are for is their purpose, not a change of them.
        if let i = found.index, i < v, v > range.lowerBound, ["to", "on", "for", "about", "toward", "towards"].contains(tokens[v - 1].text),
           found.term.candidates.first?.topic == .talks { return true }
        // "Trump, Xi end talks with no trade deal": talks that end as planned were held, not broken off.
        if ["end", "conclude", "wrap up"].contains(sense.lemma), Self.talksTerms.contains(found.text) { return true }
        // "Trump Says China Violated Its Trade Agreement With US": a charge that the other side broke a deal is
        // no move; the deal stands until a side ends it (talks broken off are a tightening; a charge is neutral).
        // What the deal holds ("an agreement to mutually roll back tariffs") is its content, not a move either.
        if ["violate", "breach"].contains(sense.lemma), found.term.candidates.first?.topic == .talks {
            for k in v..<range.upperBound { consumed[k] = true }
            return true
        }
        // "US imposes new 10% global tariff", "a 15% global tariff floor under Section 122": a tariff on every
        // country is no US-China move unless China is named its target.
        if let t = found.index, t >= range.lowerBound, found.term.candidates.first?.topic == .tariffs, !object.targetChina,
           (max(range.lowerBound, t - 4)..<t).contains(where: { ["global", "worldwide", "universal"].contains(tokens[$0].text) }) {
            return true
        }
        // "Trump pauses most reciprocal tariffs, raises China levy": "most" tariffs, with China named nowhere in
        // the clause, are the other countries' ("US, China agree to cut most tariffs" names it).
        if let t = found.index, t > clause, found.term.candidates.first?.topic == .tariffs, !object.targetChina,
           (max(clause, t - 3)..<t).contains(where: { tokens[$0].text == "most" }), !names(.china, in: clause..<object.end) {
            return true
        }
        // "To require a report on the effectiveness of chip export controls": what is required is a study of the
        // measure, not the measure.
        if let t = found.index, t > object.start, (object.start..<min(t, max(object.start, object.directEnd))).contains(where: {
            Self.studyWords.contains(tokens[$0].text) }) { return true }
        // "Boeing prepares to resume plane deliveries to China": a US firm as the subject acts for itself, not
        // China's countermeasure on it. (A firm resuming sales as US controls lift still tells the US move:
        // "Synopsys resumes sales in China after US rescinds export restrictions".)
        if let i = found.index, i < v, ann.side[i] == .us, ann.actor[i] == nil, !ann.actorEnds[i],
           found.term.candidates.first?.topic == .nonTariffCountermeasures,
           !(clause..<v).contains(where: { ann.actor[$0] != nil }) { return true }
        // "announced a new $500 million agreement with tech giant Apple": a deal whose other party is a firm
        // is company news, not a deal of the two governments.
        if found.term.candidates.first?.topic == .talks, let t = found.index, case let w = t + (ann.topic[t]?.length ?? 1),
           w + 1 < range.upperBound, tokens[w].text == "with" {
            let after = (w + 1)..<range.upperBound
            let partyEnd = after.first(where: { tokens[$0].isBoundary || [",", "to", "that", "which"].contains(tokens[$0].text) }) ?? range.upperBound
            // A firm carries its country's side ("Apple"); a government is an actor, or a people's name ("Chinese").
            // What follows "with" may also be the deal's content ("Truce With Tariff Cuts"): only a firm there
            // makes it company news.
            let party = after.lowerBound..<partyEnd
            let government = party.contains { ann.actor[$0] != nil
                || ann.side[$0] != nil && ["chinese", "american", "u.s.", "us", "beijing", "washington"].contains(tokens[$0].text) }
            if !government, party.contains(where: { ann.side[$0] != nil }) { return true }
        }
        return false
    }

    /// The move's direction turned by what governs the verb: a permission or measure let lapse, a change
    /// undone ("Suspension of Expansion of ..."), a plan dropped; a new tariff with a later start stays a
    /// tightening.
    func turnedDirection(_ direction: Direction, at v: Int, verb: Annotations.VerbSpan, object: VerbObject,
                         term topicTerm: TopicTerm, clause: Int, _ range: Range<Int>) -> TurnedDirection {
        let sense = verb.value
        var dir = direction
        // "China has let the export registrations of over 1,000 U.S. meat plants expire", "allowed the approvals
        // for beef exporters to lapse": a permission let lapse is withdrawn; a measure let lapse ends.
        if ["let", "allow"].contains(sense.lemma),
           ((v + verb.length)..<min(range.upperBound, v + 16)).contains(where: { Self.lapseWords.contains(tokens[$0].text) }) {
            dir = object.isMeasure ? .easing : .tightening
        }
        // "Suspension of tariffs on Chinese goods ends": a change noun whose clause closes on its own end.
        let undoing = undoneBy[v] ?? (sense.isChangeNoun
            ? closingLapse(after: v + verb.length, range) ?? passiveDelay(after: v + verb.length, range) : nil)
        // ("delays lifting of tariffs": the verb before a change noun undoes it once, not also as a stop.)
        let abandoned = abandonedPlan(before: v, clause: clause) || undoing == nil && stoppedDoing(v)
        if abandoned { dir = dir.opposite }  // "drops plan to add firms to the entity list"
        // "Delays Imposition of New Tariffs on Chinese Chips Until 2027": a new measure decided now with a later
        // start is a tightening (../shared/eval/README.md), not the delay of one already set.
        // (Tariffs only, as for "delays new tariffs": "postpones implementation of new export controls" put off
        // the October controls.)
        let delaysNewMeasure = undoneBy[v].map { Self.delayWords.contains($0.lowercased()) } ?? false && dir == .tightening
            && topicTerm.candidates[0].topic == .tariffs
            && object.span.contains { tokens[$0].text == "new" }  // ("its latest round of controls" was set before)
        if undoing != nil, !delaysNewMeasure { dir = dir.opposite }  // "Suspension of Expansion of End-User Controls"
        return TurnedDirection(direction: dir, undoing: undoing, abandoned: abandoned, delaysNewMeasure: delaysNewMeasure)
    }

    /// What the subject makes of the claim: a deal won by no government is a contract (false); China's
    /// review of a US firm's deal, its ban on US chips and its measures on a named US firm are its
    /// countermeasures (the term and direction change).
    func subjectKeepsClaim(_ subject: ClaimActor, verb: Annotations.VerbSpan, move: VerbMove, found: ClaimTopic,
                           object: VerbObject, term topicTerm: inout TopicTerm, direction turn: inout TurnedDirection) -> Bool {
        let sense = verb.value
        // "Lynas secures Pentagon deal": a deal won by someone no government is a contract.
        if Self.receivers.contains(sense.lemma), move.term != nil, subject.text == nil { return false }
        // "China clears Synopsys's Ansys buyout": China's merger review of a US firm's deal is its antitrust lever.
        if subject.actor == .china, mergerUnderReview(object) {
            // (A probe opened into the deal is a review against it.)
            let probeOpened = sense.verbClass == .starter && object.all.contains(.probe)
            guard let reviewed = Self.mergerReviewDirection(sense) ?? (probeOpened ? .tightening : nil) else { return false }
            topicTerm = DomainLexicon.usFirmTerm
            turn.direction = turn.undoing == nil && !turn.abandoned ? reviewed : reviewed.opposite
        }
        // "China bans US AI chips": the US's chips, kept out by China, are China's countermeasure,
        // as "China bans Nvidia chips" is.
        if subject.actor == .china, Self.chipGoods.contains(found.text) { topicTerm = DomainLexicon.chipTerm }
        // "China Sanctions Skydio, the Largest US-Based Drone Maker": China acting on a named US firm moves its
        // countermeasures, whatever US measure the firm's goods are named in.
        // "China targets US rare earth miners": a term inside the firms' own name says what they do.
        else if subject.actor == .china, subject.text != nil, let firm = firmNamed(in: object),
                topicTerm.resolve(for: .china).actor == .us || found.index.map({ termNamesFirms($0, after: firm, object) }) ?? false {
            topicTerm = DomainLexicon.usFirmTerm
        }
        return true
    }

    /// Whose position the claim moves, on which topic and which way, or nil when it is no US-China position:
    /// what talks are for, a move on a third side, sanctions off the trade track, a political measure.
    func position(of subject: ClaimActor, at v: Int, verb: Annotations.VerbSpan, found: ClaimTopic, object: VerbObject,
                  term: TopicTerm, direction: Direction, clause: Int, _ range: Range<Int>) -> ClaimPosition? {
        let sense = verb.value
        var dir = direction
        guard let owned = ownedTopic(subject, term: term, object: object) else { return nil }
        // "Nvidia AI Chips Face Scrutiny in China Customs Crackdown": China acts on US chips, its countermeasure.
        let facedByChina = sense.lemma == "face" && subject.actor == .china && owned.topic == .techControls
        let who = facedByChina ? .china : owned.actor
        var topic = facedByChina ? .nonTariffCountermeasures : owned.topic
        // "talks aimed at extending the truce", "seek to extend trade truce": what talks are for is not what
        // they decided.
        if topic == .talks || dir == .easing && [.extender, .settler].contains(sense.verbClass),
           (range.lowerBound..<v).contains(where: { ann.has(.goal, at: $0) }) { return nil }
        // "begin trade talks in Malaysia to ease tensions", "meet in Paris to clear path to summit": an easing
        // that talks being held are for.
        if dir == .easing, purposeOfTalks(v, clause: clause) { return nil }
        let topicTerm = owned.term
        // A promise to buy (soybeans, Boeing jets) is a concession in the talks, not a countermeasure.
        if sense.lemma == "buy" || sense.lemma == "purchase", dir == .easing {
            // "a decade-long commitment to purchase all magnets from the planned facility": a buyer nobody
            // names is a firm's contract, not China's concession.
            guard subject.text != nil || (clause..<v).contains(where: { ann.side[$0] == .china }) else { return nil }
            topic = .talks
        }
        // "lifts export curbs on U.S. entities": a list of named firms, whatever else the item says of rare earths.
        let firmsTargeted = (object.start..<object.end).contains { Self.firmNouns.contains(tokens[$0].text) }
            && !object.span.contains(where: { isTopicTerm($0, .rareEarthExports) })
        // "dual-use items to US military users" names its targets; "dual-use items to the US" names a country,
        // and controls on a country's exports are the export-control position (the labelled items agree).
        // "Chip Import Controls to Curb Nvidia Sales": controls on what China takes in are a countermeasure.
        func usersTargeted() -> Bool {
            firmsTargeted || firmNamed(in: object) != nil
                || (object.start..<object.end).contains { Self.endUserNouns.contains(tokens[$0].text) || ["import", "imports"].contains(tokens[$0].text) }
        }
        if who == .china, topic == .rareEarthExports, topicTerm.deferential, object.targetUS, usersTargeted() {
            topic = .nonTariffCountermeasures  // export controls aimed at named US firms: the export-control list
        }
        if let text = subject.text, Self.courts.contains(text), dir == .tightening, object.isMeasure || topic == .tariffs {
            dir = .easing  // a court blocking tariffs strikes them down
        }
        if offTopicSanctions(topicTerm, text: found.text, actor: who) { return nil }
        // "take countermeasures if U.S. escalates tariff measures": China's answer to tariffs, in kind.
        if who == .china, topic == .nonTariffCountermeasures, Self.retaliationWords.contains(found.text),
           range.contains(where: { ann.topic[$0]?.value.candidates[0].topic == .tariffs }) {
            topic = .tariffs
        }
        // "pauses all tariffs for 90 days except for ones affecting China": the other side is left out of it.
        if dir == .easing, exceptsOtherSide(of: who, after: v, range) { return nil }
        if opposedByItsOwnSide(who, before: v, range) {
            // "China opposes addition of 7 companies to US export-control list": the list's owner, named right
            // before it, is the side that acts; its move goes the way the verb says.
            if let t = found.index, t - 1 >= max(range.lowerBound, v + verb.length),
               (max(range.lowerBound, t - 2)..<t).contains(where: { (ann.actor[$0]?.value ?? ann.side[$0]) == who.other })
                || ann.actorEnds[t - 1] && ann.actor[actorStart(endingAt: t - 1, from: range.lowerBound)]?.value == who.other {
                let owned = term.resolve(for: who.other)
                guard owned.actor == nil || owned.actor == who.other else { return nil }
                return ClaimPosition(actor: who.other, topic: owned.topic, direction: dir)
            }
            // "China opposes addition of 33 Chinese entities to U.S. 'unverified list'": a measure aimed at the
            // opposer's own side is the other side's, whose the reading here cannot tell; no way is told.
            if who == .china ? object.targetChina : object.targetUS { return nil }
            dir = dir.opposite
        }
        // "Rescinds Its AI Diffusion Rule and Issues Compliance Guidance": undone and replaced at once.
        if dir == .easing, range.lowerBound < titleTokenCount, replacedAtOnce(after: v + verb.length, until: object.end, range) { return nil }
        // "China to probe Calvin Klein parent firm over Xinjiang cotton": a political reason given for a
        // measure on a US firm leaves it China's countermeasure; the politics inside the object do not.
        let reason = object.span.first { Self.reasonWords.contains(tokens[$0].text) } ?? object.end
        let firmOverPolitics = who == .china && object.targetUS && !politicalMeasure(in: object.start..<reason)
        // (Up to the object's end: "...; Lawmakers Seek Clarity" after the move is no political target of it.)
        if !topicTerm.specific, politicalMeasure(in: range.lowerBound..<max(object.end, v + 1)), !firmOverPolitics { return nil }
        guard isUSChinaPosition(topic: topic, actor: who, object: object, topicIndex: found.index,
                                namedSubject: subject.text != nil, range) else { return nil }
        return ClaimPosition(actor: who, topic: topic, direction: dir)
    }

    /// Negation before the verb: nil when it leaves no claim (a denial, a negated easing, a tightening
    /// nobody committed not to make); otherwise whether the claim is negated and the words that said so,
    /// with `direction` turned where the negation turns it.
    /// "USTR declines to extend exclusions", "will not renew the truce": a respite not extended lapses, a
    /// measure not extended ends; the refusal turns the extension the other way. ("no plans to extend" is a
    /// plan denied: no move.)
    func negation(at v: Int, verb: Annotations.VerbSpan, clause: Int, _ range: Range<Int>,
                  direction dir: inout Direction) -> (negated: Bool, text: String?)? {
        let sense = verb.value
        var before = max(clause, v - 4)..<v
        // "no retaliatory tariffs will be imposed": a passive whose subject opens with "no" is denied, however
        // many words the subject has.
        if sense.participle, let k = (max(clause, v - 8)..<before.lowerBound).first(where: {
            tokens[$0].text == "no" && ann.has(.negation, at: $0) && !($0 + 1 < v && tokens[$0 + 1].text == "longer") }) {
            before = k..<v
        }
        let extensionRefused = sense.verbClass == .extender && before.contains { ann.has(.negation, at: $0) }
            && !before.contains { ann.cueText[$0] == "no plans to" }
        // (In the verb's own clause: "China would not rule out tariffs ..., and Chinese companies have halted
        // purchases" is a denial of the first clause only.)
        if !extensionRefused, (clause..<v).contains(where: { ann.has(.denial, at: $0) }) { return nil }
        // "he would not request the USTR to start any new Section 301 duties": a request denied asks for nothing.
        if v > 0, tokens[v - 1].text == "to", let ask = (max(range.lowerBound, v - 12)..<(v - 1)).last(where: {
               Self.askingVerbs.contains(tokens[$0].text) }),
           (max(range.lowerBound, ask - 2)..<ask).contains(where: { ann.has(.negation, at: $0) }),
           !((ask + 1)..<(v - 1)).contains(where: { tokens[$0].isBoundary && tokens[$0].text != "(" && tokens[$0].text != ")" }) {
            return nil
        }
        var negationText: String?
        // "H200 chips are not allowed into China": a permission denied is a ban.
        let passivePermission = sense.participle && ["allow", "permit"].contains(sense.lemma)
        var stopped = false
        for k in before where ann.has(.negation, at: k) {
            negationText = ann.cueText[k]
            if dir == .easing, passivePermission { dir = .tightening; break }
            // "will no longer impose additional tariffs", "will no longer collect deposits", "can no longer ship
            // to": what stops is turned the other way (the labelled items say so every time), not denied.
            if extensionRefused || tokens[k].text == "no" && k + 1 < v && tokens[k + 1].text == "longer" {
                dir = dir.opposite
                stopped = true
                if !extensionRefused { negationText = "no longer" }
                break
            }
            // Only a commitment not to tighten is a move ("agree not to escalate"); the rest is no claim.
            let committed = (max(clause, k - 3)..<k).contains { ann.has(.commitment, at: $0) }
            // A decision not to tighten, in a headline, is the easing it decides (not a denial).
            if dir == .tightening, !committed, clause < titleTokenCount, decidedNot(at: k, verb: v, clause: clause) {
                dir = .easing
                stopped = true
                break
            }
            if dir == .easing || !committed { return nil }
        }
        let negated = negationText != nil && !passivePermission && !stopped
        if negated { dir = .easing }
        return (negated, negationText)
    }

    /// A decision not to tighten, worded right at the verb: "U.S. not to impose punitive duties on ... from China",
    /// "ITC votes not to impose duties" (the labelled items read each as a US easing). Not a past denial ("did not
    /// impose"), not a statement of what one will not do ("will not impose", "will not retaliate": no claim, as
    /// before), and not what another is urged or asked not to do ("urges the US not to impose").
    /// ("ITC declines to impose duties on Chinese furniture": a decision against, told by its verb.)
    func decidedNot(at k: Int, verb v: Int, clause: Int) -> Bool {
        guard tokens[k].text == "not" || Self.decliningWords.contains(tokens[k].text), k + 2 == v, tokens[k + 1].text == "to"
        else { return false }
        return !(max(clause, k - 6)..<k).contains { Self.directiveVerbs.contains(tokens[$0].text) || Self.askingVerbs.contains(tokens[$0].text) }
    }

    static let decliningWords: WordSet = ["declines", "declined", "decline", "declining"]

    /// Verbs that ask another to act: "request the USTR to start", "ask Commerce to add".
    static let askingVerbs: WordSet = ["request", "ask", "direct", "instruct", "order", "tell", "requested", "asked",
                                       "directed", "instructed", "ordered", "told"]

    static let months: WordSet = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    static let relationshipNouns: WordSet = ["relationship", "relationships", "relations", "ties", "cooperation",
                                                 "partnership", "communication", "communications", "engagement"]

    static let billFailureWords: WordSet = ["dies", "died", "fails", "failed", "stalls", "stalled", "killed", "defeated",
                                                "stripped", "shelved", "withdrawn", "vetoed", "vetoes"]

    /// What "deny" takes when it denies a statement, not a permission: "denies plans to", "denies reports that".
    static let deniedThings: WordSet = ["plans", "plan", "it", "that", "report", "reports", "claims", "claim", "any",
                                            "allegations", "allegation", "rumors", "rumours", "speculation", "media"]

    static let lapseWords: WordSet = ["expire", "expired", "lapse", "lapsed"]

    /// Goods on their way to `side`: "shipping its critical minerals to China", "exports to the US" (not
    /// "added to US entity list").
    func shipped(to side: Actor, in span: Range<Int>) -> Bool {
        span.contains { k in
            // (The country itself: "export licenses to Intel" go to a firm of the side that grants them.)
            tokens[k].text == "to" && k + 1 < span.upperBound && ann.actor[k + 1]?.value == side
                && (max(span.lowerBound, k - 6)..<k).contains(where: { tradeNamed($0) || tokens[$0].text == "shipment" })
                && !((k + 1)..<min(k + 4, span.upperBound)).contains(where: { ann.objects[$0].contains(.list) })
        }
    }

    /// The topics of one side's controls on its own exports.
    static func exportControlTopics(of actor: Actor) -> Set<Topic> {
        actor == .china ? [.rareEarthExports] : [.techControls, .edaSoftware, .jetEngines, .chemicals, .nuclear]
    }

    static let shippingVerbs: WordSet = ["ship", "export", "sell", "supply", "deliver"]

    /// What follows a participle that acts as a verb rather than as an adjective: its agent, its place, its rate.
    static let participleFollowers: WordSet = ["by", "to", "on", "in", "from", "under", "for", "with", "at", "as", "and",
                                                   "or", "against", "over", "since", "after", "before", "last", "earlier", "the", "a", "an"]

    static let warningWords: WordSet = ["warn", "warns", "warned", "warning", "caution", "cautions", "cautioned",
                                            "argue", "argues", "argued", "advise", "advises", "advised", "lobbied", "lobbies"]

    static let courts: WordSet = ["court", "judge", "judges", "trade court", "supreme court", "federal court",
                                      "appeals court", "court of international trade"]

    // MARK: helpers

    /// The range names this side: its government, capital or people ("China", "Beijing", "Chinese").
    func names(_ side: Actor, in range: Range<Int>) -> Bool {
        range.contains { ann.actor[$0]?.value == side || ann.side[$0] == side }
    }

    /// "Suspension of Expansion of End-User Controls": a change noun whose
    /// object is another change noun undoes it. The outer noun makes no claim
    /// of its own; the inner one's direction turns around.
    /// A verb does the same: "US lifts suspension of nuclear licences",
    /// "China will suspend the global implementation of the new controls",
    /// "government revokes waivers for chipmaking tools".
    mutating func undoesNestedChange(at v: Int, verb: Annotations.VerbSpan) -> Bool {
        guard [.reducer, .easing, .delayer].contains(verb.value.verbClass), !verb.value.isThreat else { return false }
        // "US goods granted the extension of exclusion": a permission gives the change, it does not undo it.
        if Self.permissions.contains(verb.value.lemma) { return false }
        let objectStart = v + verb.length
        var next = objectStart
        // Over determiners and a modifier or two: "the global implementation of"; after a determiner, a date
        // the change was set for too: "delay a scheduled March 2 increase in the tariffs".
        let modifierReach = objectStart + (objectStart < tokens.count && Self.determiners.contains(tokens[objectStart].text) ? 6 : 3)
        func modifier(_ k: Int) -> Bool {
            tokens[k].id < 0 || Self.scheduledWords.contains(tokens[k].text) || Self.months.contains(tokens[k].text) || tokens[k].isNumber
        }
        while next < min(tokens.count, objectStart + 6), tokens[next].sentence == tokens[v].sentence, ann.verb[next] == nil,
              Self.determiners.contains(tokens[next].text) || !verb.value.isChangeNoun && next < modifierReach && modifier(next) {
            next += 1
        }
        // "suspend retaliatory tariffs, as well as its addition of firms to the list".
        var k = v + verb.length
        while k + 3 < min(tokens.count, v + verb.length + 14), tokens[k].sentence == tokens[v].sentence {
            if asWellAs(at: k) {
                var c = k + (tokens[k].text == "," ? 4 : 3)
                if c < tokens.count, Self.determiners.contains(tokens[c].text) { c += 1 }
                if c < tokens.count, let inner = ann.verb[c], inner.value.isChangeNoun { undoneBy[c] = verb.text }
                break
            }
            k += 1
        }
        guard next < tokens.count, tokens[next].sentence == tokens[v].sentence,
              let inner = ann.verb[next], inner.value.isChangeNoun, inner.value.verbClass != .modifier else { return false }
        // "ends the suspension of the elimination of duty-free treatment": an undoing undone is none; the inner
        // change stands as it is.
        undoneBy[next] = undoneBy[v] == nil ? verb.text : nil
        return true
    }

    /// "to preserve the truce": an infinitive that starts a purpose clause
    /// ends a verb's object ("to" before a figure, a name or a list does not).
    /// A firm or a side a permission names before its infinitive: "approved the company to", "allowed Nvidia to".
    func permitsFirm(at k: Int) -> Bool {
        Self.firmNouns.contains(tokens[k].text) || ann.actorEnds[k] || ann.side[k] != nil || ann.topic[k] != nil
    }

    /// The list after "to" that an adder's firms go onto, within a long sentence part: "added X, a ..., and Y,
    /// a ..., to a list of".
    /// Adders that put firms "on" a list.
    static let puttingVerbs: WordSet = ["place", "put"]

    /// `on`: the verb puts firms "on" a list as well as adding them "to" it ("places a dozen Chinese groups
    /// developing quantum computing ... on an entity list").
    func addedToList(after start: Int, _ range: Range<Int>, on: Bool = false) -> Int? {
        var k = start
        while k + 2 < min(start + 28, range.upperBound) {
            if tokens[k].isBoundary, tokens[k].text != "," { return nil }
            // (Past another "to": "seven Chinese entities, mostly related to aerospace, to its export control list".)
            // (A list a topic names: "a list of products it exempts" is no list of firms.)
            if tokens[k].text == "to" || on && tokens[k].text == "on" {
                let n = Self.determiners.contains(tokens[k + 1].text) ? k + 2 : k + 1
                if n < range.upperBound, let t = ann.topic[n],
                   ann.objects[n].contains(.list) || ann.objects[n + t.length - 1].contains(.list) { return n }
            }
            k += 1
        }
        return nil
    }

    func purposeClause(at i: Int) -> Bool {
        guard tokens[i].text == "to", i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence else { return false }
        // "licences to sell to Huawei": the infinitive completes a permission noun.
        if i > 0, Self.permissionNouns.contains(tokens[i - 1].text) || ["ability", "right", "permission"].contains(tokens[i - 1].text) {
            return false
        }
        // "makes it harder for China to buy chip tools": the infinitive is what is made harder.
        if (max(0, i - 8)..<i).contains(where: { ann.verb[$0]?.value.lemma.hasPrefix("make it ") == true })
            && !(max(0, i - 8)..<i).contains(where: { tokens[$0].isBoundary || tokens[$0].sentence != tokens[i].sentence }) {
            return false
        }
        var next = i + 1
        // "to further increase": past an adverb.
        if ann.has(.adverb, at: next), next + 1 < tokens.count, tokens[next + 1].sentence == tokens[i].sentence,
           ann.verb[next + 1] != nil {
            next += 1
        }
        // "adds Tencent to list of Chinese military companies": a list named by what follows "of" is a noun.
        if ann.objects[next].contains(.list), next + 1 < tokens.count, tokens[next + 1].text == "of" { return false }
        if let verb = ann.verb[next], ann.objects[next].isEmpty || !verb.value.alsoNoun { return true }
        if ann.has(.negation, at: next) { return true }  // "to avoid upsetting the truce"
        guard tokens[next].id < 0, !tokens[next].isNumber else { return false }
        // An unknown word after "to" starts a purpose clause unless a list or topic follows at once.
        let after = min(next + 3, tokens.count)
        return !((next + 1)..<after).contains { ann.objects[$0].contains(.list) }
    }

    /// A headline reacting to a move ("China protests after US adds firms to
    /// entity list", "Chip stocks rally after Washington eases China curbs")
    /// carries the move in its "after" clause.
    func reactionHeadline(_ range: Range<Int>, before k: Int) -> Bool {
        guard range.lowerBound < titleTokenCount, ["after", "following"].contains(tokens[k].text) else { return false }
        // Not "as": "stocks rally as Beijing eases curbs" is a market report (ClaimExtractionTests).
        // "Intel Lowers Q2 Revenue Guidance after US Revokes Some Licenses for Exports to China": a firm's
        // results answer the move as a market does.
        return (range.lowerBound..<k).contains { ann.has(.reaction, at: $0) || ann.has(.report, at: $0)
            || Self.firmResultNouns.contains(tokens[$0].text) }
    }
    static let firmResultNouns: WordSet = ["guidance", "forecast", "forecasts", "outlook", "revenue", "revenues",
                                           "earnings", "profit", "profits", "jobs", "workforce", "layoffs"]

    /// "US-China truce extended to 2026": a headline drops the auxiliary, so
    /// a participle after its noun is the main verb when no other verb follows.
    func headlinePassive(_ v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> Bool {
        guard range.lowerBound < titleTokenCount, verb.value.participle else { return false }
        return !((v + verb.length)..<range.upperBound).contains {
            ann.verb[$0] != nil && ann.verb[$0]!.value.verbClass != .modifier && ann.objects[$0].isEmpty
                || ann.has(.hold, at: $0) || ann.has(.reaction, at: $0)
        }
    }

    /// "hold off on adding", "stops issuing": a gerund governed by a verb
    /// that stops it.
    func stoppedDoing(_ v: Int) -> Bool {
        guard tokens[v].text.hasSuffix("ing") else { return false }
        // "has ceased collecting tariffs", "stopped buying soybeans": verbs the lexicon leaves to their object.
        if v > 0, ["cease", "ceases", "ceased", "stop", "stops", "stopped"].contains(tokens[v - 1].text) { return true }
        var k = v - 1
        while k >= max(0, v - 4), tokens[k].sentence == tokens[v].sentence {
            if let verb = ann.verb[k], k + verb.length == v {
                let c = verb.value.verbClass
                return c == .reducer || c == .easing || c == .delayer
            }
            k -= 1
        }
        return false
    }

    /// The word that closes a clause on its own end ("... ends", "... expired", "... runs out"), when the
    /// clause from `start` has no other verb before it.
    func closingLapse(after start: Int, _ range: Range<Int>) -> String? {
        var k = start
        while k < range.upperBound, !tokens[k].isBoundary {
            // ("lets tariff waivers for US soybeans lapse", "allows them to expire": the base form after "let" or "to".)
            if ["ends", "ended", "expires", "expired", "lapses", "lapsed", "lapse", "expire", "end"].contains(tokens[k].text),
               k + 1 >= range.upperBound || tokens[k + 1].isBoundary || scopeOnlyFollows(k + 1, range) { return tokens[k].text }
            // "China's suspension of rare earth curbs set to end": a schedule before the end is no verb of its own.
            if Self.scheduleWords.contains(tokens[k].text), k + 1 < range.upperBound, tokens[k + 1].text == "to" {
                k += 2
                continue
            }
            if ann.verb[k] != nil, !ann.verb[k]!.value.alsoNoun, !ann.inTopic[k], ann.topic[k] == nil { return nil }
            k += 1
        }
        return nil
    }

    /// "the increases in duty rates on List 3 tariffs that were scheduled to take effect on March 1 are being
    /// postponed", "Increase on List 3 Tariffs Postponed": a change noun whose sentence puts it off in the
    /// passive (or a headline that ends on the delay) is a change not made.
    func passiveDelay(after start: Int, _ range: Range<Int>) -> String? {
        guard start < range.upperBound else { return nil }
        for k in start..<range.upperBound where Self.delayWords.contains(tokens[k].text) && tokens[k].text.hasSuffix("ed") {
            if k > start && Self.beForms.contains(tokens[k - 1].text)
                || k + 1 == range.upperBound && range.lowerBound < titleTokenCount { return tokens[k].text }
        }
        // "the increase in tariffs ... will be moved from Oct. 1 to Oct. 15": a date moved later is a delay.
        for k in start..<range.upperBound where Self.movedWords.contains(tokens[k].text) && k > start
            && Self.beForms.contains(tokens[k - 1].text) && k + 1 < range.upperBound && tokens[k + 1].text == "from" {
            guard let t = ((k + 2)..<min(k + 7, range.upperBound)).first(where: { tokens[$0].text == "to" }),
                  ((k + 2)..<t).contains(where: { Self.months.contains(tokens[$0].text) }),
                  ((t + 1)..<min(t + 4, range.upperBound)).contains(where: { Self.months.contains(tokens[$0].text) }) else { continue }
            return tokens[k].text
        }
        return nil
    }
    static let movedWords: WordSet = ["moved", "shifted", "pushed"]

    /// "Tariff exemption ends for Chinese goods", "... expires on Friday": what follows the end says only
    /// whom or when it concerns, with no verb of its own, to the clause's end.
    func scopeOnlyFollows(_ k: Int, _ range: Range<Int>) -> Bool {
        guard k < range.upperBound, ["for", "on", "today", "tomorrow", "at", "this", "next"].contains(tokens[k].text) else { return false }
        var j = k + 1
        while j < range.upperBound, !tokens[j].isBoundary {
            if let verb = ann.verb[j], !verb.value.alsoNoun { return false }
            if newClause(at: j) || ann.has(.background, at: j) { return false }
            j += 1
        }
        return true
    }

    /// The term at `t` stands between the firms' country at `firm` and their noun: "US rare earth miners".
    func termNamesFirms(_ t: Int, after firm: Int, _ object: VerbObject) -> Bool {
        guard t > firm else { return false }
        var k = t
        while k < object.end, ann.inTopic[k] || ann.topic[k] != nil { k += 1 }
        return k < object.end && Self.targetNouns.contains(tokens[k].text)
    }

    /// "Trump says he expects to lower ...", "US expects to cut tariffs": the actor (or the pronoun standing
    /// for it) expects to act itself, the verb right after "to". Others' forecasts stay background.
    func ownIntention(at k: Int, before v: Int) -> Bool {
        guard ["expect", "expects"].contains(tokens[k].text), k + 2 == v, tokens[k + 1].text == "to", k >= 1 else { return false }
        return ann.actorEnds[k - 1] || ["he", "she", "it", "we"].contains(tokens[k - 1].text)
    }

    /// A year after a comma closing a document's name: "Announcement No.85, 2013".
    func documentYear(_ p: Int) -> Bool {
        guard isYear(p), p >= 1, tokens[p - 1].text == "," else { return false }
        return (max(0, p - 6)..<p).contains { ["announcement", "order", "decision", "notice", "circular"].contains(tokens[$0].text) }
    }

    /// Easing verbs that undo what they act on (not those that grant it: "grant", "approve", "allow", "exempt").
    static let undoingVerbs: WordSet = ["lift", "rescind", "repeal", "remove", "scrap", "drop", "dismantle", "reverse",
        "roll back", "scale back", "overturn", "void", "invalidate", "strike down", "throw out", "wind down"]

    static let planNouns: WordSet = ["plan", "plans", "proposal", "proposals", "bid", "threat", "threats", "move", "moves", "push"]

    /// The verb's direct object is a plan whose own verb follows: "drops plan to cut China tariffs". That verb
    /// says what moves (turned by `abandonedPlan`); the outer verb acts on the plan, not on the tariffs.
    func objectIsPlanToAct(_ object: VerbObject) -> Bool {
        var p = object.start
        while p < object.end, Self.determiners.contains(tokens[p].text) || ann.actor[p] != nil || ann.side[p] != nil { p += 1 }
        return p + 2 < tokens.count && Self.planNouns.contains(tokens[p].text) && tokens[p + 1].text == "to" && ann.verb[p + 2] != nil
    }

    /// An abandoning verb before "plan(s) to" / "proposal to" ahead of `v`.
    func abandonedPlan(before v: Int, clause: Int) -> Bool {
        guard v >= 2, tokens[v - 1].text == "to" else { return false }
        // "has eased some of its moves to impose retaliatory fees": a move eased is a measure eased.
        // "Trump reverses decision to lift tariffs": a decision undone; approving or delaying one is not.
        let decision = ["decision", "decisions"].contains(tokens[v - 2].text)
        guard Self.planNouns.contains(tokens[v - 2].text) || decision else { return false }
        var k = v - 3
        while k >= max(clause, v - 6) {
            if let verb = ann.verb[k], verb.value.verbClass == .reducer || verb.value.verbClass == .easing
                || verb.value.verbClass == .delayer {
                if decision, verb.value.verbClass == .delayer || Self.approvingVerbs.contains(verb.value.lemma) { return false }
                // "Talks End with US-China Plan to Ease Export Controls": the plan is what the talks ended with.
                if k + verb.length < v, ["with", "in"].contains(tokens[k + verb.length].text) { return false }
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

    /// An easing change word of the direct object bound to a measure: right
    /// after it ("tariff reductions", "export control relief") or before
    /// "of/in/on/from" and the measure ("cuts in tariffs"). True: the change
    /// eases; false: a change word is there but not bound to a measure (the
    /// object is no new measure either); nil: none.
    func easingChangeOfRespite(_ object: VerbObject) -> Bool {
        let range = object.start..<object.directEnd
        guard let c = range.first(where: { Self.easingNouns.contains(tokens[$0].text) || tokens[$0].text == "pause" }),
              c + 2 < object.end, ["of", "on", "to"].contains(tokens[c + 1].text) else { return false }
        // The compound after the preposition, to its last noun: "tariff exclusions", "the tariff truce".
        var k = c + 2
        while k + 1 < object.end, Self.determiners.contains(tokens[k].text) || ann.topic[k] != nil || ann.inTopic[k]
                || ann.side[k] != nil || ann.actor[k] != nil, !ann.objects[k].contains(.respite) { k += 1 }
        return ann.objects[k].contains(.respite) && !ann.has(.preposition, at: k)
    }

    func easingChangeOfMeasure(_ object: VerbObject) -> Bool? {
        let range = object.start..<object.directEnd
        guard let c = range.first(where: { Self.easingChangeWords.contains(tokens[$0].text) }) else { return nil }
        func isMeasure(_ i: Int) -> Bool { ann.inTopic[i] || ann.topic[i] != nil || ann.objects[i].contains(.measure) }
        if c > object.start, isMeasure(c - 1) { return true }
        if c + 1 < object.end, ["of", "in", "on", "from", "to"].contains(tokens[c + 1].text) {
            var j = c + 2
            while j < min(object.end, c + 6), Self.determiners.contains(tokens[j].text) || ann.side[j] != nil || ann.actor[j] != nil
                    || Self.scheduledWords.contains(tokens[j].text) { j += 1 }
            if j < object.end, isMeasure(j) { return true }
        }
        return false
    }

    static let statusParticiples: WordSet = ["restricted", "controlled", "sanctioned", "listed", "banned",
                                                 "designated", "prohibited", "blacklisted", "embargoed", "stalled", "targeted",
                                                 // "US suspends tariff hike in limited China deal": of small scope.
                                                 "limited"]
    /// A hike is a change set for a date: delaying one puts off what was scheduled.
    static let hikeNouns: WordSet = ["hike", "hikes", "increase", "increases", "increment", "higher", "steeper", "rise", "rises"]
    static let scheduledWords: WordSet = ["next", "scheduled", "planned", "looming", "upcoming", "pending"]

    /// The item says a change was already set for a date: "had been planned to
    /// take effect on August 1", "two weeks later than now scheduled".
    /// Backing down from a threat puts off what was already set: "Trump backs down again, delays most
    /// new tariffs", "backing down from Trump's threat to apply the 10% penalty on Sept. 1".
    var alreadyScheduled: Bool {
        tokens.indices.contains { i in
            i > 0 && ["scheduled", "planned", "due", "set"].contains(tokens[i].text)
                && ["been", "was", "were", "now", "originally", "previously", "already"].contains(tokens[i - 1].text)
                || i + 1 < tokens.count && ["backs", "backed", "backing", "climbs", "climbed", "climbing"].contains(tokens[i].text)
                    && tokens[i + 1].text == "down"
        }
    }

    static let amountWords: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "half", "a", "nearly", "almost", "more", "about", "around", "over", "roughly"]
    static let billNouns: WordSet = ["bill", "bills", "legislation"]
    static let firmNouns: WordSet = ["entities", "entity", "companies", "company", "firms", "firm"]
    /// People a sanction can name: "US individuals", "Congress members", "officials", "lawmakers".
    static let peopleNouns: WordSet = ["individuals", "individual", "officials", "official", "lawmakers", "lawmaker",
                                       "legislators", "congressmen", "congresswomen", "senators", "senator", "members",
                                       "politicians", "persons", "people", "diplomats", "figures"]

    /// Firms a sanction can name besides people: the nouns a nationality modifies as a target, and a few more.
    static let sanctionedFirmNouns: WordSet = targetNouns.union(["contractor", "corporations", "enterprises"])

    func sanctionsOnPeopleOnly(_ v: Int, verb: Annotations.VerbSpan, found: ClaimTopic, _ range: Range<Int>) -> Bool {
        guard verb.text.contains("sanction") || found.text.contains("sanction") else { return false }
        let window = max(range.lowerBound, v - 3)..<min(range.upperBound, v + verb.length + 12)
        return window.contains(where: { Self.peopleNouns.contains(tokens[$0].text) })
            && !window.contains(where: { Self.sanctionedFirmNouns.contains(tokens[$0].text)
                // A firm named: "sanctions on Lockheed Martin and its executives" (not "Hong Kong", the matter).
                || ann.side[$0] == .us && ann.actor[$0] == nil && !["us", "u.s.", "american", "us firms"].contains(tokens[$0].text) })
    }
    /// Who an export ban can name besides firms: "US military users", "defense contractors", "end-users".
    static let endUserNouns: WordSet = ["users", "user", "end-users", "end-user", "contractors", "contractor",
                                            "suppliers", "buyers", "customers", "manufacturers", "makers", "organizations",
                                            "organisations", "individuals", "subsidiaries", "units"]
    /// Nouns a nationality can modify as a target: "US firms", "U.S. subsidiaries", "Chinese chipmakers".
    static let targetNouns: WordSet = firmNouns.union(["subsidiaries", "subsidiary", "units", "unit", "chipmakers",
                                                           "makers", "suppliers", "exporters", "manufacturers", "miners", "producers",
                                                           "contractors"])
    static let issuingVerbs: WordSet = ["issue", "publish", "release", "promulgate", "announce", "unveil"]
    static func isDocumentNoun(_ word: String) -> Bool {
        documentNouns.contains(word) || word.hasSuffix("s") && documentNouns.contains(String(word.dropLast()))
    }

    /// The documents a ministry issues a measure in ("four announcements regarding export controls on ...").
    static let announcementNouns: WordSet = ["announcement", "announcements", "notice", "notices", "circular",
                                                 "circulars", "decision", "decisions"]

    static let documentNouns: WordSet = ["order", "orders", "rule", "rules", "notice", "notices", "announcement",
                                             "proclamation", "regulation", "regulations", "decision", "circular",
                                             "memorandum", "guidance", "statement", "determination", "measures"]

    /// "Announcement of the State Council Tariff Commission on Imposing
    /// Additional Tariffs": a gerund after "on" that follows a document noun
    /// in a lede is an earlier document's name, told as background.
    func namesDocument(at v: Int) -> Bool {
        // In a headline the document named is the item itself ("MOFCOM Announcement on Implementing Export Control").
        guard v >= titleTokenCount, tokens[v].text.hasSuffix("ing"), ["on", "regarding", "concerning"].contains(tokens[v - 1].text) else { return false }
        return (max(0, v - 10)..<(v - 1)).contains { Self.documentNouns.contains(tokens[$0].text) && tokens[$0].sentence == tokens[v].sentence }
    }

    /// "clarifying controls on certain software keys that allow for the use
    /// of items": a relative clause whose antecedent is neither a government
    /// nor a measure tells what a thing does, not a move.
    func relativeOfNonMeasure(at v: Int, _ range: Range<Int>) -> Bool {
        // "a waiver that has allowed Korean chipmakers to ...": past an auxiliary too.
        // ("a temporary general license that temporarily restores ...": past an adverb too.)
        var r = v - 1
        while r > range.lowerBound, ["has", "have", "had"].contains(tokens[r].text) || ann.has(.adverb, at: r) && tokens[r].text.hasSuffix("ly") { r -= 1 }
        guard r - 1 >= range.lowerBound, ["that", "which"].contains(tokens[r].text) else { return false }
        let a = r - 1
        if tokens[a].isBoundary || ann.actorEnds[a] || ann.actor[a] != nil || ann.side[a] != nil { return false }
        // "creates a temporary general license that temporarily restores the licensing requirements ...": what a
        // licence or waiver does is its relief, told by the clause, not a move of its own.
        if ann.objects[a].contains(.respite) || ["license", "licence", "licenses", "licences"].contains(tokens[a].text) { return true }
        if ann.objects[a].isDisjoint(with: [.measure, .list, .probe]) && ann.topic[a] == nil && !ann.inTopic[a]
            && !Self.documentNouns.contains(tokens[a].text) { return true }
        // "a shift from the Biden-era restrictions that barred exports": what an earlier measure did is told, not done.
        if (max(range.lowerBound, a - 4)..<a).contains(where: { Self.formerEraWords.contains(tokens[$0].text) }) { return true }
        // "U.S. export controls that target China's semiconductor industry ... threaten America's competitiveness":
        // in the present, with no new measure named, what a measure does describes it.
        guard let sense = ann.verb[v]?.value, sense.verbClass == .tightening, r == v - 1, !sense.participle,
              [sense.lemma, sense.lemma + "s"].contains(tokens[v].text),
              !ann.objects[a].isDisjoint(with: [.measure]) else { return false }
        return !(max(range.lowerBound, a - 5)...a).contains { ann.has(.novelty, at: $0) || ann.verb[$0] != nil }
    }
}

extension ItemScan {
    static let formerEraWords: WordSet = ["era", "previous", "earlier", "former", "old", "existing", "past", "prior"]
}

extension ItemScan {
    static let telecomRegulators: WordSet = ["fcc", "federal communications commission"]
}

// "Intel scrapped its more-than-$5 billion offer to buy Israeli chip maker Tower Semiconductor", "Qualcomm ... said it
// would drop its $44 billion bid for NXP": a firm giving up (or making) its own takeover is company news, whatever
// the target makes; the government that blocked it is read where it is named as the subject of its own verb.
extension ItemScan {
    static let transactionNouns: WordSet = mergerNouns.union(["bid", "offer"])

    func firmsOwnTransaction(_ v: Int, object: VerbObject, _ range: Range<Int>) -> Bool {
        let head = object.start..<min(object.start + 9, object.end)
        guard head.contains(where: { Self.transactionNouns.contains(tokens[$0].text) }) else { return false }
        // A firm opens the sentence and no government is named before the verb.
        let before = range.lowerBound..<v
        return before.contains { ann.side[$0] != nil && ann.actor[$0] == nil } && !before.contains { ann.actor[$0] != nil }
    }
}
