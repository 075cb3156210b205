import Model

// What a verb's move covers and who is left out of it: exemptions from a
// measure, exceptions for the other side, orders to stop, answers in kind.
extension ItemScan {
    static let exemptingVerbs: WordSet = ["exempt", "spare", "shield", "exclude"]
    /// Verbs of permission that, acting on a measure itself, put it in force: "approves tariffs".
    static let approvingVerbs: WordSet = ["approve", "greenlight", "green light", "authorize", "authorise"]

    /// The words before a headline's colon at `colon` are only a government's name ("Ministry of Commerce:").
    func agencyKicker(endingAt colon: Int, _ range: Range<Int>) -> Bool {
        guard colon > range.lowerBound else { return false }
        let kicker = range.lowerBound..<colon
        return kicker.allSatisfy { ann.actor[$0] != nil || insideActorName($0, from: range.lowerBound) || ann.actorEnds[$0] }
    }

    /// "ordered to halt business with China", "ordered to stop shipments": firms told to cut a flow.
    func orderedToStop(after k: Int, _ range: Range<Int>) -> Bool {
        guard k + 1 < range.upperBound, tokens[k].text == "to", let stop = ann.verb[k + 1] else { return false }
        return [.reducer, .breakdown].contains(stop.value.verbClass)
    }

    /// The classes of a head noun: "Tariff Exclusion List", "exemption list": a list of
    /// respites is a respite, not a listing.
    func headClasses(at h: Int, from start: Int) -> ObjectClasses {
        if h > start, ann.objects[h].contains(.list), ann.objects[h - 1].contains(.respite) { return [.respite] }
        // "Ends Duty-Free Import Rule", "the de minimis provision": a rule whose modifier is a relief is that relief.
        if Self.ruleNouns.contains(tokens[h].text),
           (max(start, h - 2)..<h).contains(where: { ann.objects[$0].contains(.respite) && !ann.objects[$0].contains(.measure) }) {
            return [.respite]
        }
        return ann.objects[h]
    }
    static let ruleNouns: WordSet = ["rule", "rules", "provision", "provisions", "policy", "program", "programme", "regime"]
    static let retaliationWords: WordSet = ["countermeasures", "countermeasure", "counter measures", "retaliation",
                                                "retaliatory measures"]

    /// "except (for) ones affecting China", "excluding China", "other than China" after the verb.
    func exceptsOtherSide(of who: Actor, after v: Int, _ range: Range<Int>) -> Bool {
        guard v + 1 < range.upperBound else { return false }
        guard let e = ((v + 1)..<range.upperBound).first(where: {
            ["except", "excluding"].contains(tokens[$0].text) || tokens[$0].text == "other" && $0 + 1 < range.upperBound
                && tokens[$0 + 1].text == "than"
                || tokens[$0].text == "not" && $0 > v + 1 && ["but", ","].contains(tokens[$0 - 1].text)  // "but not for China"
        }) else { return otherSideTreatedApart(of: who, after: v, range) }
        return names(who.other, in: (e + 1)..<min(e + 6, range.upperBound))
    }

