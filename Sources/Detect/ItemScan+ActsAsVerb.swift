import Model

// Step 1 of a verb claim (ItemScan+VerbClaims.swift): is the word a verb here.
extension ItemScan {
    /// Nouns of talks and searching whose "to" clause is their goal: "discussions to end their trade war".
    static let goalSeekingNouns: WordSet = ["ways", "way", "talks", "discussions", "negotiations", "efforts", "seeking", "seek",
                                                 "seeks", "aimed", "aiming", "meant", "designed", "intended", "hoping", "trying"]
    static let strifeNouns: WordSet = ["tensions", "tension", "frictions", "friction", "dispute", "disputes", "war",
                                           "conflict", "rivalry", "standoff", "feud", "hostilities"]
    static let effectVerbs: WordSet = ["bite", "bites", "sting", "stings", "pinch", "pinches", "weigh", "weighs", "hurt", "hurts",
                                           "loom", "looms", "kick", "kicks", "squeeze", "squeezes"]

    /// The word works as a verb in this sentence: not a compound modifier,
    /// not inside an earlier verb's object, not a noun ("the ban", "10% levy"),
    /// not attributive ("tariffs imposed on China").
    static let scheduleWords: WordSet = ["set", "scheduled", "due", "slated", "planned", "expected"]

    /// "scheduled to be increased", "slated to rise", "due to go up": the schedule's word, "to" and "be" before the verb.
    func scheduledAlready(before v: Int, _ range: Range<Int>) -> Bool {
        var k = v - 1
        if k >= range.lowerBound, tokens[k].text == "be" { k -= 1 }
        guard k - 1 >= range.lowerBound, tokens[k].text == "to" else { return false }
        return ["scheduled", "slated", "due"].contains(tokens[k - 1].text)
    }

    static let arguingNouns: WordSet = ["dispute", "disputes", "debate", "debates", "debating", "argument", "arguments",
                                        "disagreement", "disagreements", "divisions", "division", "rift", "split", "feud",
                                        "infighting", "differences", "discussion", "discussions", "deliberations"]

