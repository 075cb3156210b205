import Model

// Claims anchored on a direction verb, in named steps: is the word a verb
// here, what is its object, which topic, which direction, who acts, is it a
// US-China position, negation and modality.
extension ItemScan {
    mutating func verbClaim(at v: Int, verb: Annotations.VerbSpan, sentence range: Range<Int>) -> Claim? {
        let sense = verb.value
        guard actsAsVerb(at: v, verb: verb, range) else { return nil }
        // "warned the Trump administration against reigniting trade tension by restoring tariffs", "warned against
        // weakening security by allowing chips to be exported": what a warning is against is not done.
        if hasAgainst, let g = (range.lowerBound..<v).last(where: { tokens[$0].text == "against" }),
           (max(range.lowerBound, g - 10)..<g).contains(where: { Self.warningWords.contains(tokens[$0].text) }) { return nil }
        // "agreed to a 90-day break from further escalating the trade war", "refrain from imposing": a gerund of
        // tightening after "from" is what is kept from happening.
        if tokens[v].text.hasSuffix("ing"), [.tightening, .increaser, .adder].contains(sense.verbClass) {
            var p = v - 1
            while p > range.lowerBound, ann.has(.adverb, at: p) { p -= 1 }
            if p >= range.lowerBound, tokens[p].text == "from" { return nil }
        }
        // "charged two men with exporting Nvidia GPUs to China in violation of export controls": conduct
        // against a measure in force, not a change of it.
        if sense.isChangeNoun, verb.text.hasSuffix("violation of"), v > range.lowerBound, tokens[v - 1].text == "in" { return nil }
        // "clear a smooth path for the summit": a way cleared to talks is no clearance ("clears way for Nvidia
        // H20 sales" still eases the sales).
        if sense.lemma == "clear", ((v + verb.length)..<min(v + verb.length + 3, range.upperBound)).contains(where: {
            ["path", "way"].contains(tokens[$0].text) }),
           !((v + verb.length)..<min(v + verb.length + 12, range.upperBound)).contains(where: {
               ann.topic[$0].map { $0.value.candidates.first?.topic != .talks } ?? false }) { return nil }
        // "the 145% levies he has imposed on Chinese imports": a relative clause tells a measure already in force.
        if v >= range.lowerBound + 2 {
            var p = v - 1
            if ["has", "have", "had"].contains(tokens[p].text) { p -= 1 }
            if p > range.lowerBound, ["he", "she", "they", "it", "we"].contains(tokens[p].text),
               ann.topic[p - 1] != nil || !ann.objects[p - 1].isEmpty {
                return nil
            }
        }
        // "signalling its resolve to push back against Trump's tariffs": resisting a measure, not deferring it.
        if sense.verbClass == .delayer, verb.text.hasPrefix("push"), let next = after(v + verb.length - 1),
           ["against", "on"].contains(next) { return nil }
        let clause = clauseStart(v, range)
        if governedByCondition(v, clause: clause, range) { return nil }

        if range.lowerBound >= titleTokenCount, toldAsPast(v, verb: verb, range) { return nil }
        // "to temper the impact of USTR's previous imposition of additional Section 301 duties": a change named
        // as an earlier one is background.
        if sense.isChangeNoun, v > range.lowerBound, Self.earlierWords.contains(tokens[v - 1].text) { return nil }
        // "a two-week delay on the start of steep tariff increases ..., including a 25% duty hike on cranes": a
        // rise named inside what a delay or a cut puts off is that delay's object; the delay says the way.
        // (", including ..." goes on with the clause before it.)
        let governing = clause > range.lowerBound + 1 && tokens[clause].text == "including" ? clauseStart(clause - 1, range) : clause
        if sense.isChangeNoun, undoneBy[v] == nil, [.increaser, .adder, .tightening, .starter].contains(sense.verbClass),
           (governing..<v).contains(where: { k in ann.verb[k].map { [.delayer, .reducer, .easing].contains($0.value.verbClass) } ?? false
               && !(tokens[k].text == "end" && ["use", "user", "users"].contains(after(k) ?? "")) }) {
            return nil  // ("end use checks" is a noun)
        }
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
        if !sense.participle, object.start >= object.end, [.starter, .adder, .settler].contains(sense.verbClass),
           sense.impliedTopic == nil {
            return nil  // "USTR announces": a verb that needs an object says nothing without one
        }
        if sense.verbClass == .modifier, !carriesOutTalks(range) {
            // "Adjusting Additional Tariff Measures": the change says neither way, and what it
            // adjusts is no new measure either; the lede tells the direction, unless the
            // change carries out what talks agreed (ItemScan+TalksOutcome.swift).
            for k in object.span { consumed[k] = true }
            return nil
        }
        guard let found = claimTopic(v, verb: verb, object: &object, clause: clause, range)
                ?? usFirmActedOnByChina(v, verb: verb, object: object, clause: clause, range) else { return nil }
        // "tariff war eases", "Trade War Escalates": the war as its own subject is the climate, not a move.
        if Self.warTerms.contains(found.text), let i = found.index, i < v || warIsSetting(at: i, clause: clause) { return nil }
        // "Negotiations have resumed", "agree to resume trade talks": talks being held are no move
        // (../shared/eval/README.md: talks held, scheduled or resumed are neutral).
        if ["resume", "restart", "reopen"].contains(sense.lemma), Self.talksTerms.contains(found.text) { return nil }
        // "deal struck to cut China trade deficit", "wrap up trade talks with promising signals on reducing
        // deficits": what talks or a deal are for is their purpose, not a change of them.
        if let i = found.index, i < v, v > range.lowerBound, ["to", "on", "for", "about", "toward", "towards"].contains(tokens[v - 1].text),
           found.term.candidates.first?.topic == .talks { return nil }
        // "Trump, Xi end talks with no trade deal": talks that end as planned were held, not broken off.
        if ["end", "conclude", "wrap up"].contains(sense.lemma), Self.talksTerms.contains(found.text) { return nil }
        // "Trump Says China Violated Its Trade Agreement With US": a charge that the other side broke a deal is
        // no move; the deal stands until a side ends it (talks broken off are a tightening; a charge is neutral).
        // What the deal holds ("an agreement to mutually roll back tariffs") is its content, not a move either.
        if ["violate", "breach"].contains(sense.lemma), found.term.candidates.first?.topic == .talks {
            for k in v..<range.upperBound { consumed[k] = true }
            return nil
        }
        // "US imposes new 10% global tariff", "a 15% global tariff floor under Section 122": a tariff on every
        // country is no US-China move unless China is named its target.
        if let t = found.index, t >= range.lowerBound, found.term.candidates.first?.topic == .tariffs, !object.targetChina,
           (max(range.lowerBound, t - 4)..<t).contains(where: { ["global", "worldwide", "universal"].contains(tokens[$0].text) }) {
            return nil
        }
        // "To require a report on the effectiveness of chip export controls": what is required is a study of the
        // measure, not the measure.
        if let t = found.index, t > object.start, (object.start..<min(t, max(object.start, object.directEnd))).contains(where: {
            Self.studyWords.contains(tokens[$0].text) }) { return nil }
        // "Boeing prepares to resume plane deliveries to China": a US firm as the subject acts for itself, not
        // China's countermeasure on it. (A firm resuming sales as US controls lift still tells the US move:
        // "Synopsys resumes sales in China after US rescinds export restrictions".)
        if let i = found.index, i < v, ann.side[i] == .us, ann.actor[i] == nil, !ann.actorEnds[i],
           found.term.candidates.first?.topic == .nonTariffCountermeasures,
           !(clause..<v).contains(where: { ann.actor[$0] != nil }) { return nil }
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
            if !government, party.contains(where: { ann.side[$0] != nil }) { return nil }
        }
        var topicTerm = found.term
        guard let move = verbMove(v, verb: verb, object: object, topic: found, clause: clause, range) else { return nil }
        if let named = move.term { topicTerm = named }
        // "Australia and the US sign Framework for ... Critical Minerals", "US strikes deals at ASEAN": a deal
        // with a third country.
        if topicTerm.candidates.first?.topic == .talks, range.contains(where: { ann.other[$0] }),
           !names(.china, in: range) {
            return nil
        }
        var dir = move.direction
        // "China has let the export registrations of over 1,000 U.S. meat plants expire", "allowed the approvals
        // for beef exporters to lapse": a permission let lapse is withdrawn; a measure let lapse ends.
        if ["let", "allow"].contains(sense.lemma),
           ((v + verb.length)..<min(range.upperBound, v + 16)).contains(where: { Self.lapseWords.contains(tokens[$0].text) }) {
            dir = object.isMeasure ? .easing : .tightening
        }
        // "Suspension of tariffs on Chinese goods ends": a change noun whose clause closes on its own end.
        let undoing = undoneBy[v] ?? (sense.isChangeNoun ? closingLapse(after: v + verb.length, range) : nil)
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

        guard let subject = claimActor(v, verb: verb, object: &object, term: topicTerm, clause: clause, range) else { return nil }
        // "Lynas secures Pentagon deal": a deal won by someone no government is a contract.
        if Self.receivers.contains(sense.lemma), move.term != nil, subject.text == nil { return nil }
        // "China clears Synopsys's Ansys buyout": China's merger review of a US firm's deal is its antitrust lever.
        if subject.actor == .china, mergerUnderReview(object) {
            // (A probe opened into the deal is a review against it.)
            let probeOpened = sense.verbClass == .starter && object.all.contains(.probe)
            guard let reviewed = Self.mergerReviewDirection(sense) ?? (probeOpened ? .tightening : nil) else { return nil }
            topicTerm = DomainLexicon.usFirmTerm
            dir = undoing == nil && !abandoned ? reviewed : reviewed.opposite
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
        guard let owned = ownedTopic(subject, term: topicTerm, object: object) else { return nil }
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
        topicTerm = owned.term
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
        if opposedByItsOwnSide(who, before: v, range) { dir = dir.opposite }
        // "Rescinds Its AI Diffusion Rule and Issues Compliance Guidance": undone and replaced at once.
        if dir == .easing, range.lowerBound < titleTokenCount, replacedAtOnce(after: v + verb.length, until: object.end, range) { return nil }
        // "China to probe Calvin Klein parent firm over Xinjiang cotton": a political reason given for a
        // measure on a US firm leaves it China's countermeasure; the politics inside the object do not.
        let reason = object.span.first { Self.reasonWords.contains(tokens[$0].text) } ?? object.end
        let firmOverPolitics = who == .china && object.targetUS && !politicalMeasure(in: object.start..<reason)
        if !topicTerm.specific, politicalMeasure(in: range), !firmOverPolitics { return nil }
        guard isUSChinaPosition(topic: topic, actor: who, object: object, topicIndex: found.index,
                                namedSubject: subject.text != nil, range) else { return nil }

        // Negation: a negated easing is no easing; a negated tightening is a de-escalation signal.
        // "USTR declines to extend exclusions", "will not renew the truce": a respite not extended lapses, a
        // measure not extended ends; the refusal turns the extension the other way (below).
        // ("no plans to extend" is a plan denied: no move.)
        let before = max(clause, v - 4)..<v
        let extensionRefused = sense.verbClass == .extender && before.contains { ann.has(.negation, at: $0) }
            && !before.contains { ann.cueText[$0] == "no plans to" }
        if !extensionRefused, (range.lowerBound..<v).contains(where: { ann.has(.denial, at: $0) }) { return nil }
        var negationText: String?
        // "H200 chips are not allowed into China": a permission denied is a ban.
        let passivePermission = sense.participle && ["allow", "permit"].contains(sense.lemma)
        var stopped = false
        for k in max(clause, v - 4)..<v where ann.has(.negation, at: k) {
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
            if dir == .easing || !committed { return nil }
        }
        let negated = negationText != nil && !passivePermission && !stopped
        if negated { dir = .easing }

        var modality = self.modality(at: v, sentence: range, sense: sense, negated: negated,
                                     forceAnnounced: move.forceAnnounced || delaysNewMeasure)
        if abandoned, modality == .signal, !sentenceHas(.source, range) { modality = .action }
        // "China, US to sign 'Phase one' trade agreement next week": a signing ahead is a meeting scheduled.
        if sense.lemma == "sign", move.term != nil || object.all.contains(.deal), modality != .action { return nil }
        // Purchases made are trade data; purchases promised are a concession.
        if sense.lemma == "buy" || sense.lemma == "purchase", modality == .action || sense.participle { return nil }
        for k in object.span { consumed[k] = true }
        var matched = [verb.text, found.text]
        if let undoing { matched.insert(undoing, at: 0) }
        if let text = subject.text { matched.append(text) }
        if let negationText { matched.append(negationText) }
        return Claim(topic: topic, actor: who, direction: dir, modality: modality, negated: negated,
                     quantities: topic == .tariffs ? quantities(range) : [],
                     evidence: evidence(range), matched: matched,
                     inTitle: range.lowerBound < titleTokenCount, implied: false)
    }

    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    static let relationshipNouns: Set<String> = ["relationship", "relationships", "relations", "ties", "cooperation",
                                                 "partnership", "communication", "communications", "engagement"]