    /// The other side treated apart from a relief: "announces 90-day pause on some tariffs, 125% rate for China"
    /// (a relief on "some" or "most" of a measure, then a rate of its own for the other side after a comma), or
    /// "pauses reciprocal tariffs but increases tariffs on China". The relief is not the other side's.
    func otherSideTreatedApart(of who: Actor, after v: Int, _ range: Range<Int>) -> Bool {
        // "Pauses Country-Specific Reciprocal Tariffs for 90 Days but Increases Tariffs on China": the other
        // side is named only in the contrary clause.
        // "suspended most reciprocal tariffs for 90 days and raised his tariffs for China": "and" joins the
        // contrary clause as "but" does when a raising verb follows it at once.
        if let but = ((v + 1)..<range.upperBound).first(where: { ["but", "and", "while"].contains(tokens[$0].text) }),
           // (The first verb after it: "suspends rare earth controls and lifts sanctions" lifts.)
           let t = ((but + 1)..<min(but + (tokens[but].text == "but" ? 3 : 2), range.upperBound)).first(where: { ann.verb[$0] != nil }),
           Self.raisesOrTightens(ann.verb[t]!.value.verbClass),
           !names(who.other, in: (v + 1)..<but), names(who.other, in: (t + 1)..<min(t + 6, range.upperBound)) {
            return true
        }
        // "raises tariffs on China, pauses tariffs on the rest", "pauses tariffs on most nations for 90 days,
        // raises taxes on Chinese imports": a relief for "the rest" or "most/other nations" while the
        // sentence names the other side elsewhere is a relief for third countries.
        if let rest = restOfTheWorld(after: v, range), !names(who.other, in: (v + 1)..<rest),
           names(who.other, in: range.lowerBound..<range.upperBound) {
            return true
        }
        let end = min(v + 10, range.upperBound)
        guard let comma = ((v + 1)..<range.upperBound).first(where: { tokens[$0].text == "," }),
              !names(who.other, in: (v + 1)..<comma) else { return false }
        let tail = (comma + 1)..<min(comma + 7, range.upperBound)
        // "announces 90-day tariff pause, China faces 125% tariff increase": the other side named after the
        // comma with a rise of its own.
        if names(who.other, in: tail), tail.contains(where: { Self.riseNouns.contains(tokens[$0].text) }) { return true }
        guard ((v + 1)..<end).contains(where: { Self.partialQuantifiers.contains(tokens[$0].text) }) else { return false }
        guard let p = tail.first(where: { tokens[$0].text == "%" || tokens[$0].text == "percent" || tokens[$0].text.hasSuffix("%") })
        else { return false }
        return names(who.other, in: (p + 1)..<tail.upperBound)
    }

    /// Where "on/for the rest" or "on/for most (other) nations" starts within the few words after a verb,
    /// before any clause break: the countries a relief covers, when they are everyone but one.
    func restOfTheWorld(after v: Int, _ range: Range<Int>) -> Int? {
        let end = min(v + 6, range.upperBound)
        guard v + 1 < end else { return nil }
        for p in (v + 1)..<end {
            if tokens[p].isBoundary { return nil }
            guard ["on", "for"].contains(tokens[p].text), p + 2 < range.upperBound else { continue }
            var k = p + 1
            if tokens[k].text == "the" { k += 1 }
            guard k < range.upperBound else { return nil }
            if tokens[k].text == "rest" { return p }
            guard ["most", "other", "all"].contains(tokens[k].text) else { continue }
            k += 1
            if k < range.upperBound, ["other", "trading"].contains(tokens[k].text) { k += 1 }
            if k < range.upperBound, Self.manyCountriesWords.contains(tokens[k].text) { return p }
        }
        return nil
    }

    static func raisesOrTightens(_ c: VerbClass) -> Bool { c == .tightening || c == .increaser }

    static let partialQuantifiers: WordSet = ["some", "most", "many", "other"]
    /// A rise of the other side's own: the change nouns of a raise, and words of a steeper rate.
    static let riseNouns: WordSet = raiseNouns.union(["rise", "rises", "surge", "higher", "steeper"])

    /// The "from" of "exempts US soybeans, pork from ...": past the names exempted (a list with
    /// commas), before any other verb or clause.
    func exemptedFrom(after start: Int, _ range: Range<Int>) -> Int? {
        for k in start..<min(start + 10, range.upperBound) {
            if tokens[k].text == "from" { return k }
            // "exempt 65 types of US commodities that have been subject to the Chinese retaliatory tariffs".
            // (A "that" closing the sentence has nothing after it: "... exclude that".)
            if ["that", "which"].contains(tokens[k].text), k + 1 < range.upperBound - 1,
               let s = ((k + 1)..<min(k + 5, range.upperBound - 1)).first(where: { tokens[$0].text == "subject" }),
               tokens[s + 1].text == "to" { return s + 1 }
            if tokens[k].isBoundary && tokens[k].text != "," || ann.verb[k].map({ !$0.value.alsoNoun }) ?? false { return nil }
        }
        return nil
    }

