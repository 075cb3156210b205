import Model

// Step 4 of a verb claim (ItemScan+VerbClaims.swift): the direction.
extension ItemScan {
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
            // ("$200 billion of tariffs": an amount's "of" leads to the measure itself.)
            let ofBeforeHead = (object.start..<(object.headIndex ?? object.start)).contains {
                tokens[$0].text == "of" && !($0 > object.start && Self.amountNouns.contains(tokens[$0 - 1].text)) }
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
}
