import Model

// Step 4 of a verb claim, for the verbs of change: cut, raise, extend, delay, rise (ItemScan+VerbMove.swift).
extension ItemScan {
    /// A reducer ("suspends", "cuts", "ends"): cutting a measure eases, cutting a flow, a respite or a deal tightens.
    func reducerMove(_ f: MoveFacts) -> VerbMove? {
        let object = f.object, range = f.range, measure = f.measure, flow = f.flow, respite = f.respite,
            termIsMeasure = f.termIsMeasure, firstTopic = f.firstTopic
        // "removes three plants in China from the Validated End-User program": a permission withdrawn.
        if outOfAPermissionProgram(object.span, range) { return move(.tightening) }
        if respite || object.head.contains(.deal) { return move(.tightening) }
        // "hits pause on tariff cuts", "ends the suspension of export controls": an easing of a measure
        // stopped tightens, as a delayed cut does.
        if easingChangeOfMeasure(object) == true { return move(.tightening) }
        // "China to end rare earth export quotas": a quota caps its flow; ended, the cap goes ("cuts quotas" cuts the flow).
        if flow, Self.endingLemmas.contains(f.verb.value.lemma), let h = object.headIndex, Self.quotaNouns.contains(tokens[h].text) {
            return move(.easing)
        }
        if flow && !measure { return move(.tightening) }
        // "China ends anti-dumping probe with duties on US chicken", "closes probe ..., keeps duties": a probe that ends
        // in duties is no relief; what it ends in tells the move.
        if let p = object.span.first(where: { Self.probeNouns.contains(tokens[$0].text) }),
           ((p + 1)..<range.upperBound).contains(where: { k in
               Self.probeOutcomeWords.contains(tokens[k].text)
                   && !(max(p + 1, k - 3)..<k).contains(where: { Self.outcomeDeniedWords.contains(tokens[$0].text) })
           }) {
            return nil
        }
        if measure { return move(.easing) }
        if termIsMeasure || firstTopic == .tariffs { return move(.easing) }
        return move(firstTopic == .talks ? .tightening : nil)
    }

    /// The US body that votes on trade-remedy duties: its renewals are five-year reviews.
    static let tradeBodyWords: WordSet = ["itc", "usitc"]
    static let probeNouns: WordSet = ["probe", "probes", "investigation", "investigations", "inquiry"]
    /// What a probe may end in besides its end: "with final duties", "with final ruling".
    /// ("closed its 14 months' anti-monopoly investigation against Qualcomm and announced ... its sanctions": a penalty.)
    static let probeOutcomeWords: WordSet = ["duties", "duty", "tariffs", "tariff", "levies", "ruling", "rulings",
                                             "sanctions", "fine", "fines", "penalty", "penalties"]
    /// Words that take the duties away from a probe's end: "without duties", "drops duties".
    static let outcomeDeniedWords: WordSet = ["without", "no", "not", "drops", "dropped", "lifts", "removes"]

    /// Reducers that end what they act on, not lessen it.
    static let endingLemmas: WordSet = ["end", "terminate", "eliminate", "abolish", "cancel", "revoke", "do away with", "phase out",
                                        "abandon"]

    /// "antidumping duty orders", "duty (AD) orders": an "orders" headed by the duty it imposes.
    func dutyOrder(_ object: VerbObject) -> Bool {
        guard let h = object.span.first(where: { ["order", "orders"].contains(tokens[$0].text) }) else { return false }
        var k = h - 1
        while k >= object.start, ["(", ")", "ad", "cvd", "ad/cvd"].contains(tokens[k].text) { k -= 1 }
        return k >= object.start && (Self.tariffWords.contains(tokens[k].text) || ["antidumping", "countervailing"].contains(tokens[k].text))
    }

    /// An increaser ("raises", "doubles"): more of a measure tightens, more of a flow or a respite eases.
    func increaserMove(_ f: MoveFacts) -> VerbMove? {
        let measure = f.measure, flow = f.flow, respite = f.respite, termIsMeasure = f.termIsMeasure,
            firstTopic = f.firstTopic
        // "the US tariff hike on Chinese imports": what a hike is "on" is what it falls on, not what rises.
        if f.verb.value.isChangeNoun, f.verb.text.hasSuffix(" on"), firstTopic == .tariffs || termIsMeasure {
            return move(.tightening)
        }
        // "provide licences" gives permissions; "provide guidance implementing ... tariff rates" gives nothing.
        if f.verb.value.lemma == "provide" {
            let given = (f.object.start..<f.object.directEnd).contains {
                Self.permissionNouns.contains(tokens[$0].text) || Self.easingNouns.contains(tokens[$0].text) }
            return given && (flow || respite) ? move(.easing) : nil
        }
        // "voted to expedite its five-year (sunset) review concerning the antidumping duty order": a faster review
        // of duties in force raises nothing.
        if reviewOfMeasureInForce(f.object) { return nil }
        if measure && !flow { return move(.tightening) }
        // "Commerce is issuing antidumping duty (AD) orders on aluminum foil from China": an order that
        // imposes duties is a measure, not purchase orders (a flow).
        if dutyOrder(f.object) { return move(.tightening) }
        // "USTR Issues Section 301 Exclusion Procedures": a document that says how to ask for a relief is
        // procedure, as a starter reads it ("Opens 301 Tariff Exclusion Process"); no relief is granted yet.
        // (A process restarted or resumed brings the relief's channel back.)
        if respite, !flow, ["issue", "reissue", "re issue"].contains(f.verb.value.lemma),
           f.object.span.contains(where: { Self.procedureNouns.contains(tokens[$0].text) }) { return nil }
        if flow || respite { return move(.easing) }
        return move(termIsMeasure || firstTopic == .tariffs ? .tightening : nil)
    }