    /// "Beijing imposed the restrictions in April in retaliation ...": in a lede, a past-tense verb
    /// dated to an earlier month or year is background to the story, not its news.
    func toldAsPast(_ v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> Bool {
        // "transfers to two entities added to the Entity List on March 8, 2016": firms a dated listing named
        // earlier, told to say who the rule is for.
        if verb.value.participle, v > range.lowerBound, Self.targetNouns.contains(tokens[v - 1].text),
           v + verb.length < range.upperBound - 1,
           let on = ((v + verb.length)..<min(v + 12, range.upperBound - 1)).first(where: { tokens[$0].text == "on" || tokens[$0].isBoundary }),
           tokens[on].text == "on", Self.months.contains(tokens[on + 1].text) {
            return true
        }
        guard tokens[v].text.hasSuffix("ed") || ["took", "began", "put", "set", "cut"].contains(tokens[v].text),
              // "tariffs of up to 15% imposed in March": a "to" before a figure is no infinitive.
              !(max(range.lowerBound, v - 3)..<v).contains(where: { ann.has(.modal, at: $0)
                  || Self.presentAuxiliaries.contains(tokens[$0].text) && !(tokens[$0].text == "to" && tokens[$0 + 1].isNumber) })
        else { return false }
        var k = v + verb.length
        while k + 1 < range.upperBound, !tokens[k].isBoundary || tokens[k].text == ",", k < v + 16 {
            let t = tokens[k].text, n = tokens[k + 1].text
            if t == "in", Self.months.contains(n), !(k + 2 < range.upperBound && tokens[k + 2].isNumber && tokens[k + 2].text.count <= 2) {
                return true  // "in April" (not "in April 2" as a date ahead)
            }
            if t == "last", ["year", "month", "week", "summer", "spring", "autumn", "fall", "winter"].contains(n) || Self.months.contains(n) {
                return true
            }
            if t == "earlier", ["this", "in"].contains(n) { return true }
            if ann.verb[k] != nil, !(ann.verb[k]!.value.alsoNoun) { return false }  // another verb's clause
            k += 1
        }
        return false
    }

    static let presentAuxiliaries: WordSet = ["has", "have", "is", "are", "will", "to"]

    /// Every verb of the sentence is in the simple past, and nothing dates it to the news of the day
    /// ("on Monday", "today", "this week"): a sentence that can only go on with an earlier story.
    func toldInPastOnly(_ range: Range<Int>) -> Bool {
        var verbs = 0
        for k in range {
            let t = tokens[k].text
            // ("to" only before a verb: "leading to steep increases" is no infinitive.)
            let infinitive = t == "to" && k + 1 < range.upperBound && ann.verb[k + 1].map { !$0.value.alsoNoun } ?? false
            if ann.has(.modal, at: k) || t != "to" && Self.presentAuxiliaries.contains(t) || infinitive || Self.newsDay.contains(t) {
                return false
            }
            if t == "this", k + 1 < range.upperBound, ["week", "month", "year"].contains(tokens[k + 1].text) { return false }
            guard let verb = ann.verb[k], !verb.value.alsoNoun || verb.value.participle else { continue }
            // ("leading to steep increases": a non-finite verb carries no tense of its own.)
            if t.hasSuffix("ing") { continue }
            guard t.hasSuffix("ed") || Self.irregularPast.contains(t) else { return false }
            verbs += 1
        }
        return verbs > 0
    }

    static let newsDay: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                       "today", "yesterday", "tonight", "now", "says", "said"]
    static let irregularPast: WordSet = ["took", "began", "put", "set", "cut", "made", "hit", "struck", "won", "lost",
                                             "kept", "held", "let", "broke", "rose", "fell", "gave", "sought"]