    mutating func actsAsVerb(at v: Int, verb: Annotations.VerbSpan, _ range: Range<Int>) -> Bool {
        let sense = verb.value
        let prev = v - 1 >= range.lowerBound ? v - 1 : nil
        if tokens[v + verb.length - 1].hyphenAfter { return false }  // a compound modifier: "end-use checks"
        // The second half of a compound: "win-win agreements", "long-delayed"; not "US-imposed tariffs".
        if let p = prev, tokens[p].hyphenAfter, ann.actor[p] == nil, !ann.actorEnds[p], ann.side[p] == nil { return false }
        // "to close loophole", "will close the exemption": the plain "close" is a verb only before a relief
        // ("close to a deal", "close ties" are adjectives).
        if tokens[v].text == "close", !closesARelief(after: v + verb.length, range) { return false }
        if sense.lemma == "lay", !laysAMeasure(after: v + verb.length, range) { return false }
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
        // "a continuing dispute within the administration about restricting high-tech exports": a gerund a
        // dispute or debate is about names what is argued, not a move.
        if tokens[v].text.hasSuffix("ing"), let p = prev, ["about", "over", "on"].contains(tokens[p].text),
           (max(range.lowerBound, p - 4)..<p).contains(where: { Self.arguingNouns.contains(tokens[$0].text) }) { return false }
        // "listing" is mostly a noun ("stock listing", "entity listing upheld"): a government's act only right after
        // its name and before the other side's firms ("U.S. listing certain Chinese firms as ...").
        if tokens[v].text == "listing" {
            guard let p = prev, ann.actorEnds[p] || ["'s", "’s"].contains(tokens[p].text) && p > range.lowerBound && ann.actorEnds[p - 1],
                  let f = ((v + verb.length)..<min(v + verb.length + 4, range.upperBound)).first(where: { Self.firmNouns.contains(tokens[$0].text) }),
                  ((v + verb.length)..<f).contains(where: { ann.side[$0] != nil }) else { return false }
        }
        // "These tariffs are currently 10 percent but are scheduled to be increased to 25 percent as of March 2": a
        // rise already on the calendar is restated, not decided (../shared/eval/README.md labels such reminders
        // neutral); "set to" is left alone, as headlines use it for a move about to be made.
        if [.increaser, .rise].contains(sense.verbClass), scheduledAlready(before: v, range) { return false }
        // "leaving the door open for more measures": an idiom for what may come, not an opening.
        if sense.lemma == "open", let p = prev, ["door", "doors"].contains(tokens[p].text) { return false }
        // "Truce Talks Raise Hopes", "deal eases fears": a verb acting on a mood moves no position.
        if Self.moodNouns.contains(after(v + verb.length - 1) ?? "") { return false }
        // "against the backdrop of escalating trade tensions": an -ing form before a word of strife is its adjective.
        if tokens[v].text.hasSuffix("ing"), let n = after(v + verb.length - 1),
           Self.strifeNouns.contains(n) || n == "trade" && Self.strifeNouns.contains(after(v + verb.length) ?? "") { return false }
        // "Add China's COMAC to MEU List, Lawmakers Ask BIS": a headline opening on a bare verb, told by a tail
        // that asks or urges, is the demand, not a move.
        if v == range.lowerBound, range.lowerBound < titleTokenCount, tokens[v].text == sense.lemma,
           let c = (v..<range.upperBound).first(where: { tokens[$0].text == "," }),
           ((c + 1)..<range.upperBound).contains(where: { ann.has(.demand, at: $0) }) { return false }
        // "as US sanctions bite", "US tariffs hit": a noun-verb followed by a verb of effect is the noun.
        if sense.alsoNoun, let n = after(v + verb.length - 1), Self.effectVerbs.contains(n) { return false }
        if consumed[v] { return false }  // inside an earlier verb's object: "rescinds letters restricting exports"
        // "as response to U.S. sanctions", "amid China tariffs": a verb that is also a noun, after a preposition
        // and its owner, is the noun.
        if sense.alsoNoun, let p = prev, ann.actorEnds[p], let a = (max(range.lowerBound, p - 3)...p).first(where: { ann.actor[$0] != nil }),
           a > range.lowerBound, ["to", "against", "over", "amid", "after", "of", "on", "for", "by"].contains(tokens[a - 1].text),
           !objectFollowsAfterClauseVerb(v, verb: verb, opener: a - 1, range) { return false }
        if permissionOfAnotherVerb(v, verb: verb) { return false }
        // "a 10% tariff set to be slapped on $300 billion of Chinese imports ... would be delayed": a measure
        // scheduled to be put in place, then delayed or dropped, is described by its participle, not imposed.
        if sense.participle, v - 3 >= range.lowerBound, tokens[v - 1].text == "be", tokens[v - 2].text == "to",
           Self.scheduleWords.contains(tokens[v - 3].text),
           ((v + verb.length)..<range.upperBound).contains(where: { k in
               ann.verb[k].map { [.delayer, .reducer, .easing].contains($0.value.verbClass) && !$0.value.alsoNoun } ?? false }) {
            return false
        }
        // "tensions continue to rise over escalating tariffs", "amid rising duties": an -ing form between a
        // preposition of circumstance and a measure describes the measure.
        if tokens[v].text.hasSuffix("ing"), verb.length == 1, let p = prev, ["over", "amid", "despite"].contains(tokens[p].text),
           v + 1 < range.upperBound, ann.topic[v + 1] != nil || ann.objects[v + 1].contains(.measure) { return false }
        // "the series of escalating, tit-for-tat tariffs": a participle after "of" or an article, in a row of
        // modifiers, describes the noun.
        if tokens[v].text.hasSuffix("ing"), verb.length == 1, let p = prev, ["of", "the", "a", "an"].contains(tokens[p].text),
           v + 1 < range.upperBound, [",", "and"].contains(tokens[v + 1].text) { return false }
        // "List 1 Product Exclusion", "List 4A": a numbered list is a noun (not "Lists 89 Chinese Companies").
        if sense.lemma == "list", v + 1 < range.upperBound, tokens[v + 1].isNumber || tokens[v + 1].text.first?.isNumber == true,
           !(v + 2 < range.upperBound && (ann.side[v + 2] != nil || ann.actor[v + 2] != nil || Self.firmNouns.contains(tokens[v + 2].text)
                                          || Self.targetNouns.contains(tokens[v + 2].text) || tokens[v + 2].text == "more")) { return false }
        // "upheld the USTR's authority to impose tariffs": a power to act is no act.
        if v - 2 >= range.lowerBound, tokens[v - 1].text == "to", Self.powerNouns.contains(tokens[v - 2].text) { return false }
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
        // ("Curbs on gallium exports take effect": no flow takes effect; the measure heading the subject does.)
        if [.increaser, .reducer, .rise].contains(sense.verbClass), sense.lemma != "take effect", let p = head, ann.objects[p].contains(.flow),
           !measureHeadsFlow(before: p, range),
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
        // "Intel's bid to buy Tower Semiconductor", "its offer to buy": a purchase aimed at is a firm's deal, not done.
        if ["buy", "purchase", "acquire"].contains(sense.lemma), let p = prev, tokens[p].text == "to", p - 1 >= range.lowerBound,
           Self.aimNouns.contains(tokens[p - 1].text) || ["offer", "offers"].contains(tokens[p - 1].text) {
            return false
        }
        // "resumed efforts in London to end a trade war", "talks seeking ways to end a year long trade war",
        // "revive discussions to end their trade war": an end to the strife that efforts or talks aim at is
        // their goal, not a move.
        if sense.verbClass == .reducer || sense.verbClass == .settler, let p = prev, tokens[p].text == "to",
           (max(range.lowerBound, p - 4)..<p).contains(where: { Self.aimNouns.contains(tokens[$0].text)
               || Self.goalSeekingNouns.contains(tokens[$0].text) }),
           ((v + verb.length)..<min(v + verb.length + 5, range.upperBound)).contains(where: { Self.strifeNouns.contains(tokens[$0].text) }) {
            return false
        }
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
        if sense.participle, !sense.isChangeNoun, let p = prev, qualifiesNounAfterPreposition(v, noun: p, range) { return false }
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
            // "China's rare earth export ban ends", "US tariffs on Chinese goods end on Friday": an ending after a
            // measure that closes the clause, or only a time after it, is its predicate ("a tariff end" is no noun).
            let endsMeasure = sense.lemma == "end" && ["end", "ends", "ended"].contains(tokens[v].text)
                && prev.map { ann.objects[$0].contains(.measure) && !ann.objects[$0].contains(.flow)
                    || !ann.objects[$0].isDisjoint(with: [.respite, .deal]) || measureHeadsFlow(before: $0, range) } ?? false
                && (next >= range.upperBound || tokens[next].isBoundary || Self.endingTimeWords.contains(tokens[next].text)
                    || Annotations.weekdays.contains(tokens[next].text))
            if endsMeasure { return true }
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
            // "The decision bans exports of gallium to the US", "New rule bars sales of ...": a verb's third person
            // after a singular noun of a decision, with its object right after it.
            let decisionActs = prev.map { Self.actingDecisionNouns.contains(tokens[$0].text) } ?? false
                && tokens[v].text.hasSuffix("s") && next < range.upperBound && (objectFollows || ann.actor[next] != nil
                    || ann.side[next] != nil || Self.determiners.contains(tokens[next].text))
            guard let p = prev, coordinated || decisionActs || documentYear(p) || ann.actorEnds[p] && !actorIsObject(endingAt: p, range) || ann.has(.adverb, at: p) || ann.has(.modal, at: p)
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
                // "The Department of Commerce added 28 Chinese entities": the noun ends an actor's name.
                && !ann.actorEnds[p]
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
        // "China protests expanded US chip curbs", "responds after expanded US export controls": a participle
        // between a reaction (or its preposition) and the other side's name qualifies that side's measure.
        if let p = prev, sense.participle,
           ann.has(.reaction, at: p) || ann.has(.preposition, at: p) && tokens[p].text != "by" || ["after", "following"].contains(tokens[p].text),
           next < range.upperBound, ann.actor[next] != nil || ann.side[next] != nil,
           (range.lowerBound...p).contains(where: { ann.has(.reaction, at: $0) }) {
            return false
        }
        // "The Sixth Extended List Of Goods Subject To Additional Tariff": after an ordinal too.
        if let p = prev, sense.participle, Self.ordinalWords.contains(tokens[p].text) { return false }
        if let p = prev, sense.participle, ann.has(.signal, at: p) || ann.verb[p] != nil,
           next < range.upperBound, !ann.objects[next].isEmpty {
            return false  // adjectival after a verb: "signals limited approval"
        }
        return true
    }

