import Model

// Step 4 of a verb claim (ItemScan+VerbClaims.swift): the direction.
extension ItemScan {
    /// A balance of trade: narrowed or widened, it is an outcome sought, not a measure or a flow.
    static let imbalanceNouns: WordSet = ["deficit", "deficits", "surplus", "surpluses", "imbalance", "imbalances"]

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
        // "ethane producers targeting the Chinese market": firms aiming at buyers, not a measure aimed at a side.
        if sense.lemma == "target", (object.start..<min(object.start + 4, object.end)).contains(where: { Self.marketNouns.contains(tokens[$0].text) }) {
            return nil
        }
        // "initiates WTO dispute complaint targeting US semiconductor chip measures": a legal challenge aimed at a
        // measure is no measure.
        if sense.lemma == "target", v > range.lowerBound, Self.legalActionNouns.contains(tokens[v - 1].text) { return nil }
        // "U.S.-China Tensions Ease with Port Fee Pause": tensions that ease are the climate; what comes "with"
        // them is its own noun's claim.
        if v > clause, Self.climateNouns.contains(tokens[v - 1].text),
           object.start < object.end, ["with", "as", "after", "amid", "on"].contains(tokens[object.start].text) {
            return nil
        }
        // "reach consensus to reduce Washington's trade deficit", "tariff cuts to narrow the trade deficit": a
        // balance of trade narrowed or widened is an outcome sought, no measure or flow moved.
        if (object.start..<object.directEnd).contains(where: { Self.imbalanceNouns.contains(tokens[$0].text) }),
           !(object.start..<object.directEnd).contains(where: { !ann.objects[$0].isDisjoint(with: [.measure, .list]) }) {
            return nil
        }
        if sense.lemma == "take effect" { return move(takingEffect(before: v, clause: clause)) }
        // "Tariffs make it harder for US farmers to sell soybeans": a measure's effect told, no move; only a
        // government that makes something harder or easier moves.
        if sense.lemma.hasPrefix("make it "), !(clause..<v).contains(where: { ann.actor[$0] != nil }) { return nil }
        let moves: Set<VerbClass> = [.reducer, .increaser, .extender, .delayer, .starter]
        // (A passive's words after it are no direct object: "export controls will be implemented on three
        // categories of graphite items".)
        let passive = sense.participle && v > clause && Self.beForms.contains(tokens[v - 1].text)
        // "China halts Meta's Manus takeover": a deal ended by the review of it (ItemScan+FirmsActedOn.swift).
        if sense.verbClass == .reducer, Self.mergerReviewDirection(sense) != nil, mergerUnderReview(object) {
            return move(.tightening)
        }
        if moves.contains(sense.verbClass), !passive, bareDirectObject(object, nounVerbs: false), found.index.map({ $0 > v }) ?? true {
            return nil
        }
        if measureActsOnOtherThing(v, verb: verb, object: object, found: found) { return nil }
        let f = MoveFacts(v: v, verb: verb, object: object, found: found, clause: clause, range: range,
                          termIsMeasure: termIsMeasure, firstTopic: firstTopic, measure: measure, flow: flow, respite: respite)
        switch sense.verbClass {
        case .easing: return easingMove(f)
        case .tightening: return tighteningMove(f)
        case .reducer: return reducerMove(f)
        case .increaser: return increaserMove(f)
        case .extender: return extenderMove(f)
        case .delayer: return delayerMove(f)
        case .starter: return starterMove(f)
        case .adder: return adderMove(f)
        case .breakdown: return breakdownMove(f)
        case .rise: return riseMove(f)
        case .modifier: return modifierMove(f)
        case .settler: return settlerMove(f)
        }
    }

    /// A move in this direction, or none.
    func move(_ d: Direction?) -> VerbMove? { d.map { VerbMove(direction: $0) } }

    static let aimNouns: WordSet = ["time", "order", "effort", "efforts", "bid", "attempt", "push", "chance", "opportunity",
                                        "room", "space", "aim", "goal", "hope", "hopes", "drive", "race", "scramble"]
    static let legalActionNouns: WordSet = ["complaint", "complaints", "dispute", "disputes", "lawsuit", "lawsuits", "suit",
                                                 "challenge", "challenges", "case", "petition", "appeal"]
    static let marketNouns: WordSet = ["market", "markets", "consumers", "customers", "buyers", "shoppers"]
    static let intensifiers: WordSet = ["very", "quite", "so", "too", "fairly", "pretty", "extremely", "abundantly", "crystal"]
    /// What eases or sours by itself: "tensions ease", "stocks fall".
    static let climateNouns: WordSet = ["tensions", "tension", "relations", "ties", "markets", "stocks", "shares", "fears", "worries"]
    /// Words that are verbs in the lexicon and adjectives after "is": "is clear", "are open", "is free".
    static let adjectiveVerbs: WordSet = ["clear", "open", "free", "slow", "low", "lower", "secure", "close", "firm", "final"]

    static let reliefWords: WordSet = ["excluded", "exempted", "exempt", "exclusion", "exclusions", "exemption",
                                           "exemptions", "waiver", "waivers", "waived"]

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
