import Model

// Step 2 of a verb claim (ItemScan+VerbClaims.swift): the verb's object.
extension ItemScan {
    /// The verb's object: up to the clause end, the next verb or a
    /// background cue, with its head noun, topic terms and targets.
    func objectOf(_ v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> VerbObject {
        let start = v + verb.length
        var end = start
        // Permission verbs govern their infinitive ("allowed to ship jet engines"); others end at a purpose clause.
        // A modifier's purpose tells its direction: "amends a previous order to further increase tariffs".
        let easingVerb = verb.value.verbClass == .easing
        // "revoked licenses that permitted Intel to sell chips to Huawei": a permission told by what it let firms
        // do runs on through that; its infinitive is governed as an easing verb's is.
        var toldPermission = false
        var permits: Bool { easingVerb || toldPermission }
        var sawClass = false
        // A list of places may run past the usual length: "imports from Taiwan region, Malaysia, U.S.".
        func place(_ k: Int) -> Bool { ann.other[k] || ann.side[k] != nil || ann.actor[k] != nil || ann.actorEnds[k] }
        func placeListGoesOn(_ k: Int) -> Bool {
            k < start + 18 && (tokens[k].text == "," && place(k - 1) || tokens[k - 1].text == "," && place(k))
        }
        // "has added Chinese companies including Tencent, a tech giant, and CATL, a leading battery maker, to a
        // list of ...": an adder's object runs on to the list its firms are added to, past their appositives.
        let listAt = verb.value.verbClass == .adder
            ? addedToList(after: start, range, on: Self.puttingVerbs.contains(verb.value.lemma)) : nil
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
                || permissionTold(at: end, objectStart: start)
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
            // "create blacklist of unreliable foreign firms as trade war with US escalates": a subordinate clause
            // with its own verb is no part of the object.
            if sawClass, end > start, subordinator(at: end), end + 2 < range.upperBound,
               ((end + 2)..<range.upperBound).contains(where: { ann.verb[$0].map { !$0.value.alsoNoun } ?? false }) { break }
            if !ann.objects[end].isEmpty { sawClass = true }
            if permissionTold(at: end, objectStart: start) { toldPermission = true }
            end += 1
        }
        var object = VerbObject(start: start, end: end)
        // The head is in the direct object: a noun after a preposition or a reduced relative
        // ("proclamations addressing imports of ...") belongs to a phrase of its own.
        // "Cold War-style": a hyphenated modifier is no noun of the object.
        var k = start
        var begun = false
        while k < end {
            // "suspends part of control measures on dual-use items": a share of a thing is headed by the thing.
            if Self.partitives.contains(tokens[k].text), k + 1 < end, tokens[k + 1].text == "of" {
                k += 2
                continue
            }
            let classes = tokens[k].hyphenAfter ? [] : ann.objects[k]
            if !classes.isEmpty {
                object.head = classes
                object.headIndex = k
                if k + 1 < end, ann.has(.preposition, at: k + 1) || tokens[k + 1].isBoundary
                    || ann.verb[k + 1] != nil && reducedRelative(at: k + 1, objectStart: start) { break }
            } else if begun, object.headIndex != nil, ["that", "which"].contains(tokens[k].text), k + 1 < end,
                      ann.verb[k + 1] != nil || ann.has(.modal, at: k + 1)
                        // "an edict that effectively bans": an adverb before the clause's verb.
                        || tokens[k + 1].text.hasSuffix("ly") && k + 2 < end && ann.verb[k + 2] != nil {
                break  // "issues a new rule that bars exports": the relative clause is the rule's own
            } else if begun, verb.value.verbClass != .adder,
                      !(tokens[k].text == "of" && k > start && (Self.quantifiers.contains(tokens[k - 1].text)
                        // "Sign Phase One of Trade Deal", "agree on first phase of trade deal" ("part of" is passed
                        // over as a partitive above)
                        || stageOfDeal(endingAt: k - 1, from: start))),
                      // "Hikes Section 301 Tariffs Again—Without Exclusion Process": what comes without is no object.
                      ann.has(.preposition, at: k) || tokens[k].text == "without"
                        || ann.verb[k] != nil && reducedRelative(at: k, objectStart: start)
                        || tokens[k].id < 0 && tokens[k].text.hasSuffix("ing") {
                break  // an adder's list stands in its prepositional phrase: "puts firms on the list"
            }
            // "announces $200 billion in Section 301 tariffs": an amount is no head; what it is "in" or "of" is.
            if !Self.determiners.contains(tokens[k].text), !tokens[k].isNumber, !Self.amountNouns.contains(tokens[k].text) { begun = true }
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
            // "grants South Korean firms an indefinite waiver on supplying chip-related tools to China": a third
            // country's firms given leave for their business with a side are not that country's move.
            let thirdCountryFirms = ann.other[j] && ((j + 1)..<min(j + 3, end)).contains { Self.firmNouns.contains(tokens[$0].text) }
            if ann.other[j], !located, !object.targetChina, !object.targetUS {
                object.targetOther = true
                if !thirdCountryFirms { object.thirdCountryOnlyAsFirmOrigin = false }
            }
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

    static let ordinals: WordSet = ["first", "second", "third", "initial", "final"]
    static let controlNouns: WordSet = ["control", "controls", "grip", "oversight", "supervision"]

    /// "$200 billion in tariffs": an amount, which is no head of the object.
    static let amountNouns: WordSet = ["$", "billion", "billions", "million", "millions", "trillion", "bn", "mn"]

    /// A share of a thing ("part of control measures", "first part of trade deal"), or its collecting ("Halt
    /// Collection of IEEPA-Based Tariffs"), is headed by the thing.
    static let partitives: WordSet = ["part", "parts", "portion", "portions", "collection"]

    /// "first batch of licences", "a round of tariffs": the noun after "of" is the head. So is a
    /// document's part: "unveils details of trade agreement", "publishes the text of the deal".
    static let quantifiers: WordSet = ["batch", "batches", "round", "rounds", "set", "series", "number", "package",
                                           "wave", "raft", "slew", "tranche", "range", "host", "string", "list",
                                           "details", "text", "terms", "outline", "outlines", "contents", "phase", "slate"]

    static let delayWords: WordSet = ["delay", "delays", "delayed", "postpone", "postpones", "postponed", "defer", "defers",
                                          "deferred", "push back", "pushes back", "pushed back", "put off", "puts off"]
    static let earlierWords: WordSet = ["previous", "prior", "earlier", "past", "former", "original", "initial"]
    static let procedureNouns: WordSet = ["process", "processes", "procedure", "procedures", "request", "requests",
                                              "portal", "docket", "rulemaking", "rulemakings"]
    /// Verbs that take goods out of what a measure or a relief covers.
    static let carvingVerbs: WordSet = ["exempt", "exclude", "carve out"]
    /// What is decided about a measure, not the measure: "Postpones China Chip Tariff Decision".
    static let rulingNouns: WordSet = ["decision", "decisions", "determination", "determinations", "ruling", "rulings",
                                           "vote", "verdict"]
    static let beForms: WordSet = ["be", "been", "being", "is", "are", "was", "were", "get", "got"]

    static let oilWords: WordSet = ["iran", "iranian", "oil", "crude", "refinery", "refineries", "refiner", "refiners", "teapot"]

    /// US sanctions over Iranian oil or Hong Kong are not trade-policy positions; nor are sanctions over oil
    /// whoever the lede makes their subject ("Treasury Sanctions Chinese Refineries"). China's sanctions on
    /// a US firm over Xinjiang cotton are its countermeasure. Only sanctions: a US export control list is a
    /// trade control whatever its pretext ("include certain Chinese entities on an export control list under
    /// the pretext of so-called military and human rights concerns").
    func offTopicSanctions(_ term: TopicTerm, text: String, actor who: Actor) -> Bool {
        offTopicItem && term.candidates.count > 1 && term.candidates[0].topic == .nonTariffCountermeasures
            && text.hasPrefix("sanction") && (who == .us || tokens.contains { Self.oilWords.contains($0.text) })
    }
    static let decisionWords: WordSet = ["decision", "move", "plan", "plans", "bid", "order", "push", "effort", "efforts"]
    static let governmentNouns: WordSet = ["government", "administration", "authorities", "cabinet", "ministry"]
    /// A side's office named by its country: "its US counterpart's ruling".
    static let officeNouns: WordSet = ["counterpart", "counterparts", "government", "administration", "authorities", "officials"]

    static let reasonWords: WordSet = ["over", "amid", "despite", "due", "because", "during", "ahead"]

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

    /// "licenses that permitted", "waivers which allowed": a permission noun's relative clause telling what it let
    /// its holders do.
    func permissionTold(at k: Int, objectStart: Int) -> Bool {
        k - 2 >= objectStart && ["that", "which"].contains(tokens[k - 1].text)
            && Self.permissionNouns.contains(tokens[k - 2].text) && Self.permittingWords.contains(tokens[k].text)
    }

    static let permittingWords: WordSet = ["allowed", "permitted", "let", "enabled", "authorized", "authorised",
                                               "allow", "allows", "permit", "permits"]

    /// "first phase", "phase one": a stage of what follows "of" ("... of trade deal").
    func stageOfDeal(endingAt k: Int, from start: Int) -> Bool {
        guard k - 1 >= start else { return false }
        let last = tokens[k].text, before = tokens[k - 1].text
        return ["phase", "stage"].contains(last) && Self.ordinals.contains(before)
            || ["phase", "stage"].contains(before) && ["one", "1", "i", "two", "2"].contains(last)
    }
}