    /// "Synopsys Halts Forecasts After U.S. Blocks China Tech Exports": after "after" and a side, a verb
    /// that is also a noun is the verb when its object follows at once (not "after US sanctions, China ...",
    /// "after US curbs on chips").
    func objectFollowsAfterClauseVerb(_ v: Int, verb: Annotations.VerbSpan, opener: Int, _ range: Range<Int>) -> Bool {
        guard ["after", "following"].contains(tokens[opener].text) else { return false }
        let n = v + verb.length
        guard n < range.upperBound, !tokens[n].isBoundary, !ann.has(.preposition, at: n), ann.verb[n] == nil else { return false }
        return ann.inTopic[n] || !ann.objects[n].isEmpty || ann.side[n] != nil || ann.actor[n] != nil || Self.determiners.contains(tokens[n].text) || tokens[n].isNumber
    }

    /// "to close loophole", "Lays Dumping Duties On": the object a verb needs, found within `words` tokens
    /// after it (`n` its first) before anything that `stops` the look.
    func objectFollows(from n: Int, within words: Int, _ range: Range<Int>, found: (Int) -> Bool, stops: (Int) -> Bool) -> Bool {
        var k = n
        while k < range.upperBound, k < n + words {
            if stops(k) { return false }
            if found(k) { return true }
            k += 1
        }
        return false
    }