    /// The word right before the verb, in its clause, is a permission ("licence", "approvals").
    func permissionNounBefore(_ v: Int, clause: Int) -> Bool {
        v - 1 >= clause && Self.permissionNouns.contains(tokens[v - 1].text)
    }

    /// An extender ("extends", "renews"): a respite, deal or permission kept eases; a measure kept tightens.
    func extenderMove(_ f: MoveFacts) -> VerbMove? {
        let object = f.object, all = f.object.all, measure = f.measure, flow = f.flow, respite = f.respite,
            firstTopic = f.firstTopic
        // "Commerce extends antidumping duty orders on Chinese honey": a duty order kept after its review is
        // "curbs stay", no move (../shared/eval/README.md); not purchase orders kept flowing.
        if dutyOrder(object) { return nil }
        // "US extends anti-dumping duty on China's sodium hexametaphosphate", "ITC Renews Chinese Crawfish Tariffs": the
        // US's trade-remedy duties renewed are an order continued after its five-year review, as above (the labels
        // read each as no move; China's renewals of its own are split, and left as they were).
        if measure {
            let byTradeBody = (f.clause..<f.v).contains { Self.tradeBodyWords.contains(tokens[$0].text) }
            let remedyDuty = object.span.contains { Self.remedyRateWords.contains(tokens[$0].text) }
            if byTradeBody || remedyDuty && names(.us, in: f.clause..<f.v) { return nil }
        }
        // "China extends probe on U.S., EU monobutyl ether": a probe's deadline put back is the probe going on,
        // no move ("extends probe to cover more products" widens it).
        if let h = object.headIndex, Self.probeNouns.contains(tokens[h].text),
           !object.span.contains(where: { ["cover", "covering", "include", "including", "scope"].contains(tokens[$0].text) }) { return nil }
        if respite || object.head.contains(.deal) || all.contains(.respite) { return move(.easing) }
        // "extension for Huawei's temporary general license": a permission kept open.
        if let h = object.headIndex, Self.permissionNouns.contains(tokens[h].text) { return move(.easing) }
        // "Temporary General License Extended for ZTE": a headline passive's subject is what is kept; the phrase
        // after it says for whom or how long.
        if f.verb.value.participle, permissionNounBefore(f.v, clause: f.clause),
           object.start < object.end, ann.has(.preposition, at: object.start), headlinePassive(f.v, verb: f.verb, f.range) { return move(.easing) }
        if measure { return move(.tightening) }
        // "China Renews Soybean Imports From US Suppliers": trade kept going.
        if flow { return move(.easing) }
        return move(firstTopic == .talks ? .easing : nil)
    }

    /// A delayer ("delays", "postpones"): a delayed relief tightens, a delayed hike eases, a new tariff with a
    /// later start is still new.
    func delayerMove(_ f: MoveFacts) -> VerbMove? {
        let sense = f.verb.value, object = f.object, range = f.range, v = f.v, verb = f.verb, clause = f.clause,
            found = f.found, measure = f.measure, flow = f.flow, termIsMeasure = f.termIsMeasure,
            firstTopic = f.firstTopic
        // "US govt stalls import tariff hike on Chinese phones": stalling a hike delays it; stalled talks,
        // exports or licences are slowed, which the labelling policy counts as no move.
        if sense.lemma == "stall", !(object.start..<min(object.end + 1, range.upperBound)).contains(where: {
            Self.hikeNouns.contains(tokens[$0].text) }) { return nil }
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
                // "delays some new tariffs": a share put off is of tariffs already set, not a new one decided.
                || object.start < object.end && ["some", "certain"].contains(tokens[object.start].text)
                // "will delay new tariffs on some Chinese imports until mid-December"
                || (object.start..<object.end).contains(where: { tokens[$0].text == "some" })
            let newMeasure = decidedNow || (object.start..<min(object.end + 1, range.upperBound)).contains { ann.has(.novelty, at: $0) }
            // "US delays new tariffs on China imports including EVs", "Trump delays new tariffs on Chinese phones,
            // toys until mid-December": with nothing past the headline, "new" tariffs delayed may be ones set
            // earlier (an easing) or ones decided now with a later start (a tightening); labelled headlines go
            // both ways. A start put to a year ("until June 2027") is a new measure's runway; without one the
            // headline alone tells neither way.
            if !scheduled, !decidedNow, newMeasure, v < titleTokenCount,
               !(titleTokenCount..<tokens.count).contains(where: { ann.verb[$0] != nil }),
               !((v + verb.length)..<titleTokenCount).contains(where: isYear) { return nil }
            return scheduled || !newMeasure ? move(.easing) : VerbMove(direction: .tightening, forceAnnounced: true)
        }
        // Talks, meetings and summits delayed are news, not moves (../shared/eval/README.md).
        if firstTopic == .talks { return nil }
        if flow { return move(.tightening) }
        return move(measure || termIsMeasure ? .easing : nil)
    }

    /// A rise ("tariffs rise", "approvals climb"): only the tariff or the permissions named before the verb rise.
    func riseMove(_ f: MoveFacts) -> VerbMove? {
        let v = f.v, clause = f.clause, firstTopic = f.firstTopic
        // "tariffs rise", "duty rates climb": the tariff is what rises, not "inflation climbs" after it.
        var p = v - 1
        while p >= clause, ann.topic[p] == nil, ann.verb[p] == nil,
              !["as", "while", "when", "because", "and", "but", "since"].contains(tokens[p].text) { p -= 1 }
        let tariffRises = p >= clause && ann.topic[p] != nil
        if permissionNounBefore(v, clause: clause) { return move(.easing) }  // "approvals rising"
        return move(firstTopic == .tariffs && tariffRises ? .tightening : nil)
    }
}