    /// "a four-year review of Section 301 duties", "review of the tariff actions": a review whose
    /// object is a measure (the reviewer's own), not the other side's practices.
    func reviewOfOwnMeasure(_ object: VerbObject) -> Bool {
        guard let r = object.span.first(where: { ["review", "reviews"].contains(tokens[$0].text) }),
              r + 2 < object.end, tokens[r + 1].text == "of" else { return false }
        return ((r + 2)..<min(r + 6, object.end)).contains { ann.topic[$0] != nil && ann.objects[$0].contains(.measure)
            || ann.inTopic[$0] && ann.objects[$0].contains(.measure) }
    }

    /// "the review of export license applications", "processing of licences": the review a permission
    /// goes through, so speeding it up grants and halting it refuses.
    func licensingReview(_ object: VerbObject) -> Bool {
        guard let h = object.headIndex, ["review", "reviews", "processing", "examination", "vetting"].contains(tokens[h].text),
              h + 2 < object.end, tokens[h + 1].text == "of" else { return false }
        return ((h + 2)..<min(h + 9, object.end)).contains {
            Self.permissionNouns.contains(tokens[$0].text) || ["applications", "application", "requests"].contains(tokens[$0].text)
        }
    }

    /// China's instruments made for the US's firms: the item need not name the US.
    static let usAimedInstruments: WordSet = ["unreliable entity list", "unreliable entities list"]

    /// "from the Validated End-User program", "Removals From the VEU Program": out of a programme of
    /// permissions (the verb's own "from" counts: "removals from" ends the verb's words).
    func outOfAPermissionProgram(_ object: Range<Int>, _ range: Range<Int>) -> Bool {
        let from = object.lowerBound > range.lowerBound && tokens[object.lowerBound - 1].text == "from"
            ? object.lowerBound - 1 : object.first { tokens[$0].text == "from" }
        guard let f = from else { return false }
        // "exclude low-value imports subject to tariffs from qualifying for a fast-track customs process": what goods
        // are kept from qualifying for is a relief.
        if f + 1 < range.upperBound, ["qualifying", "eligibility", "eligible"].contains(tokens[f + 1].text)
            || f + 2 < range.upperBound && tokens[f + 1].text == "being" && tokens[f + 2].text == "eligible" {
            return true
        }
        // "from its Validated End-User List": a list of permissions, named without "program".
        return ((f + 1)..<min(f + 8, range.upperBound)).contains {
            ["program", "programme", "veu"].contains(tokens[$0].text)
                || tokens[$0].text == "validated" && $0 + 1 < range.upperBound && tokens[$0 + 1].text == "end"
        } || reliefList(in: (f + 1)..<min(f + 8, range.upperBound))
    }

    /// "the tariff exclusion list", "its exemption list": a list of reliefs, named by a respite before the
    /// list noun. Goods put on it are spared; goods taken off it lose the relief.
    func reliefList(in span: Range<Int>) -> Bool {
        span.contains { k in
            ann.objects[k].contains(.list) && k > span.lowerBound && ann.objects[k - 1].contains(.respite)
                && !ann.objects[k - 1].contains(.deal)
        }
    }

    /// "Adjusting measures to increase tariffs": after a measure noun, a modifier's infinitive names the
    /// measure adjusted, not the purpose of the adjustment ("amends an order to further increase tariffs").
    /// So does a deal's: "reach consensus to substantially reduce the trade deficit" is what was agreed.
    func modifiedMeasureGoesOn(_ end: Int, verb: Annotations.VerbSpan, start: Int) -> Bool {
        guard end > start else { return false }
        return verb.value.verbClass == .modifier && ann.objects[end - 1].contains(.measure)
            || verb.value.verbClass == .settler && ann.objects[end - 1].contains(.deal)
    }

    /// Adjectives of quantity that stand where a noun might: "for certain restricted end-users".
    static let quantityAdjectives: WordSet = ["certain", "some", "all", "many", "other", "such", "these", "those",
                                                  "select", "selected", "several", "various", "most", "more"]