    static let lapseWords: Set<String> = ["expire", "expired", "lapse", "lapsed"]

    static let shippingVerbs: Set<String> = ["ship", "export", "sell", "supply", "deliver"]

    /// What follows a participle that acts as a verb rather than as an adjective: its agent, its place, its rate.
    static let participleFollowers: Set<String> = ["by", "to", "on", "in", "from", "under", "for", "with", "at", "as", "and",
                                                   "or", "against", "over", "since", "after", "before", "last", "earlier", "the", "a", "an"]

    static let warningWords: Set<String> = ["warn", "warns", "warned", "warning", "caution", "cautions", "cautioned",
                                            "argue", "argues", "argued", "advise", "advises", "advised", "lobbied", "lobbies"]

    static let courts: Set<String> = ["court", "judge", "judges", "trade court", "supreme court", "federal court",
                                      "appeals court", "court of international trade"]

    // MARK: step 1, is the word a verb here

    /// The word works as a verb in this sentence: not a compound modifier,
    /// not inside an earlier verb's object, not a noun ("the ban", "10% levy"),
    /// not attributive ("tariffs imposed on China").
    mutating func actsAsVerb(at v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> Bool {
        let sense = verb.value
        let prev = v - 1 >= range.lowerBound ? v - 1 : nil
        if tokens[v + verb.length - 1].hyphenAfter { return false }  // a compound modifier: "end-use checks"
        // The second half of a compound: "win-win agreements", "long-delayed"; not "US-imposed tariffs".
        if let p = prev, tokens[p].hyphenAfter, ann.actor[p] == nil, !ann.actorEnds[p], ann.side[p] == nil { return false }
        // "have not negotiated, let alone reached an agreement": an idiom, not a permission.
        if sense.lemma == "let", after(v) == "alone" { return false }
        // "U.S. Export Blacklist": after "export" or "trade", the list, not the verb.
        if sense.lemma == "blacklist", let p = prev, ["export", "trade"].contains(tokens[p].text),
           p - 1 >= range.lowerBound, ann.actorEnds[p - 1] || ann.side[p - 1] != nil { return false }
        // "China hits back at U.S. export blacklist": a reaction aimed at a measure reports it; the verb of
        // the reaction's idiom is not a move of its own.
        // ("Hits Back At America With Retaliatory Tariffs" names its own reply: that stays a move.)
        if ann.has(.reaction, at: v), let cue = ann.cueText[v], cue.contains(" "),
           let last = (v..<min(v + 4, range.upperBound)).first(where: { tokens[$0].text == "at" }), last > v,
           !(last..<range.upperBound).contains(where: { tokens[$0].text == "with" }) { return false }
        // "leaving the door open for more measures": an idiom for what may come, not an opening.
        if sense.lemma == "open", let p = prev, ["door", "doors"].contains(tokens[p].text) { return false }
        // "Truce Talks Raise Hopes", "deal eases fears": a verb acting on a mood moves no position.
        if Self.moodNouns.contains(after(v + verb.length - 1) ?? "") { return false }
        if consumed[v] { return false }  // inside an earlier verb's object: "rescinds letters restricting exports"
        // "as response to U.S. sanctions", "amid China tariffs": a verb that is also a noun, after a preposition
        // and its owner, is the noun.
        if sense.alsoNoun, let p = prev, ann.actorEnds[p], let a = (max(range.lowerBound, p - 3)...p).first(where: { ann.actor[$0] != nil }),
           a > range.lowerBound, ["to", "against", "over", "amid", "after", "of", "on", "for", "by"].contains(tokens[a - 1].text) { return false }
        if permissionOfAnotherVerb(v, verb: verb) { return false }
        if undoesNestedChange(at: v, verb: verb) { return false }
        if namesDocument(at: v) || relativeOfNonMeasure(at: v, range) { return false }
        // "magnet exports to the US increased by six times": a flow that rises or falls by itself is trade data.
        let after = v + verb.length
        // The subject's head, past a destination: "exports to the United States increased".
        var head = prev
        if let p = prev, ann.actorEnds[p] || ann.side[p] != nil, max(range.lowerBound + 1, v - 6) < p,
           let k = (max(range.lowerBound + 1, v - 6)..<p).last(where: { ["to", "from"].contains(tokens[$0].text) }),
           ((k + 1)..<v).allSatisfy({ ann.actor[$0] != nil || ann.actorEnds[$0] || ann.side[$0] != nil
               || Self.determiners.contains(tokens[$0].text) || tokens[$0].text == "states" }) {
            head = k - 1
        }
        // "rare earth export approvals rising": permissions granted are a move, not trade data.
        if [.increaser, .reducer, .rise].contains(sense.verbClass), let p = head, ann.objects[p].contains(.flow),
           !Self.permissionNouns.contains(tokens[p].text),
           !(sense.participle && headlinePassive(v, verb: verb, range)),
           !ann.objects[p].contains(.measure), after >= range.upperBound || tokens[after].isBoundary || tokens[after].isNumber
            || ["in", "from", "to", "sharply", "again", "further", "last", "this", "year", "on"].contains(tokens[after].text)
            || tokens[after].text == "by" && after + 1 < range.upperBound
                && (tokens[after + 1].isNumber || Self.amountWords.contains(tokens[after + 1].text)) {
            return false
        }
        // "Nvidia Targets Mid-February for First H200 AI Chip Shipments": a date aimed at, not a target hit.
        if sense.lemma == "target", after < range.upperBound,
           tokens[after].isNumber || Self.months.contains(tokens[after].text)
            || ["mid", "early", "late", "end", "date", "deadline"].contains(tokens[after].text) { return false }
        // "curbs that stop short of earlier proposals": a comparison, not a halt.
        if sense.lemma == "stop", v + verb.length < range.upperBound, tokens[v + verb.length].text == "short" { return false }
        // A longer noun phrase starts here: "spare parts", "blacklist reversal", "tariff cuts in talks";
        // or one began before it: "entity list process".
        if let t = ann.topic[v], t.length > verb.length { return false }
        if ann.inTopic[v], ann.topic[v] == nil { return false }
        // "a clear picture", "the order": after an article the word is a noun or an adjective.
        // "Executive Order 14256 says ...": a document's name, never an order given.
        if sense.lemma == "order", let p = prev, tokens[p].text == "executive" { return false }
        // "renewed a slate of expiring registrations": a lapse verb's -ing form before a noun is its adjective.
        if ["expire", "lapse"].contains(sense.lemma), tokens[v].text.hasSuffix("ing"), let p = prev,
           tokens[p].text == "of" || Self.determiners.contains(tokens[p].text), after < range.upperBound,
           !ann.objects[after].isEmpty { return false }
        if let p = prev, ["a", "an", "the"].contains(tokens[p].text), !sense.isChangeNoun { return false }
        // "a bill that would require Congress to approve the sale of AI chips": an approval required is a new
        // hurdle, not a permission given.
        if Self.permissions.contains(sense.lemma), let p = prev, tokens[p].text == "to",
           (max(range.lowerBound, v - 10)..<p).contains(where: { ["require", "requires", "required", "requiring"].contains(tokens[$0].text) }) {
            return false
        }
        // "to give negotiators more time to reach a trade deal", "in order to reach a deal": a deal aimed at.
        if sense.verbClass == .settler, let p = prev, tokens[p].text == "to", p - 1 >= range.lowerBound,
           Self.aimNouns.contains(tokens[p - 1].text) { return false }
        // "China: US take entities off blacklist": after one side's colon, the other side with a bare verb is
        // what the speaker demands, not what was done.
        if v < titleTokenCount, tokens[v].text == sense.lemma, !sense.lemma.hasSuffix("s"),
           let colon = (0..<v).last(where: { tokens[$0].text == ":" }),
           let s = (0..<colon).first(where: { ann.actor[$0] != nil }), let speaker = ann.actor[s]?.value,
           !(0..<colon).contains(where: { ann.topic[$0] != nil || ann.inTopic[$0] }),
           !(colon + 1..<v).contains(where: { ["and", ","].contains(tokens[$0].text) }),
           (colon + 1..<v).contains(where: { ann.actor[$0]?.value == speaker.other || ann.side[$0] == speaker.other }),
           !(colon + 1..<v).contains(where: { ["to", "will", "would", "may", "could", "can", "should", "must"].contains(tokens[$0].text) }) {
            return false
        }
        // "China's position on tariffs is very clear": after a form of "be" or an intensifier, an adjective.
        if let p = prev, Self.beForms.contains(tokens[p].text) || Self.intensifiers.contains(tokens[p].text),
           Self.adjectiveVerbs.contains(tokens[v].text) { return false }
        // "agrees to 2-week tariff increase delay": a change noun before another is its modifier; the last is the head.
        if sense.alsoNoun, !sense.participle, !tokens[v].text.hasSuffix("ing"), after < range.upperBound, let next = ann.verb[after],
           next.value.alsoNoun || next.value.isChangeNoun, [.delayer, .reducer].contains(next.value.verbClass),
           let p = prev, ann.topic[p] != nil || ann.inTopic[p] { return false }
        if scheduledLapse(at: v, verb: verb, range) || standingForYears(at: v, verb: verb, range) { return false }
        // "Huawei ban : China to hit back at U.S with its own entity list": a short kicker before the headline's
        // colon names the story; a word there that is also a noun is the noun.
        if sense.alsoNoun, !sense.participle, v < titleTokenCount, v - range.lowerBound < 3,
           let colon = (v + verb.length..<min(v + verb.length + 2, range.upperBound)).first(where: { tokens[$0].text == ":" }),
           !(range.lowerBound..<colon).contains(where: { ann.actor[$0] != nil }) { return false }
        // "Extension of Limited Product Exclusions": a participle between "of" and its noun is an adjective.
        if sense.participle, !sense.isChangeNoun, let p = prev, ["of", "for", "with"].contains(tokens[p].text), after < range.upperBound,
           !tokens[after].isBoundary, !tokens[after].isNumber, ann.verb[after] == nil, ann.actor[after] == nil,
           !Self.participleFollowers.contains(tokens[after].text) { return false }
        // "Their addition to the Entity List imposed ...": a change with a possessive is one told before.
        if sense.isChangeNoun, let p = prev, ["their", "its", "his", "her", "whose"].contains(tokens[p].text) { return false }
        // "starting May 14", "beginning on November 10": a date, not a start.
        if ["starting", "beginning"].contains(tokens[v].text), v + 1 < range.upperBound,
           tokens[v + 1].isNumber || ["from", "on", "in", "at", "with", "next", "this", "today", "tomorrow", "immediately",
                                      "early", "mid", "late", "later", "monday", "tuesday", "wednesday", "thursday",
                                      "friday", "saturday", "sunday"].contains(tokens[v + 1].text)
                || Self.months.contains(tokens[v + 1].text) {
            return false
        }
        let next = v + verb.length
        if sense.alsoNoun || sense.impliedTopic != nil, next < range.upperBound, Self.compoundChangeNouns.contains(tokens[next].text) {
            return false  // "US Blacklist Reversal"
        }
        // "U.S. and China Announce Tariff Updates": what is started is a change to a measure, and
        // "update" says neither way; the lede must tell.
        if sense.verbClass == .starter,
           let k = (next..<min(next + 4, range.upperBound)).first(where: { Self.neutralChangeNouns.contains(tokens[$0].text) }),
           k > next, ann.topic[k - 1] != nil || ann.inTopic[k - 1] || !ann.objects[k - 1].isEmpty,
           !(next..<k).contains(where: { tokens[$0].isBoundary }) {
            return false
        }
        if sense.isChangeNoun, verb.text.hasSuffix(" in"), let p = prev, ann.inTopic[p] || !ann.objects[p].isEmpty {
            return false  // "tariff cuts in Beijing talks": a compound noun and a place
        }
        // "under revised US licence", "the amended rule": a modifier's participle is an adjective.
        if sense.verbClass == .modifier, sense.participle, let p = prev,
           ann.has(.preposition, at: p) || Self.determiners.contains(tokens[p].text) {
            return false
        }
        // "lifting restrictions on restricted party affiliates", "smuggling of banned chips", "reviving
        // stalled talks": participles that name a status, between a preposition (or a gerund) and their
        // noun, are adjectives. ("over eased licence policy" still says a change.)
        if sense.participle, Self.statusParticiples.contains(tokens[v].text), let p = prev,
           ann.has(.preposition, at: p) && tokens[p].text != "by" || tokens[p].text.hasSuffix("ing") && ann.verb[p] == nil,
           next < range.upperBound,
           !tokens[next].isBoundary, !ann.has(.preposition, at: next), !Self.determiners.contains(tokens[next].text),
           ann.verb[next] == nil, !tokens[next].isNumber {
            return false
        }
        // "Extending the Economic Truce" after a headline's colon, or opening it: a topic label, not an event.
        // "Ministry of Commerce: Imposing anti-dumping duties on ...": after an agency's name the gerund is its act.
        if sense.verbClass != .modifier, tokens[v].text.hasSuffix("ing"), range.lowerBound < titleTokenCount,
           v == range.lowerBound || tokens[v - 1].text == ":" && !agencyKicker(endingAt: v - 1, range) {
            // What the label's gerund acts on is no measure of its own: "Suspending Additional Duties on
            // Chinese Goods" names no "additional duties" imposed.
            var k = v + verb.length
            while k < range.upperBound, !tokens[k].isBoundary { consumed[k] = true; k += 1 }
            return false
        }
        if sense.alsoNoun {
            // A verb after a subject, "to" or a modal, or right before its object's determiner ("the order cuts the tariff").
            let next = v + verb.length
            let beforeDeterminer = next < range.upperBound && tokens[next].text != "'s"
                && Self.determiners.contains(tokens[next].text)
            // After a figure it is a noun: "retains 10% levy", "a 25% cut".
            // ("Announcement No.85, 2013 Ends Two-Anti Duties": a document's year closes its name, no figure of the noun.)
            if let p = prev, tokens[p].isNumber && !documentYear(p) || ann.has(.percentUnit, at: p) { return false }
            // "U.S. Ban On China's ZTE Lifted", "US curbs on chip exports": a verb takes its object, not "on".
            if next < range.upperBound, tokens[next].text == "on",
               !(prev.map { ann.has(.infinitive, at: $0) || ann.has(.modal, at: $0) } ?? false) { return false }
            // "China Buys US Wheat & Sorghum, Ends Some Soybean Import Suspensions": a second predicate.
            // "USTR Concludes Its Review and Increases Tariffs": after "and", only with its object right after it;
            // so after "but" ("Pauses Other Tariffs but Increases Tariffs on China").
            let objectFollows = next < range.upperBound && (ann.topic[next] != nil || !ann.objects[next].isEmpty)
            let coordinated = prev.map { tokens[$0].text == "," || ["and", "but", "yet"].contains(tokens[$0].text) && objectFollows } ?? false
                && range.lowerBound < titleTokenCount
                && (range.lowerBound..<v).contains { ann.actor[$0] != nil }
            guard let p = prev, coordinated || documentYear(p) || ann.actorEnds[p] && !actorIsObject(endingAt: p, range) || ann.has(.adverb, at: p) || ann.has(.modal, at: p)
                || ann.has(.infinitive, at: p) || ann.has(.negation, at: p)
                || ann.side[p] != nil && !Self.nationalities.contains(tokens[p].text)
                || beforeDeterminer && !Self.determiners.contains(tokens[p].text)
            else { return false }
        }
        let form = tokens[v].text
        // "the list ... for goods levied additional tariffs": a participle right after the plain noun of a
        // prepositional phrase qualifies that noun.
        let afterPrepositionalNoun = sense.participle && prev.map { p in
            p - 1 >= range.lowerBound && ann.has(.preposition, at: p - 1) && ann.verb[p] == nil && !tokens[p].isNumber
                && !tokens[p].isBoundary && !ann.has(.preposition, at: p) && !Self.beForms.contains(tokens[p].text)
                && ann.topic[p] == nil && !ann.inTopic[p] && ann.objects[p].isEmpty
                && ann.actor[p] == nil && ann.side[p] == nil && !Self.determiners.contains(tokens[p].text)
                && !Self.quantityAdjectives.contains(tokens[p].text)
        } ?? false
        if afterPrepositionalNoun { return false }
        // "told to continue treating Huawei as blacklisted": a participle after "as" is a status, not an act.
        if sense.participle, let p = prev, tokens[p].text == "as" { return false }
        // "the statutory process required leading up to the anniversaries": in a lede, a participle that an
        // -ing word the lexicon does not know follows qualifies the noun before it.
        if sense.participle, range.lowerBound >= titleTokenCount, prev != nil, v + verb.length < range.upperBound,
           tokens[v + verb.length].text.hasSuffix("ing"), tokens[v + verb.length].id < 0, ann.verb[v + verb.length] == nil {
            return false
        }
        if let p = prev, sense.participle || form.hasSuffix("ing"), !ann.actorEnds[p],
           !ann.objects[p].isEmpty || ann.inTopic[p]
            || range.lowerBound >= titleTokenCount && sense.participle && tokens[p].id < 0 && !tokens[p].isNumber,
           !headlinePassive(v, verb: verb, range),
           // "rare earth export approvals rising": an -ing closing the sentence is its predicate.
           !(form.hasSuffix("ing") && (v + verb.length >= range.upperBound || tokens[v + verb.length].isBoundary)) {
            return false  // attributive: "tariffs imposed on China", "fees targeting ships"
        }
        if let p = prev, sense.participle || form.hasSuffix("ing"), Self.determiners.contains(tokens[p].text) {
            return false  // adjectival: "Beijing's delayed approvals", "the expanded list"
        }
        if let p = prev, sense.participle, ann.has(.signal, at: p) || ann.verb[p] != nil,
           next < range.upperBound, !ann.objects[next].isEmpty {
            return false  // adjectival after a verb: "signals limited approval"
        }
        return true
    }

    /// A demand, a condition or background ("after", "if") opens the verb's
    /// clause, or the status quo ("keeps", "still") stands right before it.
    func governedByCondition(_ v: Int, clause: Int, _ range: Range<Int>) -> Bool {
        var clause = clause
        // "Presses Commerce Secretary On Trump Administration's Decision to Ease AI Export Controls": in a
        // headline, a decision an actor has made is reported as made, whatever is asked of anyone about it.
        let madeDecision = range.lowerBound < titleTokenCount && v - 3 >= clause && tokens[v - 1].text == "to"
            && ["decision", "move", "order"].contains(tokens[v - 2].text)
            && (["'s", "’s"].contains(tokens[v - 3].text) || ann.actorEnds[v - 3])
        // "China hopes the US will scrap all tariffs after the U.S. reinstated 352 exclusions": under a wish or a
        // reaction, which moves nothing, an "after" clause with its own subject reports the move reacted to.
        if let a = (clause..<v).last(where: { ["after", "following"].contains(tokens[$0].text) }), a + 1 < v,
           ann.actor[a + 1] != nil || ann.side[a + 1] != nil || a + 2 < v && tokens[a + 1].text == "the" && ann.actor[a + 2] != nil,
           (clause..<a).contains(where: { ann.has(.demand, at: $0) || ann.has(.reaction, at: $0) }),
           !(clause..<a).contains(where: { ann.verb[$0] != nil && !(ann.verb[$0]!.value.alsoNoun) && !consumed[$0] && ann.objects[$0].isEmpty
               && ann.verb[$0]!.value.verbClass != .easing && ann.verb[$0]!.value.verbClass != .reducer }) {
            clause = a + 1
        }
        for k in clause..<v {
            // "announced a public comment process on the proposed suspension of port fees": process, not a move.
            if ann.has(.demand, at: k) && !madeDecision || ann.has(.consultation, at: k) { return true }
            // "amends a previous executive order to further increase tariffs": an adjective of time is no background clause.
            if ann.has(.background, at: k), !reactionHeadline(range, before: k), !priorAdjective(at: k),
               !consideredWhether(at: k), !ownIntention(at: k, before: v) { return true }
        }
        // "will continue to suspend additional tariffs": keeping a suspension going extends it.
        // "BIS Continues to Add Aviation Businesses to the Entity List": each addition is a new listing.
        let continuesRelief = ann.verb[v].map { [.reducer, .easing, .adder].contains($0.value.verbClass) } ?? false
        // "duties continue to be imposed": the hold stands before "to be".
        let back = v - 1 >= clause && tokens[v - 1].text == "be" ? 3 : 2
        return (max(clause, v - back)..<v).contains {
            ann.has(.hold, at: $0) && !(continuesRelief && tokens[$0].text.hasPrefix("continu"))
        }
    }

    /// "weighing whether to allow Nvidia to sell chips": what a verb of considering weighs is the move
    /// considered (a signal), not a condition on it.
    func consideredWhether(at k: Int) -> Bool {
        guard tokens[k].text == "whether", k > 0, let w = ann.verb[k - 1] ?? (k > 1 ? ann.verb[k - 2] : nil) else { return false }
        return w.value.isThreat && ["weigh", "mull", "consider", "explore", "study"].contains(w.value.lemma)
    }

    // MARK: step 2, the object

    /// The verb's object: up to the clause end, the next verb or a
    /// background cue, with its head noun, topic terms and targets.
    func objectOf(_ v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> VerbObject {
        let start = v + verb.length
        var end = start
        // Permission verbs govern their infinitive ("allowed to ship jet engines"); others end at a purpose clause.
        // A modifier's purpose tells its direction: "amends a previous order to further increase tariffs".
        let permits = verb.value.verbClass == .easing
        var sawClass = false
        // A list of places may run past the usual length: "imports from Taiwan region, Malaysia, U.S.".
        func place(_ k: Int) -> Bool { ann.other[k] || ann.side[k] != nil || ann.actor[k] != nil || ann.actorEnds[k] }
        func placeListGoesOn(_ k: Int) -> Bool {
            k < start + 18 && (tokens[k].text == "," && place(k - 1) || tokens[k - 1].text == "," && place(k))
        }
        // "has added Chinese companies including Tencent, a tech giant, and CATL, a leading battery maker, to a
        // list of ...": an adder's object runs on to the list its firms are added to, past their appositives.
        let listAt = verb.value.verbClass == .adder ? addedToList(after: start, range) : nil
        while end < range.upperBound, end < start + 12 || placeListGoesOn(end) || listAt.map({ end <= $0 }) ?? false,
              !tokens[end].isBoundary || listComma(at: end, objectStart: start, range) || asWellAs(at: end)
                || tokens[end].text == "," && listAt.map({ end < $0 }) ?? false,
              permits || !purposeClause(at: end) || modifiedMeasureGoesOn(end, verb: verb, start: start), !ann.has(.background, at: end) || priorAdjective(at: end), !newClause(at: end),
              ann.verb[end] == nil || ann.verb[end]!.value.alsoNoun || !ann.objects[end].isEmpty
                // "approved the company to begin selling H20 chips": a permission governs its infinitive's verb.
                // (Not one that names a measure of its own: "authorizing the United States to impose a tariff".)
                // (Only past a firm it permits: "reverses decision to lift tariffs" is the decision's.)
                || permits && end > start + 1 && tokens[end - 1].text == "to" && permitsFirm(at: end - 2)
                    && (![.tightening, .increaser, .adder, .starter].contains(ann.verb[end]!.value.verbClass)
                        || ann.verb[end]!.value.lemma == "begin")
                // "delays tariff rise": a rise right after the object's topic is its noun.
                || ann.verb[end]!.value.verbClass == .rise && end > start && (ann.topic[end - 1] != nil || ann.inTopic[end - 1])
                || end > start && tokens[end - 1].text == "to" && modifiedMeasureGoesOn(end - 1, verb: verb, start: start)
                || reducedRelative(at: end, objectStart: start)
                || ann.verb[end]!.value.verbClass == .modifier && ann.verb[end]!.value.participle
                // "suspends its expanded export controls": a participle after a determiner is an adjective.
                || ann.verb[end]!.value.participle && end > start && Self.determiners.contains(tokens[end - 1].text)
                // "suspend added tariffs", "lift expanded curbs": a participle opening the object is its adjective.
                || ann.verb[end]!.value.participle && end == start && end + 1 < range.upperBound && !ann.objects[end + 1].isEmpty {
            // "cancels meeting with Xi over rare earth curbs": a reason is no part of the object.
            // "tightens control over dual-use items": "over" after a control noun says what is controlled.
            if sawClass, Self.reasonWords.contains(tokens[end].text),
               !(tokens[end].text == "over" && Self.controlNouns.contains(tokens[end - 1].text)) { break }
            if !ann.objects[end].isEmpty { sawClass = true }
            end += 1
        }
        var object = VerbObject(start: start, end: end)
        // The head is in the direct object: a noun after a preposition or a reduced relative
        // ("proclamations addressing imports of ...") belongs to a phrase of its own.
        // "Cold War-style": a hyphenated modifier is no noun of the object.
        var k = start
        var begun = false
        while k < end {
            let classes = tokens[k].hyphenAfter ? [] : ann.objects[k]
            if !classes.isEmpty {
                object.head = classes
                object.headIndex = k
                if k + 1 < end, ann.has(.preposition, at: k + 1) || tokens[k + 1].isBoundary
                    || ann.verb[k + 1] != nil && reducedRelative(at: k + 1, objectStart: start) { break }
            } else if begun, object.headIndex != nil, ["that", "which"].contains(tokens[k].text), k + 1 < end,
                      ann.verb[k + 1] != nil || ann.has(.modal, at: k + 1) {
                break  // "issues a new rule that bars exports": the relative clause is the rule's own
            } else if begun, verb.value.verbClass != .adder,
                      !(tokens[k].text == "of" && k > start && (Self.quantifiers.contains(tokens[k - 1].text)
                        // "agree on first part of trade deal" (not "part of control measures": a share of them)
                        || tokens[k - 1].text == "part" && k - 2 >= start && Self.ordinals.contains(tokens[k - 2].text))),
                      ann.has(.preposition, at: k) || ann.verb[k] != nil && reducedRelative(at: k, objectStart: start)
                        || tokens[k].id < 0 && tokens[k].text.hasSuffix("ing") {
                break  // an adder's list stands in its prepositional phrase: "puts firms on the list"
            }
            if !Self.determiners.contains(tokens[k].text), !tokens[k].isNumber { begun = true }
            k += 1
        }
        object.directEnd = min(k + 1, end)
        if let h = object.headIndex { object.head = headClasses(at: h, from: start) }
        for j in start..<end where !tokens[j].hyphenAfter { object.all.formUnion(ann.objects[j]) }
        for j in start..<end {
            if let t = ann.topic[j] {
                if t.value.specific {
                    if object.firstSpecific == nil { object.firstSpecific = j }
                } else if object.firstGeneric == nil {
                    object.firstGeneric = j
                }
            }
            if let s = ann.side[j] { if s == .china { object.targetChina = true } else { object.targetUS = true } }
            // "shipments to China", "tariffs on the US": a side's name after a preposition is a target too.
            if let a = ann.actor[j]?.value, j > start, ["to", "on", "against", "into", "from"].contains(tokens[j - 1].text) {
                if a == .china { object.targetChina = true } else { object.targetUS = true }
            }
            // "reach a trade deal in Malaysia": where it happens is no target.
            let located = j > start && ["in", "at"].contains(tokens[j - 1].text)
            if ann.other[j], !located, !object.targetChina, !object.targetUS { object.targetOther = true }
            if let a = agent(at: j, before: end) { object.agent = a }
        }
        if let named = includedSide(after: end, range) {
            if named == .china { object.targetChina = true } else { object.targetUS = true }
        }
        if let h = object.headIndex {
            var j = h
            while j >= start, object.headTopic == nil {
                if let t = ann.topic[j], j + t.length > h { object.headTopic = j }
                j -= 1
            }
        }
        return object
    }

    /// "tariffs on Iran's trade partners, China included", "on countries that buy Russian oil, including
    /// China": a side named as one of the targets just past the object.
    func includedSide(after end: Int, _ range: Range<Int>) -> Actor? {
        guard end < range.upperBound, tokens[end].text == "," || tokens[end].text == "including" else { return nil }
        let first = tokens[end].text == "," ? end + 1 : end
        func side(_ k: Int) -> Actor? { ann.side[k] ?? ann.actor[k]?.value }
        guard first + 1 < range.upperBound else { return nil }
        if tokens[first].text == "including" {
            let n = first + 1 < range.upperBound && Self.determiners.contains(tokens[first + 1].text) ? first + 2 : first + 1
            return n < range.upperBound ? side(n) : nil
        }
        if tokens[first + 1].text == "included" { return side(first) }
        return nil
    }

    static let ordinals: Set<String> = ["first", "second", "third", "initial", "final"]
    static let controlNouns: Set<String> = ["control", "controls", "grip", "oversight", "supervision"]

    /// "first batch of licences", "a round of tariffs": the noun after "of" is the head. So is a
    /// document's part: "unveils details of trade agreement", "publishes the text of the deal".
    static let quantifiers: Set<String> = ["batch", "batches", "round", "rounds", "set", "series", "number", "package",
                                           "wave", "raft", "slew", "tranche", "range", "host", "string", "list",
                                           "details", "text", "terms", "outline", "outlines", "contents", "phase", "slate"]

    static let delayWords: Set<String> = ["delay", "delays", "delayed", "postpone", "postpones", "postponed", "defer", "defers",
                                          "deferred", "push back", "pushes back", "pushed back"]
    static let earlierWords: Set<String> = ["previous", "prior", "earlier", "past", "former", "original", "initial"]
    static let procedureNouns: Set<String> = ["process", "processes", "procedure", "procedures", "request", "requests",
                                              "portal", "docket", "rulemaking", "rulemakings"]
    /// Verbs that take goods out of what a measure or a relief covers.
    static let carvingVerbs: Set<String> = ["exempt", "exclude", "carve out"]
    /// What is decided about a measure, not the measure: "Postpones China Chip Tariff Decision".
    static let rulingNouns: Set<String> = ["decision", "decisions", "determination", "determinations", "ruling", "rulings",
                                           "vote", "verdict"]
    static let beForms: Set<String> = ["be", "been", "being", "is", "are", "was", "were", "get", "got"]

    static let oilWords: Set<String> = ["iran", "iranian", "oil", "crude", "refinery", "refineries", "refiner", "refiners", "teapot"]

    /// US sanctions over Iranian oil or Hong Kong are not trade-policy positions; nor are sanctions over oil
    /// whoever the lede makes their subject ("Treasury Sanctions Chinese Refineries"). China's sanctions on
    /// a US firm over Xinjiang cotton are its countermeasure.
    func offTopicSanctions(_ term: TopicTerm, text: String, actor who: Actor) -> Bool {
        offTopicItem && term.candidates.count > 1 && term.candidates[0].topic == .nonTariffCountermeasures
            && (who == .us || text.hasPrefix("sanction") && tokens.contains { Self.oilWords.contains($0.text) })
    }
    static let decisionWords: Set<String> = ["decision", "move", "plan", "plans", "bid", "order", "push", "effort", "efforts"]

    static let reasonWords: Set<String> = ["over", "amid", "despite", "due", "because", "during", "ahead"]

    /// "suspended a prior restriction": an adjective of time after an article, not a background clause.
    func priorAdjective(at i: Int) -> Bool {
        i > 0 && ["prior", "previous", "earlier", "original"].contains(tokens[i].text) && Self.determiners.contains(tokens[i - 1].text)
    }

    /// ", as well as": the object goes on ("suspends tariffs, as well as its addition of firms to the list").
    func asWellAs(at i: Int) -> Bool {
        var k = i
        if tokens[k].text == "," { k += 1 }
        return k + 2 < tokens.count && tokens[k].text == "as" && tokens[k + 1].text == "well" && tokens[k + 2].text == "as"
    }

    // MARK: step 3, the topic

    /// The topic the verb moves: in its object, else (passive or headline
    /// order) before it, else a headline's kicker, else the verb itself.
    /// The classes of nouns before the verb join the object's when the topic
    /// stands there ("tariffs were cut").
    func claimTopic(_ v: Int, verb: Annotations.VerbSpan, object: inout VerbObject, clause: Int,
                    _ range: Range<Int>) -> ClaimTopic? {
        let sense = verb.value
        var topicIndex = (object.headTopic.flatMap { ann.topic[$0]!.value.specific ? $0 : nil })
            ?? object.firstSpecific ?? object.headTopic ?? object.firstGeneric
        // "added seven Chinese entities, mostly related to aerospace, to its export control list": what firms are
        // added to is the topic, not what they make.
        if sense.verbClass == .adder, let l = addedToList(after: object.start, range), l < object.end,
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
        // "US drone makers sanctioned by China": with its agent named, a verb that names its measure moves
        // that measure; the nouns before it are its target.
        if topicIndex == nil, sense.participle, object.agent != nil, object.start < object.end, tokens[object.start].text == "by",
           let implied = sense.impliedTopic {
            return ClaimTopic(index: nil, term: implied, text: verb.text)
        }
        // "China blacklists US drone companies": a verb that names its measure, acting on firms; the
        // firms' trade is its target, not its topic.
        if let implied = sense.impliedTopic, let h = object.headIndex ?? (object.span.last { Self.firmNouns.contains(tokens[$0].text) }),
           Self.firmNouns.contains(tokens[h].text) {
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
        if let t = topicIndex, let span = ann.topic[t] { return ClaimTopic(index: t, term: span.value, text: span.text) }
        if let implied = sense.impliedTopic { return ClaimTopic(index: nil, term: implied, text: verb.text) }
        let settles = sense.verbClass == .settler || sense.verbClass == .starter && sense.lemma != "order"
        if settles, object.all.contains(.deal) {  // "launch the dialogue"
            return ClaimTopic(index: nil, term: TopicTerm(candidates: [(.talks, nil)], specific: true), text: verb.text)
        }
        return nil
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
        if let t = topicIndex, let p = (clause..<t).first(where: { ann.has(.preposition, at: $0) && !ann.inTopic[$0] }),
           let head = (clause..<p).last(where: { ann.topic[$0] != nil && ann.objects[$0].contains(.measure) }) {
            topicIndex = specificModifier(of: head, from: clause) ?? head
        }
        if let t = topicIndex, hasOwnObject, !sense.participle,
           ((t + 1)..<v).contains(where: { ann.actor[$0] != nil }) {
            topicIndex = nil
        }
        guard let t = topicIndex else { return nil }
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
        if !hasOwnObject, !measureBefore, !permitted, !talks,
           sense.verbClass != .rise, (min(t + ann.topic[t]!.length, v)..<v).contains(where: { tokens[$0].id < 0 }) {
            return nil
        }
        // Flows that "ease" or are "lifted" fall or rise: "rare earth exports to US eased"; flows
        // that "slow" or "halt" by themselves are trade data (a participle is still a passive move).
        // A participle is passive after "be" or in a headline; "exports ... increased by six times" is past tense.
        let passive = sense.participle && (headlinePassive(v, verb: verb, range)
            || v > range.lowerBound && Self.beForms.contains(tokens[v - 1].text)
            || v + verb.length < range.upperBound && ann.has(.agent, at: v + verb.length))
        let flowVerb = sense.verbClass == .easing
            || !passive && [.reducer, .increaser].contains(sense.verbClass) && tradeFlowSubject(clause..<v)
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
        let generic: Set<String> = ["countries", "nations", "partners", "economies", "governments", "others"]
        if p >= range.lowerBound, generic.contains(tokens[p].text) { return true }
        // "Countries have imposed tariffs ... to retaliate against ...": the opening subject acts throughout.
        let opening = range.lowerBound..<min(range.upperBound, range.lowerBound + 3)
        return opening.contains { generic.contains(tokens[$0].text) } && !(range.lowerBound..<v).contains { ann.actor[$0] != nil }
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
        while k >= max(0, j - 3) {
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

    // MARK: step 4, the direction

    /// The direction from the verb's class and what it acts on: suspending a
    /// measure eases, suspending a flow tightens; extending a truce eases,
    /// extending controls tightens; a delayed new tariff is still a new tariff.
    func verbMove(_ v: Int, verb: Annotations.VerbSpan, object: VerbObject, topic found: ClaimTopic, clause: Int,
                  _ range: Range<Int>) -> VerbMove? {
        let sense = verb.value
        let termIsMeasure = found.index.map { idx in
            (idx..<(idx + (ann.topic[idx]?.length ?? 1))).contains { !ann.objects[$0].isDisjoint(with: [.measure, .list]) }
        } ?? false
        let firstTopic = found.term.candidates[0].topic
        // "accelerating the review of export license applications": a licensing review is the permissions' flow,
        // not a probe.
        let licensing = licensingReview(object)
        let measure = object.isMeasure && !licensing, flow = object.isFlow || licensing, respite = object.isRespite
        let all = object.all
        func move(_ d: Direction?) -> VerbMove? { d.map { VerbMove(direction: $0) } }
        // "USTR Issues Notice Regarding Review of China 301 Tariffs": the verb acts on a noun that is
        // neither a measure nor a flow nor a topic, so what it does to the tariffs is not said.
        // "the suspension of 17 US entities from the Unreliable Entity List": taken off the list.
        // Not a list of permissions: "removing Chinese affiliates from its Validated End-User List" tightens (below).
        if sense.verbClass == .reducer, fromTheList(object.span), !outOfAPermissionProgram(object.span, range) { return move(.easing) }
        // "issued an order further extending the suspension of tariffs", "issued a final rule revising its
        // license policy": the document's own verb says what moves, not its issuing.
        if Self.issuingVerbs.contains(sense.lemma),
           let h = (object.start..<min(object.start + 4, object.end)).first(where: { Self.documentNouns.contains(tokens[$0].text) }),
           ((h + 1)..<min(h + 4, range.upperBound)).contains(where: { ann.verb[$0] != nil && tokens[$0].text.hasSuffix("ing") }) {
            return nil
        }
        // "approves bill banning Chinese drones", "passes legislation to curb chip sales": what the bill
        // would do is its own verb's claim; passing or approving it is no move of its own.
        if (object.start..<min(object.start + 4, object.end)).contains(where: { Self.billNouns.contains(tokens[$0].text) }) {
            return nil
        }
        if sense.lemma == "take effect" { return move(takingEffect(before: v, clause: clause)) }
        let moves: Set<VerbClass> = [.reducer, .increaser, .extender, .delayer, .starter]
        // (A passive's words after it are no direct object: "export controls will be implemented on three
        // categories of graphite items".)
        let passive = sense.participle && v > clause && Self.beForms.contains(tokens[v - 1].text)
        if moves.contains(sense.verbClass), !passive, bareDirectObject(object, nounVerbs: false), found.index.map({ $0 > v }) ?? true {
            return nil
        }
        if measureActsOnOtherThing(v, verb: verb, object: object, found: found) { return nil }
        switch sense.verbClass {
        // "excluding merchandise covered by tariffs from a program that offers duty-free access": out of a relief.
        case .easing where ["remove", "delist", "drop", "strip", "exclude"].contains(sense.lemma) && outOfAPermissionProgram(object.span, range):
            // "removing Chinese affiliates from its Validated End-User List": a permission withdrawn.
            return move(.tightening)
        case .easing:
            // "clearing the way for an outright ban on products made by Huawei": what the way is cleared for.
            if let paved = pavesTheWay(object, range) { return move(paved) }
            if Self.approvingVerbs.contains(sense.lemma), object.isMeasure, !respite, !flow, !all.contains(.respite),
               !all.contains(.deal) {
                return move(.tightening)  // "Trump Approves Tariffs on About $50 Billion of Chinese Goods"
            }
            // "US scraps exemption for Chinese goods from tariffs", "lifts the pause": a respite undone.
            if respite, !measure, !object.head.contains(.deal), Self.undoingVerbs.contains(sense.lemma) { return move(.tightening) }
            // "Trump reverses tariff cut on Chinese goods", "lifts the suspension of export controls": an easing
            // of a measure undone tightens.
            if Self.undoingVerbs.contains(sense.lemma), easingChangeOfMeasure(object) == true { return move(.tightening) }
            // "scraps export licences for rare earths": the licences revoked, or the licensing requirement dropped?
            // Headlines say both; without "requirement" the way cannot be told.
            if Self.undoingVerbs.contains(sense.lemma), let h = object.headIndex, Self.permissionNouns.contains(tokens[h].text),
               !(object.start..<min(object.end + 1, range.upperBound)).contains(where: { ["requirement", "requirements", "regime", "system", "rules"].contains(tokens[$0].text) }) {
                return nil
            }
            return move(.easing)
        case .tightening where sense.lemma == "face":
            // What a target faces must be a probe or a crackdown ("face heightened scrutiny"); "goods face
            // 245% tariffs" describes rates in force, "talks face uncertainty" is news.
            if all.contains(.probe) && firstTopic != .talks { return move(.tightening) }
            // "Chinese chipmakers face tougher US export rules from December 2", "face new tariffs": a measure
            // named as new is one being imposed, not the rates in force.
            if let m = (object.start..<object.directEnd).first(where: { ann.objects[$0].contains(.measure) }),
               (object.start..<m).contains(where: { ann.has(.novelty, at: $0) }), !respite {
                return move(.tightening)
            }
            return nil
        case .tightening where ["refuse", "deny"].contains(sense.lemma):
            // "set to refuse export of three ethane shipments": a flow refused; refusing a request is no measure.
            // "denies that the two sides are holding consultations": a statement denied, not a flow.
            // "plans to deny request to ship ethane to China": an application to ship, sell or export is a flow's.
            let applicationToShip = (object.start..<object.end).contains { k in
                ["request", "requests", "application", "applications", "bid"].contains(tokens[k].text) && k + 2 < object.end
                    && tokens[k + 1].text == "to" && Self.shippingVerbs.contains(tokens[k + 2].text)
            }
            return (all.contains(.flow) || applicationToShip) && after(object.start - 1) != "that" ? move(.tightening) : nil
        case .tightening where (object.start..<object.directEnd).contains(where: { Self.relationshipNouns.contains(tokens[$0].text) }):
            // "strengthen the economic and trade relationship with China": ties made closer are no measure.
            return nil
        case .tightening:
            guard sense.isThreat else { return move(.tightening) }
            // "Trump Threatens China with Tariffs": the measure threatened follows "with".
            if let w = object.span.first(where: { tokens[$0].text == "with" }),
               ((w + 1)..<min(w + 4, object.end)).contains(where: { ann.objects[$0].contains(.measure) }) {
                return move(.tightening)
            }
            // "weigh tariff cuts", "mulls suspension of curbs": the change considered sets the way.
            for k in object.start..<min(object.end + 2, range.upperBound) {
                if Self.easingChangeWords.contains(tokens[k].text) { return move(.easing) }
                if Self.tighteningNouns.contains(tokens[k].text) || ["hike", "hikes", "increase", "increases"].contains(tokens[k].text) {
                    return move(.tightening)
                }
            }
            // "eye a tariff truce": a deal in view is the talks being previewed.
            if all.contains(.deal) || all.contains(.respite) { return nil }
            // What is sought or weighed is the direct object: "seek curbs", not "seek clarity on rules".
            let direct = (object.start..<object.directEnd).contains { !tokens[$0].hyphenAfter && ann.objects[$0].contains(.measure) }
            return move(direct ? .tightening : nil)
        case .reducer:
            // "removes three plants in China from the Validated End-User program": a permission withdrawn.
            if outOfAPermissionProgram(object.span, range) { return move(.tightening) }
            if respite || object.head.contains(.deal) { return move(.tightening) }
            // "hits pause on tariff cuts", "ends the suspension of export controls": an easing of a measure
            // stopped tightens, as a delayed cut does.
            if easingChangeOfMeasure(object) == true { return move(.tightening) }
            if flow && !measure { return move(.tightening) }
            if measure { return move(.easing) }
            if termIsMeasure || firstTopic == .tariffs { return move(.easing) }
            return move(firstTopic == .talks ? .tightening : nil)
        case .increaser:
            if measure && !flow { return move(.tightening) }
            if flow || respite { return move(.easing) }
            return move(termIsMeasure || firstTopic == .tariffs ? .tightening : nil)
        case .extender:
            if respite || object.head.contains(.deal) || all.contains(.respite) { return move(.easing) }
            // "extension for Huawei's temporary general license": a permission kept open.
            if let h = object.headIndex, Self.permissionNouns.contains(tokens[h].text) { return move(.easing) }
            if measure { return move(.tightening) }
            // "China Renews Soybean Imports From US Suppliers": trade kept going.
            if flow { return move(.easing) }
            return move(firstTopic == .talks ? .easing : nil)
        case .delayer:
            // "US Postpones China Chip Tariff Decision to 2027": a decision on a measure put off is neither the
            // measure delayed nor one decided; the lede tells which.
            if let t = found.index, let span = ann.topic[t], t + span.length < object.directEnd,
               Self.rulingNouns.contains(tokens[t + span.length].text) {
                return nil
            }
            // "plans to impose tariffs on Chinese semiconductor imports but will delay the move until mid-2027":
            // "the move" stands for the clause before; that clause's own verb tells it.
            if object.start < object.end, Self.determiners.contains(tokens[object.start].text), object.start + 1 < object.end,
               ["move", "decision", "plan", "step", "measure"].contains(tokens[object.start + 1].text) {
                return nil
            }
            // "US tariff cut on Chinese goods delayed", "delays tariff relief": an easing put off.
            let delayed = sense.participle && headlinePassive(v, verb: verb, range) ? clause..<v : object.start..<object.directEnd
            if delayed.contains(where: { Self.easingNouns.contains(tokens[$0].text) || ["cut", "cuts"].contains(tokens[$0].text) }) {
                return move(.tightening)
            }
            if firstTopic == .tariffs || object.head.contains(.measure) && found.text.contains("tariff") {
                // Postponing a hike already scheduled eases ("delay on next tariff hike", "two weeks later than
                // now scheduled"), and so does a delay the item tells no more of ("tariffs will be delayed"): the
                // labelled news mostly delays what was set. A new tariff decided now with a later start ("delays
                // new tariffs", or the finding behind it: "concluded its Section 301 probe ...") is still new.
                // (A change noun with its preposition, "hike on", ends the object: look one word past it.)
                let scheduled = (object.start..<min(object.end + 1, range.upperBound)).contains {
                    Self.scheduledWords.contains(tokens[$0].text) || Self.hikeNouns.contains(tokens[$0].text)
                } || alreadyScheduled
                let newMeasure = decidedNow || (object.start..<min(object.end + 1, range.upperBound)).contains { ann.has(.novelty, at: $0) }
                return scheduled || !newMeasure ? move(.easing) : VerbMove(direction: .tightening, forceAnnounced: true)
            }
            // Talks, meetings and summits delayed are news, not moves (../shared/eval/README.md).
            if firstTopic == .talks { return nil }
            if flow { return move(.tightening) }
            return move(measure || termIsMeasure ? .easing : nil)
        case .starter where Self.receivers.contains(sense.lemma) && all.contains(.deal):
            // "Trump Secures Historic Deals with China": a deal won is a deal reached.
            return VerbMove(direction: .easing, term: channelOrTalks(object.start, object.end, range))
        case .starter where Self.receivers.contains(sense.lemma):
            // "receives licences", "secures a waiver": a permission granted; nothing else received is a move.
            let permission = (object.start..<object.directEnd).contains { Self.permissionNouns.contains(tokens[$0].text) }
                || sense.participle && headlinePassive(v, verb: verb, range)
                    && (clause..<v).contains { Self.permissionNouns.contains(tokens[$0].text) }
            return move(permission ? .easing : nil)
        case .starter where Self.issuingVerbs.contains(sense.lemma) && sense.participle && v > range.lowerBound
            && Self.documentNouns.contains(tokens[v - 1].text) && object.start < object.end
            && ["on", "regarding", "about", "concerning"].contains(tokens[object.start].text):
            // "Federal Register Notice Published on De Minimis Requirements": a document about a measure says
            // nothing of its way.
            return nil
        case .starter where sense.lemma == "implement"
            && (object.start..<object.directEnd).contains(where: { ["consensus", "consensuses"].contains(tokens[$0].text) }):
            // "MOC to earnestly implement consensus reached by top Chinese, U.S. leaders": carrying out what was
            // agreed before is a pledge, not a new deal (../shared/eval/README.md: talks described are neutral).
            return nil
        case .starter where object.start < object.end && tokens[object.start].text == "that":
            return nil  // "announced that controls would be suspended": the clause has its own verb
        case .starter where sense.participle && v > clause && Self.beForms.contains(tokens[v - 1].text) && !measure
            && (clause..<v).contains(where: { ann.objects[$0].contains(.measure) })
            // (Not "A 90-day tariff truce was announced", nor "tariff cuts will be implemented".)
            && !(clause..<v).contains(where: { !ann.objects[$0].isDisjoint(with: [.respite, .deal])
                || ann.objects[$0].contains(.flow) && ann.topic[$0] == nil && !ann.inTopic[$0]
                || Self.easingChangeWords.contains(tokens[$0].text) || Self.neutralChangeNouns.contains(tokens[$0].text) }):
            // "export controls will be implemented on three categories of graphite items": a passive's subject
            // is the measure started; what follows is only what it covers.
            return move(.tightening)
        case .starter where ["charge", "collect"].contains(sense.lemma)
            && object.start < object.end && (tokens[object.start].text == "$" || tokens[object.start].isNumber):
            return nil  // "collected $30 billion in duties": revenue, not a new measure
        case .starter where sense.lemma == "order" && (orderedToStop(after: v + verb.length, range)
            || object.span.contains(where: { tokens[$0].text == "to" && orderedToStop(after: $0, range) })):
            return move(.tightening)  // "EDA Software Companies Ordered to Halt Business with China"
        case .starter:
            // Opening a probe, announcing controls or tariffs: a new measure. Opening talks is not.
            // "announces adjustment of tariffs" names no new measure: the measure must be the object itself.
            let ofBeforeHead = (object.start..<(object.headIndex ?? object.start)).contains { tokens[$0].text == "of" }
            // "rolled out a plan that would affect exports of AI chips": a plan told by what it would do says no way.
            if object.span.contains(where: { ["that", "which"].contains(tokens[$0].text) && $0 + 1 < object.end && ann.has(.modal, at: $0 + 1) }) {
                return nil
            }
            // "announces tariff reductions", "unveils relief from export controls": what is announced is the change.
            if let change = easingChangeOfMeasure(object) { return change ? move(.easing) : nil }
            // "announce export control information sharing": a channel opened, not a control.
            if firstTopic == .exportControlDialogue { return move(.easing) }
            // "Announces A Four Year Review Of Section 301 Duties": reviewing one's own measure opens nothing new.
            if reviewOfOwnMeasure(object) { return nil }
            // "announces the list of US goods excluded from additional tariffs": a list of reliefs.
            if object.head.contains(.list), object.span.contains(where: { Self.reliefWords.contains(tokens[$0].text) }) {
                return move(.easing)
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
        case .adder where !all.contains(.list) && sense.participle && headlinePassive(v, verb: verb, range)
            && (clause..<v).contains(where: { ann.objects[$0].contains(.measure) }):
            return move(.tightening)  // "Export requirements added for 44 Chinese entities"
        case .adder:
            if all.contains(.list) {
                // "adds Chinese goods to the tariff exclusion list": a relief granted; off it, a relief lost.
                if reliefList(in: object.span) { return move(offTheList(object.span) ? .tightening : .easing) }
                // "takes Chinese firms off the blacklist", "strikes US firms off the list": a removal.
                return move(offTheList(object.span) ? .easing : .tightening)
            }
            // "Additions of Entities, Revisions of Entries, and Removal of an Entity From the Entity List".
            if sense.isChangeNoun, range.lowerBound < titleTokenCount,
               (object.end..<range.upperBound).contains(where: { ann.objects[$0].contains(.list) }) {
                return move(.tightening)
            }
            // "places a licence requirement on H20 exports", "puts restrictions on": a measure put on a thing is imposed.
            if ["place", "put"].contains(sense.lemma),
               let on = [object.directEnd - 1, object.directEnd].first(where: { $0 >= object.start && $0 < range.upperBound && tokens[$0].text == "on" }),
               (object.start..<on).contains(where: { ann.objects[$0].contains(.measure) }) {
                // "puts tariffs on hold": a pause.
                let paused = (object.start..<min(object.end + 3, range.upperBound - 1)).contains {
                    tokens[$0].text == "on" && ["hold", "ice"].contains(tokens[$0 + 1].text)
                }
                return move(paused ? .easing : .tightening)
            }
            // "Trump adds 10% tariff on Chinese goods", "adds new export restrictions on chips": a measure added
            // is imposed (a relief added is not: "adds exemptions").
            if sense.lemma == "add", !sense.isChangeNoun, measure, !respite, !flow, !all.contains(.respite),
               (object.start..<object.directEnd).contains(where: { ann.objects[$0].contains(.measure) }) {
                return move(.tightening)
            }
            // "adds $60B of US goods to its import tariff": goods put under a measure.
            if sense.lemma == "add", let to = object.span.first(where: { tokens[$0].text == "to" }),
               ((to + 1)..<min(to + 5, object.end)).contains(where: { ann.objects[$0].contains(.measure) }) {
                return move(.tightening)
            }
            if sense.lemma == "hit", withMeasure(object.span) {
                return move(.tightening)  // "hits US chipmakers with anti-dumping probe"; not "tariffs hit exports"
            }
            if sense.lemma == "take", object.span.contains(where: { ["countermeasures", "retaliation"].contains(tokens[$0].text) }) {
                return move(.tightening)  // "to take countermeasures against US port fees"
            }
            if sense.lemma == "take", object.span.contains(where: { ["measures", "action", "actions"].contains(tokens[$0].text) }),
               object.span.contains(where: { tokens[$0].text == "against" }) {
                return move(.tightening)  // "takes provisional anti-dumping measures against sorghum imported from the US"
            }
            return nil
        case .breakdown where sense.lemma == "fail":
            // A firm's products failing a regulator's review is a finding against them; talks that fail are told by "collapse".
            return move(all.contains(.probe) && firstTopic != .talks ? .tightening : nil)
        case .breakdown:
            return move(firstTopic == .talks ? .tightening : nil)
        case .rise:
            // "tariffs rise", "duty rates climb": the tariff is what rises, not "inflation climbs" after it.
            var p = v - 1
            while p >= clause, ann.topic[p] == nil, ann.verb[p] == nil,
                  !["as", "while", "when", "because", "and", "but", "since"].contains(tokens[p].text) { p -= 1 }
            let tariffRises = p >= clause && ann.topic[p] != nil
            if v - 1 >= clause, Self.permissionNouns.contains(tokens[v - 1].text) { return move(.easing) }  // "approvals rising"
            return move(firstTopic == .tariffs && tariffRises ? .tightening : nil)
        case .modifier:
            // Only where the change carries out what talks agreed (see `verbClaim`): that eases.
            return move(carriesOutTalks(range) && (object.isMeasure || termIsMeasure) ? .easing : nil)
        case .settler where offTheList(object.span):
            return move(.easing)
        case .settler where ["establish", "set up", "create"].contains(sense.lemma) && !all.contains(.deal)
            && !all.isDisjoint(with: [.list, .measure]):
            return move(.tightening)  // "China to Establish 'Unreliable Entity List'"
        case .settler where sense.lemma == "sign" && object.isMeasure && !respite && !all.contains(.deal)
            && !object.span.contains(where: { Self.documentNouns.contains(tokens[$0].text) }) && !sentenceHas(.hold, range):
            return move(.tightening)  // "Trump signs tariffs on imports from Canada, Mexico and China"
        case .settler where keepingInTouch(object):
            // "agreed to maintain close communication and implement the consensus": staying in touch is the
            // talks going on, not a deal (../shared/eval/README.md).
            return nil
        case .settler:
            guard let d = (object.start..<object.directEnd).first(where: { ann.objects[$0].contains(.deal) }) else { return nil }
            // "MP Materials lands multi-billion Pentagon deal": a deal with one government that a subject no side
            // names wins is a contract, not a deal between the two sides.
            if (object.start..<d).contains(where: { ann.actor[$0] != nil || ann.actorEnds[$0] }),
               !(clause..<v).contains(where: { ann.actor[$0] != nil || ann.actorEnds[$0] || ann.side[$0] != nil || ann.other[$0] }) {
                return nil
            }
            return VerbMove(direction: .easing, term: channelOrTalks(object.start, object.end, range))
        }
    }

    static let aimNouns: Set<String> = ["time", "order", "effort", "efforts", "bid", "attempt", "push", "chance", "opportunity",
                                        "room", "space", "aim", "goal", "hope", "hopes", "drive", "race", "scramble"]
    static let intensifiers: Set<String> = ["very", "quite", "so", "too", "fairly", "pretty", "extremely", "abundantly", "crystal"]
    /// Words that are verbs in the lexicon and adjectives after "is": "is clear", "are open", "is free".
    static let adjectiveVerbs: Set<String> = ["clear", "open", "free", "slow", "low", "lower", "secure", "close", "firm", "final"]

    static let reliefWords: Set<String> = ["excluded", "exempted", "exempt", "exclusion", "exclusions", "exemption",
                                           "exemptions", "waiver", "waivers", "waived"]

    /// "to maintain close communication", "to keep in touch": what is agreed is to go on talking.
    func keepingInTouch(_ object: VerbObject) -> Bool {
        guard object.start + 1 < object.end, tokens[object.start].text == "to",
              ["maintain", "keep", "stay", "remain"].contains(tokens[object.start + 1].text) else { return false }
        return ((object.start + 2)..<min(object.start + 6, object.end)).contains {
            ["communication", "communications", "contact", "contacts", "touch", "dialogue"].contains(tokens[$0].text)
        }
    }

    /// The object has a direct part that names no measure, flow, list or topic, and no verb (with
    /// `nounVerbs`, none but a verb that is also a noun).
    func bareDirectObject(_ object: VerbObject, nounVerbs: Bool) -> Bool {
        object.start < object.directEnd && !(object.start..<object.directEnd).contains { k in
            !ann.objects[k].isEmpty || ann.topic[k] != nil || ann.inTopic[k]
                || ann.verb[k].map { !nounVerbs || !$0.value.alsoNoun } ?? false
        }
    }

    /// "new tariffs are speeding up plans", "curbs slow growth": a measure in the subject that raises or
    /// cuts a thing that is neither a measure nor a flow tells the measure's effect, not a move.
    func measureActsOnOtherThing(_ v: Int, verb: Annotations.VerbSpan, object: VerbObject, found: ClaimTopic) -> Bool {
        // A verb that is also a noun may stand in it ("plans").
        guard bareDirectObject(object, nounVerbs: true),
              [.increaser, .reducer].contains(verb.value.verbClass), let t = found.index, t < v, (t..<v).contains(where: { ann.objects[$0].contains(.measure) }) else { return false }
        let first = object.start
        // "tariffs doubled to 50%", "rule suspended for one year": no direct object, the measure is what moves.
        if ann.has(.preposition, at: first) || ["to", "for", "by", "until", "till"].contains(tokens[first].text) { return false }
        return !tokens[first].isNumber && tokens[first].text != "$" && ann.actor[first] == nil && ann.side[first] == nil
            && !Self.amountWords.contains(tokens[first].text)
    }

    // MARK: step 5, who acts

    /// The subject before the verb, a passive's agent, the patient of a
    /// headline passive, the owner of the measure, the side the target is
    /// not, and last whoever the headline or lede names. nil when a third
    /// country acts ("EU imposes ...") or no one can be told.
    func claimActor(_ v: Int, verb: Annotations.VerbSpan, object: inout VerbObject, term: TopicTerm, clause: Int,
                    _ range: Range<Int>) -> ClaimActor? {
        var actor: Actor?
        var actorText: String?
        // "responds to the US imposing tariffs": an actor right before a gerund is its subject; "Remarks on
        // US Addition of Chinese Entities": right before a change noun, its owner.
        if tokens[v].text.hasSuffix("ing") || verb.value.isChangeNoun, v - 1 >= range.lowerBound, ann.actorEnds[v - 1] {
            if let a = ann.actor[actorStart(endingAt: v - 1, from: range.lowerBound)] { return ClaimActor(actor: a.value, text: a.text) }
        }
        // "to defend Chinese firms added to US entity list": firms put on a list named by its owner; the owner acts,
        // not whoever speaks in the main clause.
        if verb.value.participle, v - 1 >= range.lowerBound, Self.targetNouns.contains(tokens[v - 1].text),
           object.start + 2 < range.upperBound, tokens[object.start].text == "to",
           let owner = ann.actor[object.start + 1]?.value ?? ann.side[object.start + 1],
           ((object.start + 1)..<min(object.start + 5, range.upperBound)).contains(where: { ann.objects[$0].contains(.list) }) {
            return ClaimActor(actor: owner, text: nil)
        }
        if companySubject(before: v, verb: verb, object: object, range) || genericSubject(before: v, range) { return nil }
        // "opposition to the United States' decision to include 11 Chinese firms": the decision's owner acts.
        if v - 3 >= range.lowerBound, tokens[v - 1].text == "to", Self.decisionWords.contains(tokens[v - 2].text) {
            var e = v - 3
            if tokens[e].text == "'s" { e -= 1 }
            if e >= range.lowerBound, ann.actorEnds[e] {
                if let a = ann.actor[actorStart(endingAt: e, from: range.lowerBound)] { return ClaimActor(actor: a.value, text: a.text) }
            }
        }
        // "China commerce ministry condemns US tariffs, will take countermeasures": a headline's second
        // predicate after a comma has the headline's subject.
        if range.lowerBound < titleTokenCount, let c = (max(range.lowerBound, v - 4)..<v).last(where: { tokens[$0].text == "," }),
           ((c + 1)..<v).allSatisfy({ ann.has(.modal, at: $0) || ann.has(.adverb, at: $0) || ann.has(.infinitive, at: $0) }),
           let first = (range.lowerBound..<c).first(where: { ann.actor[$0] != nil && !governedByPreposition($0, range) }),
           !(range.lowerBound..<first).contains(where: { ann.otherEnds[$0] }),
           (first..<c).contains(where: { ann.verb[$0] != nil || ann.has(.reaction, at: $0) }) {
            let a = ann.actor[first]!
            return ClaimActor(actor: a.value, text: a.text)
        }
        // "US defence firms sanctioned by China": a passive's agent right after it acts; its subject is the target.
        if verb.value.participle, object.start < object.end, tokens[object.start].text == "by", let agent = object.agent {
            return ClaimActor(actor: agent, text: nil)
        }
        var j = v - 1
        while j >= range.lowerBound, actor == nil {
            let governed = governedByPreposition(j, range)
            if ann.otherEnds[j], !governed { return nil }  // a third country acts ("EU imposes ...")
            // "US-China Agree to Reduce Tariffs", "U.S.-China Extend Tariff Truce": a joint pair right before
            // its verb is the subject (before a noun, "US-China trade talks", it is a modifier).
            let jointSubject = jointModifier(j) && !tokens[j].hyphenAfter
                && ((j + 1)..<v).allSatisfy { ann.has(.modal, at: $0) || ann.has(.adverb, at: $0) || ann.has(.infinitive, at: $0)
                    || tokens[$0].text == "to" || ann.verb[$0] != nil && $0 + 1 < v && tokens[$0 + 1].text == "to" }
            // "Five US firms added to China's list": a nationality before its firms is the target, not the subject.
            let modifiesFirms = ann.actor[j].map { j + $0.length < v && Self.targetNouns.contains(tokens[j + $0.length].text) } ?? false
            // "Nvidia H200 China Sales Rules Eased", "Section 301 China Import Tariff Duty Rates Raised": a side's
            // name inside a compound, between a term and its noun, says where, not who.
            let insideCompound = ann.actor[j].map { a in
                j > range.lowerBound && (ann.topic[j - 1] != nil || ann.inTopic[j - 1] || tokens[j - 1].isNumber)
                    && !tokens[j - 1].isBoundary && j + a.length < v && !tokens[j + a.length].isBoundary
                    && (ann.verb[j + a.length] == nil || ann.verb[j + a.length]!.value.alsoNoun)
                    && !["'s", "’s"].contains(tokens[j + a.length].text)
            } ?? false
            // "China Tariff Exclusions Extended": a side's name opening a headline passive's compound subject, right
            // before its term, says where too.
            let leadsCompound = ann.actor[j].map { a in
                verb.value.participle && headlinePassive(v, verb: verb, range)
                    && (range.lowerBound..<j).allSatisfy({ ann.has(.novelty, at: $0) }) && range.lowerBound < titleTokenCount && j + a.length < v
                    && !["'s", "’s"].contains(tokens[j + a.length].text)
                    && ((j + a.length)..<v).contains { ann.topic[$0] != nil }
                    && !((j + a.length)..<v).contains { tokens[$0].isBoundary || ann.actor[$0] != nil
                        // ("List 1": a name with its number, not the verb.)
                        || ann.verb[$0].map { !$0.value.alsoNoun && !$0.value.isChangeNoun } ?? false && !tokens[$0 + 1].isNumber }
            } ?? false
            if let a = ann.actor[j], !governed, !jointModifier(j) || jointSubject, !objectOfVerb(j), !modifiesFirms || !verb.value.participle,
               !insideCompound, !leadsCompound {
                // "Mexico's Congress": an agency of a third country.
                if j >= 2, tokens[j - 1].text == "'s", ann.otherEnds[j - 2] { return nil }
                actor = a.value
                actorText = a.text
            }
            j -= 1
        }
        // "Modifying Reciprocal Tariff Rates to Reflect Discussions with the People's Republic of China":
        // the side the talks are with is the partner; the other side changes its own measure.
        if actor == nil, verb.value.verbClass == .modifier, let partner = talksPartner(after: v, range) { actor = partner.other }
        if actor == nil { actor = object.agent }
        // "guidance that said using Huawei Ascend chips likely violates export controls": the violator is the
        // target; the rules broken are the other side's.
        if ["violate", "breach"].contains(verb.value.lemma),
           let violator = (clause..<v).compactMap({ ann.actor[$0] == nil ? ann.side[$0] : nil }).last {
            return ClaimActor(actor: violator.other, text: nil)
        }
        if verb.value.lemma == "face" || verb.value.lemma == "fail" {
            // "Nvidia chips face scrutiny in China customs crackdown", "China faces new US tariffs": the
            // subject is the target; the other side acts.
            if let a = actor { return ClaimActor(actor: a.other, text: nil) }
            if let patient = (clause..<v).compactMap({ ann.side[$0] }).last { return ClaimActor(actor: patient.other, text: nil) }
            return nil
        }
        if actor == nil, verb.value.participle || verb.value.isChangeNoun {
            // "Imposition of tariffs on imports from Mexico, China and Canada by the U.S.": the agent may follow the object.
            actor = agent(after: object.end, range)
        }
        // "Five US firms added to China's export control list": the owner of what they are put on acts.
        if actor == nil, verb.value.participle, let k = object.span.first(where: { tokens[$0].text == "to" && $0 + 2 < object.end
            && (ann.actor[$0 + 1] != nil || ann.side[$0 + 1] != nil) && ["'s", "’s"].contains(tokens[$0 + 2].text) }) {
            actor = ann.actor[k + 1]?.value ?? ann.side[k + 1]
        }
        if actor == nil, headlinePassive(v, verb: verb, range) {
            // "Micron banned from ...": the firm before a headline passive is the target, the other side acts.
            if let patient = (clause..<v).compactMap({ ann.side[$0] }).last,
               !(patient == .us && destination(.china, in: object.span)) {
                actor = patient.other
            }
        }
        if actor == nil, let owner = contextOwner(of: term) { actor = owner }
        // The target names the other side: "tariff exclusions for Chinese goods allowed to expire". Asked
        // before a term both sides hold picks its first owner: "Export requirements added for 44 Chinese
        // entities" are the US's.
        func byTarget() -> Actor? {
            let before = (clause..<v).compactMap { ann.side[$0] }
            let china = object.targetChina || before.contains(.china), us = object.targetUS || before.contains(.us)
            return china && !us ? .us : us && !china ? .china : nil
        }
        // Only a measure's target: a firm allowed to sell is its own government's ("allow Nvidia to resume exports").
        if actor == nil, verb.value.verbClass != .easing, Set(term.candidates.compactMap(\.actor)).count > 1,
           let other = byTarget() { actor = other }
        if actor == nil { actor = unnamedOwner(of: term) }
        if actor == nil {
            let before = (clause..<v).compactMap { ann.side[$0] }
            object.targetChina = object.targetChina || before.contains(.china)
            object.targetUS = object.targetUS || before.contains(.us)
            actor = byTarget()
        }
        // Last, whoever the headline, else the lede, names ("Notice of Action: Suspension of ..."; "USTR suspends ...").
        if actor == nil { actor = titleActor ?? itemActor }
        // "US-China Trade Truce Extended": a deal both sides named jointly hold is both sides'; the US stands for them.
        if actor == nil, term.candidates.contains(where: { $0.topic == .talks }), hasUS, hasChina { actor = .us }
        return actor.map { ClaimActor(actor: $0, text: actorText) }
    }

    /// The topic as the actor's own: a generic term resolves by who acts; a
    /// named subject acting on the other side's instrument is someone else's
    /// story ("China grants exemptions for chip exports"), unless it acts on a
    /// generic measure of its own ("China eases curbs on exports of drone parts").
    func ownedTopic(_ subject: ClaimActor, term topicTerm: TopicTerm, object: VerbObject)
        -> (topic: Topic, actor: Actor, term: TopicTerm)? {
        var who = subject.actor
        var term = topicTerm
        var resolved = term.resolve(for: who)
        if term.deferential, let better = specificByActor[who], better != resolved.topic,
           better != .talks, resolved.topic != .tariffs {
            resolved = (better, who)
        }
        if let owner = resolved.actor, owner != who {
            let headGeneric = object.headTopic.flatMap { ann.topic[$0]!.value.specific ? nil : $0 }
            let ownMeasure = subject.text == nil ? nil
                : (headGeneric ?? (resolved.topic != .rareEarthExports ? object.firstGeneric : nil)).flatMap { ann.topic[$0]?.value }
            if let own = ownMeasure, own.candidates.contains(where: { $0.actor == who }) {
                term = own
                resolved = own.resolve(for: who)
            } else if subject.text != nil {
                return nil
            } else {
                who = owner
            }
        }
        return (resolved.topic, who, term)
    }

    /// A firm is the subject ("Nvidia to exclude China from forecasts",
    /// "Boeing resumes deliveries"): company news, not a government's move,
    /// unless it receives a permission or is the patient of a passive.
    func companySubject(before v: Int, verb: Annotations.VerbSpan, object: VerbObject, _ range: Range<Int>) -> Bool {
        if verb.value.participle || ["regain", "lose", "face"].contains(verb.value.lemma) { return false }
        // "Qualcomm hit with Chinese antitrust probe": the firm is the target of a measure.
        if withMeasure(object.span) { return false }
        // A firm receiving a licence is the government's grant; a firm securing a contract is business.
        if Self.receivers.contains(verb.value.lemma), !object.all.contains(.deal) { return false }
        // "Synopsys halts China sales after Commerce Department order": the firm reports a government's decision.
        if range.contains(where: { ann.actor[$0] != nil }),
           range.contains(where: { Self.decisionNouns.contains(tokens[$0].text) }) { return false }
        var p = v - 1
        while p >= range.lowerBound, ann.has(.adverb, at: p) || ann.has(.modal, at: p) || ann.has(.infinitive, at: p) {
            p -= 1
        }
        // "Nvidia says it will stop selling": the pronoun stands for the clause's first subject.
        if p >= range.lowerBound, ["it", "they"].contains(tokens[p].text) {
            var q = p - 1
            while q >= range.lowerBound, ann.actor[q] == nil, ann.side[q] == nil { q -= 1 }
            if q >= range.lowerBound, ann.actor[q] == nil, ann.side[q] != nil { p = q } else { return false }
        }
        guard p >= range.lowerBound, ann.actor[p] == nil, !ann.actorEnds[p], ann.side[p] != nil else { return false }
        return !Self.nationalities.contains(tokens[p].text) && !governedByPreposition(p, range)
    }

    /// Nouns of a government's decision that a firm may report.
    static let decisionNouns: Set<String> = ["order", "orders", "licence", "licences", "license", "licenses", "approval",
                                             "assurances", "assurance", "permission", "letter", "ban", "rule",
                                             "requirement", "requirements", "waiver", "waivers"]

    // MARK: step 6, a US-China position

    /// A term at `i` that names `topic` itself ("chemicals", "gallium"), not a generic one.
    func isTopicTerm(_ i: Int, _ topic: Topic) -> Bool {
        ann.topic[i].map { $0.value.specific && $0.value.candidates[0].topic == topic } ?? false
    }

    /// Only US-China positions: the US's measures need China in the item
    /// (or a measure aimed at it by design), China's need the US (or its
    /// global rare-earth regime); neither when the target is a third country.
    func isUSChinaPosition(topic: Topic, actor who: Actor, object: VerbObject, topicIndex: Int?,
                           namedSubject: Bool, _ range: Range<Int>) -> Bool {
        if topic == .rareEarthExports, sentenceHas(.domestic, range), !hasExportWord(range) { return false }
        // "curb the export of fentanyl and precursor chemicals": drug control, not chemical export controls.
        if topic == .chemicals, sentenceHas(.offTopic, range) { return false }
        // "China enacts restrictions on precursor chemicals to US": a generic control of China's on chemicals or
        // drug precursors is not its rare-earth regime (nor the US's chemical controls).
        if topic == .rareEarthExports, object.span.contains(where: { isTopicTerm($0, .chemicals) || ann.has(.offTopic, at: $0) }),
           !object.span.contains(where: { isTopicTerm($0, .rareEarthExports) }) { return false }
        switch who {
        case .us:
            // The controls the London talks traded (EDA, engines, ethane, nuclear) are China's by context.
            let tradedControl = [.edaSoftware, .jetEngines, .chemicals, .nuclear].contains(topic) && !otherItem
            if !hasChina && !tradedControl && !chinaAimedInstrument(topicIndex) { return false }
            // "Carney reaches deal with Beijing": a third country's deal or tariffs, the US never named.
            if otherItem, !namesUS, [.tariffs, .talks, .exportControlDialogue].contains(topic) { return false }
            if object.targetOther && !object.targetChina { return false }
            // "safeguard tariffs on imported large residential washing machines": a safeguard is on all imports,
            // not a US-China position, unless aimed at China by name.
            if topic == .tariffs, object.span.contains(where: { tokens[$0].text == "safeguard" }), !object.targetChina { return false }
            // "imposing additional 25 per cent tariffs on imports from India, with the new duties set to take
            // effect": tariffs in a sentence aimed at a third country, China not named in it.
            if topic == .tariffs, range.contains(where: { ann.other[$0] }), !names(.china, in: range),
               !names(.china, in: 0..<titleTokenCount) { return false }
            // "pause tariffs on most countries for 90 days but ... hike tariffs on China": other countries' move.
            if !object.targetChina, object.span.contains(where: { k in
                ["countries", "nations", "partners"].contains(tokens[k].text)
                    && k > object.start && ["most", "other", "all", "trading", "many"].contains(tokens[k - 1].text)
            }) { return false }
        case .china:
            let globalRegime = topic == .rareEarthExports && hasRareEarthTerm
            // China's unreliable entity list was made for US firms, as the US's Section 301 tariffs were for China.
            let usAimed = topic == .nonTariffCountermeasures
                && ann.topic.contains { $0.map { Self.usAimedInstruments.contains($0.text) } ?? false }
            // "China bans foreign AI chips for state-funded data centres": the foreign chips China keeps out are
            // the US's (its chipmakers' goods), a countermeasure.
            let foreignGoods = topic == .nonTariffCountermeasures && object.span.contains { k in
                tokens[k].text == "foreign" && k + 1 < object.end && ann.topic[k + 1] != nil
            }
            if !globalRegime && !hasUS && !usAimed && !foreignGoods { return false }
            // "China curbs rare earth exports to Japanese companies": a headline about a third country, the US never named.
            if !hasUS, (0..<titleTokenCount).contains(where: { ann.other[$0] }) { return false }
            // "China resumes rare earth exports to EU as licence approvals accelerate": a headline about a third
            // country; a lede sentence that does not name the US is about it too.
            if range.lowerBound >= titleTokenCount, (0..<titleTokenCount).contains(where: { ann.other[$0] }),
               !names(.us, in: 0..<titleTokenCount), !names(.us, in: range) { return false }
            // Even the global regime aimed at a third country ("licences for Indian firms") is not a US-China move.
            if object.targetOther && !object.targetUS { return false }
            // China inferred from the measure alone, in a story about a third country that never names China.
            if !namedSubject, !namesChina, otherItem { return false }
        }
        return true
    }

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
        undoneBy[next] = verb.text
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
    func addedToList(after start: Int, _ range: Range<Int>) -> Int? {
        var k = start
        while k + 2 < min(start + 28, range.upperBound) {
            if tokens[k].isBoundary, tokens[k].text != "," { return nil }
            // (Past another "to": "seven Chinese entities, mostly related to aerospace, to its export control list".)
            // (A list a topic names: "a list of products it exempts" is no list of firms.)
            if tokens[k].text == "to" {
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
        return (range.lowerBound..<k).contains { ann.has(.reaction, at: $0) || ann.has(.report, at: $0) }
    }

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
        while k >= max(0, v - 4) {
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
            if ["ends", "ended", "expires", "expired", "lapses", "lapsed"].contains(tokens[k].text),
               k + 1 >= range.upperBound || tokens[k + 1].isBoundary { return tokens[k].text }
            if ann.verb[k] != nil, !ann.verb[k]!.value.alsoNoun, !ann.inTopic[k], ann.topic[k] == nil { return nil }
            k += 1
        }
        return nil
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
    static let undoingVerbs: Set<String> = ["lift", "rescind", "repeal", "remove", "scrap", "drop", "dismantle", "reverse",
        "roll back", "scale back", "overturn", "void", "invalidate", "strike down", "throw out", "wind down"]

    static let planNouns: Set<String> = ["plan", "plans", "proposal", "proposals", "bid", "threat", "threats", "move", "moves", "push"]

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

    static let statusParticiples: Set<String> = ["restricted", "controlled", "sanctioned", "listed", "banned",
                                                 "designated", "prohibited", "blacklisted", "embargoed", "stalled", "targeted"]
    /// A hike is a change set for a date: delaying one puts off what was scheduled.
    static let hikeNouns: Set<String> = ["hike", "hikes", "increase", "increases", "increment", "higher", "steeper", "rise", "rises"]
    static let scheduledWords: Set<String> = ["next", "scheduled", "planned", "looming", "upcoming", "pending"]

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

    static let amountWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "half", "a", "nearly", "almost", "more", "about", "around", "over", "roughly"]
    static let billNouns: Set<String> = ["bill", "bills", "legislation"]
    static let firmNouns: Set<String> = ["entities", "entity", "companies", "company", "firms", "firm"]
    /// Who an export ban can name besides firms: "US military users", "defense contractors", "end-users".
    static let endUserNouns: Set<String> = ["users", "user", "end-users", "end-user", "contractors", "contractor",
                                            "suppliers", "buyers", "customers", "manufacturers", "makers", "organizations",
                                            "organisations", "individuals", "subsidiaries", "units"]
    /// Nouns a nationality can modify as a target: "US firms", "U.S. subsidiaries", "Chinese chipmakers".
    static let targetNouns: Set<String> = firmNouns.union(["subsidiaries", "subsidiary", "units", "unit", "chipmakers",
                                                           "makers", "suppliers", "exporters", "manufacturers", "miners", "producers",
                                                           "contractors"])
    static let issuingVerbs: Set<String> = ["issue", "publish", "release", "promulgate", "announce", "unveil"]
    static let documentNouns: Set<String> = ["order", "orders", "rule", "rules", "notice", "notices", "announcement",
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
        let earlier: Set<String> = ["era", "previous", "earlier", "former", "old", "existing", "past", "prior"]
        if (max(range.lowerBound, a - 4)..<a).contains(where: { earlier.contains(tokens[$0].text) }) { return true }
        // "U.S. export controls that target China's semiconductor industry ... threaten America's competitiveness":
        // in the present, with no new measure named, what a measure does describes it.
        guard let sense = ann.verb[v]?.value, sense.verbClass == .tightening, r == v - 1, !sense.participle,
              [sense.lemma, sense.lemma + "s"].contains(tokens[v].text),
              !ann.objects[a].isDisjoint(with: [.measure]) else { return false }
        return !(max(range.lowerBound, a - 5)...a).contains { ann.has(.novelty, at: $0) || ann.verb[$0] != nil }
    }
}