    /// A loophole or an exemption right after "close", past an article or quotes and at most two modifiers.
    func closesARelief(after n: Int, _ range: Range<Int>) -> Bool {
        objectFollows(from: n, within: 4, range,
                      found: { ["loophole", "loopholes"].contains(tokens[$0].text) || ann.objects[$0].contains(.respite) },
                      stops: { tokens[$0].isBoundary && !["\"", "“", "”", "'"].contains(tokens[$0].text) || ann.verb[$0] != nil })
    }

    /// A duty, a charge or a probe right after "lays", past at most two modifiers: "Lays Dumping Duties On".
    func laysAMeasure(after n: Int, _ range: Range<Int>) -> Bool {
        objectFollows(from: n, within: 3, range,
                      found: { !ann.objects[$0].isDisjoint(with: [.measure, .probe]) || ann.inTopic[$0] },
                      stops: { tokens[$0].isBoundary || ann.verb[$0] != nil || ann.has(.preposition, at: $0)
                          || Self.layIdiomWords.contains(tokens[$0].text) })
    }

    static let layIdiomWords: WordSet = ["out", "off", "down", "groundwork", "foundation", "claim", "blame"]

    static let ordinalWords: WordSet = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                            "ninth", "tenth", "latest", "1st", "2nd", "3rd", "4th", "5th", "6th"]

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
           (clause..<a).contains(where: { ann.has(.demand, at: $0) || ann.has(.reaction, at: $0)
               // "The remarks came after the US Commerce Department added ...": the lede of China's objection
               // names its statement and the move it answers.
               || range.lowerBound >= titleTokenCount && Self.answeringNouns.contains(tokens[$0].text) && chinaObjectsInHeadline }),
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
        return w.value.isThreat && Self.weighingLemmas.contains(w.value.lemma)
    }

    /// Verbs of considering: what they weigh is a move considered, a signal.
    static let weighingLemmas: WordSet = ["weigh", "mull", "consider", "explore", "study"]

    /// Nouns of a power held, not used: "the authority to impose tariffs".
    static let powerNouns: WordSet = ["authority", "power", "powers", "ability", "right", "authorities"]
}

extension ItemScan {
    /// "US tariffs on Chinese EV shipments expire": a measure on the flow heads the subject before the flow's
    /// noun at `p`; the measure is what ends or rises, not the trade.
    func measureHeadsFlow(before p: Int, _ range: Range<Int>) -> Bool {
        var k = p - 1
        while k > range.lowerBound, k >= p - 8 {
            if tokens[k].isBoundary || ann.verb[k] != nil || subordinator(at: k) { return false }
            if ["on", "for", "against", "targeting"].contains(tokens[k].text) {
                return ann.objects[k - 1].contains(.measure) && !ann.objects[k - 1].contains(.flow)
            }
            k -= 1
        }
        return false
    }

    /// Singular nouns of a decision that acts: "the decision bans", "the rule bars", "the measure limits".
    static let actingDecisionNouns: WordSet = ["decision", "rule", "measure", "order", "move", "regulation", "law", "announcement",
                                         "notice", "proclamation", "policy", "directive", "decree"]

    /// What may follow an ending that closes its clause: "end today", "ends on Friday", "ended in March".
    static let endingTimeWords: WordSet = ["today", "tomorrow", "tonight", "on", "in", "at", "this", "next", "after", "as", "amid"]
}

extension ItemScan {
    /// "USTR Continues 4-Year Review of Actions Taken Against China", "Court weighs challenge to tariffs imposed on
    /// China": a past participle right after the noun a preposition governs, with a verb of the clause before them,
    /// qualifies that noun (measures taken before); the earlier verb is the clause's.
    func qualifiesNounAfterPreposition(_ v: Int, noun p: Int, _ range: Range<Int>) -> Bool {
        guard !tokens[v].text.hasSuffix("ing"), p - 1 > range.lowerBound,
              ["of", "to", "against", "over", "on"].contains(tokens[p - 1].text),
              !tokens[p].isBoundary, !tokens[p].isNumber, ann.verb[p] == nil, ann.actor[p] == nil, !ann.actorEnds[p],
              ann.side[p] == nil, !Self.beForms.contains(tokens[p].text), !ann.has(.modal, at: p), !ann.has(.adverb, at: p)
        else { return false }
        let clauseStart = (range.lowerBound..<(p - 1)).last(where: { tokens[$0].isBoundary }).map { $0 + 1 } ?? range.lowerBound
        // (A verb that is also a noun may be the noun: "Export curbs on gallium lifted".)
        return (clauseStart..<(p - 1)).contains { k in
            ann.verb[k].map { !$0.value.alsoNoun && !$0.value.isChangeNoun } ?? false || ann.has(.hold, at: k) || ann.has(.reaction, at: k)
        }
    }
}