    /// "clear the way for", "pave the way for", "open the door to": the direction of what follows,
    /// nil when the object is no such phrase.
    func pavesTheWay(_ object: VerbObject, _ range: Range<Int>) -> Direction? {
        // (A headline drops the article: "US trade panel clears way for duties on Chinese tires".)
        let k = object.start < range.upperBound && tokens[object.start].text == "the" ? object.start + 1 : object.start
        guard k + 2 < range.upperBound, ["way", "path", "door", "ground"].contains(tokens[k].text),
              ["for", "to"].contains(tokens[k + 1].text) else { return nil }
        for j in (k + 2)..<min(k + 9, range.upperBound) {
            if Self.easingChangeWords.contains(tokens[j].text) || ann.verb[j]?.value.verbClass == .easing { return .easing }
            if !ann.objects[j].isDisjoint(with: .measures) || Self.tighteningNouns.contains(tokens[j].text) { return .tightening }
        }
        return nil
    }

    /// "... and Issues Compliance Guidance", ", and the new control measures are aimed at Huawei": a measure
    /// undone in a headline that issues a new one in the same breath.
    func replacedAtOnce(after start: Int, until end: Int, _ range: Range<Int>) -> Bool {
        guard let and = (start..<min(max(start, end) + 3, range.upperBound)).first(where: { tokens[$0].text == "and" })
        else { return false }
        let next = and + 1
        guard next < range.upperBound else { return false }
        if ann.verb[next].map({ Self.issuingVerbs.contains($0.value.lemma) }) ?? false { return true }
        // ", and the new control measures ...": a clause of its own after a comma.
        guard tokens[and - 1].text == "," else { return false }
        return (next..<min(next + 3, range.upperBound)).contains { k in
            ann.has(.novelty, at: k) && k + 1 < range.upperBound
                && (!ann.objects[k + 1].isDisjoint(with: .measures) || ann.inTopic[k + 1])
        }
    }

    /// The item tells of a finding that decides a measure now: "concluded its Section 301 probe finding
    /// ... actionable", "says China's chip policies are unfair but will delay tariffs".
    var decidedNow: Bool {
        tokens.contains { Self.findingWords.contains($0.text) } || imposesLaterInLede
    }

    /// "The United States said it will impose new tariffs on semiconductor chips imported from China, but will
    /// delay the measure until June 2027", "has decided to implement tariffs on Chinese semiconductor imports,
    /// but the move will now be postponed": the lede tells the tariffs put off are imposed now, to start later.
    var imposesLaterInLede: Bool {
        guard titleTokenCount + 2 < tokens.count else { return false }
        for i in (titleTokenCount + 1)..<(tokens.count - 1) where Self.imposingLemmas.contains(tokens[i].text) {
            guard ["will", "to"].contains(tokens[i - 1].text) else { continue }
            var j = i + 1
            if ["new", "additional"].contains(tokens[j].text), j + 1 < tokens.count { j += 1 }
            if ["tariffs", "duties", "tariff"].contains(tokens[j].text) { return true }
        }
        return false
    }

    static let imposingLemmas: WordSet = ["impose", "implement", "levy"]

    static let findingWords: WordSet = ["concluded", "concludes", "finding", "findings", "actionable", "unfair",
                                            "determination", "determined", "ruling"]

    /// "Trump opposes possible ban on sale of jet engines to China": a side that opposes its own
    /// side's measure leans the other way.
    func opposedByItsOwnSide(_ who: Actor, before v: Int, _ range: Range<Int>) -> Bool {
        guard let r = (max(range.lowerBound, v - 6)..<v).last(where: { ["opposes", "opposed", "rejects", "rejected"].contains(tokens[$0].text) }),
              !((r + 1)..<v).contains(where: { tokens[$0].isBoundary || ann.has(.reaction, at: $0) || tokens[$0].text == "and" })
        else { return false }
        return (range.lowerBound..<r).contains { ann.actor[$0]?.value == who && !governedByPreposition($0, range) }
    }
}
