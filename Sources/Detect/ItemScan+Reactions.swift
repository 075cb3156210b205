import Model

// "China opposes US investigation into Chinese semiconductor industry", "China's Commerce Ministry
// Responds to US Entity List Additions": a headline that reports the other side's measure through one
// side's reaction is a move of that measure (../shared/eval/README.md: "labelled by the measure it
// reports"). Only the measure named right after the reaction, owned by the other side by name.
extension ItemScan {
    /// The range's first reaction cue and the side that reacts: the first government named before the cue
    /// and not governed by a preposition ("China slams ...", "Beijing's commerce ministry responds to ...").
    func reaction(in range: Range<Int>) -> (cue: Int, reacting: Actor)? {
        guard let r = range.first(where: { ann.has(.reaction, at: $0) }),
              let a = (range.lowerBound..<r).first(where: { ann.actor[$0] != nil && !governedByPreposition($0, range) }),
              let reacting = ann.actor[a]?.value else { return nil }
        return (r, reacting)
    }

    /// The classes of a noun that names a measure a reaction can report.
    static let reportedMeasureClasses: ObjectClasses = [.measure, .probe, .list]

    /// The topic term at `t` names a measure a reaction can report: one of its words is a measure, probe or list.
    func termNamesMeasure(at t: Int, _ range: Range<Int>) -> Bool {
        guard t < range.upperBound, let span = ann.topic[t] else { return false }
        return (t..<min(t + span.length, range.upperBound)).contains { !ann.objects[$0].isDisjoint(with: Self.reportedMeasureClasses) }
    }

    /// A reply named between a reaction's cue and what it answers ("vows countermeasures against ...").
    static let replyWords: WordSet = ["countermeasures", "countermeasure", "retaliation", "retaliate", "respond", "reprisals"]
    /// What joins a reply to the measure it answers.
    static let answeringWords: WordSet = ["against", "to", "over", "for", "after"]

    static let misuseWords: WordSet = ["abuse", "abuses", "abusing", "overreach", "weaponization", "weaponisation",
                                           "weaponizing", "weaponising", "generalization", "generalisation", "overstretching"]

    func reactionMeasureClaim(in range: Range<Int>) -> Claim? {
        // "China firmly rejects U.S. tariff hikes": a cue that is also a negation ("rejects") is the reaction itself.
        guard range.lowerBound < titleTokenCount, let (r, reacting) = reaction(in: range),
              !range.contains(where: { ann.has(.negation, at: $0) && $0 != r || ann.has(.hold, at: $0) || ann.has(.demand, at: $0)
                  || ann.has(.analysis, at: $0) }) else { return nil }
        let owner = reacting.other
        // The owner's name right after the cue ("opposes US ...", "responds to the U.S.'s ..."), then its measure.
        // Past the cue's own words: "promises strong response to U.S. tariff threats".
        var cueEnd = r + max(1, (ann.cueText[r] ?? tokens[r].text).split(separator: " ").count)
        // "vows countermeasures against U.S. tariffs", "vows to retaliate over US sanctions": the reply is named
        // before what it answers.
        let replySpan = cueEnd..<min(cueEnd + 3, range.upperBound)
        if let last = replySpan.last(where: { Self.replyWords.contains(tokens[$0].text) }),
           (cueEnd...last).allSatisfy({ Self.replyWords.contains(tokens[$0].text)
               || ["to", "take", "necessary", "strong", "firm", "resolute", "forceful"].contains(tokens[$0].text) }),
           last + 1 < range.upperBound, Self.answeringWords.contains(tokens[last + 1].text) {
            cueEnd = last + 2
        }
        // ("protests expanded US chip curbs", "responds after tightened US controls": a participle qualifies the measure.)
        func leadsToMeasure(_ j: Int) -> Bool {
            ["to", "at", "the", "against", "on", "over", "new", "latest", "after", "following"].contains(tokens[j].text)
                || ann.has(.adverb, at: j)
                || ann.verb[j].map { $0.value.participle && [.tightening, .increaser, .adder].contains($0.value.verbClass) } ?? false
        }
        let ownerReach = min(cueEnd + 3, range.upperBound)
        var k = cueEnd
        while k < ownerReach, ann.side[k] != owner, ann.actor[k]?.value != owner { k += 1 }
        var m: Int
        let ownerNamed = k < ownerReach
        if ownerNamed {
            guard (cueEnd..<k).allSatisfy(leadsToMeasure) else { return nil }
            m = k + 1
        } else {
            // "China vows retaliation against latest tariffs", "China slams new tariffs": a headline whose only government
            // is the one reacting answers the other side's measure, unnamed. (Not a lede: it may tell a third country's.)
            guard range.upperBound <= titleTokenCount,
                  !range.contains(where: { ann.actor[$0].map { $0.value != reacting } ?? false || ann.side[$0] == owner || ann.other[$0] })
            else { return nil }
            m = cueEnd
            while m < range.upperBound, leadsToMeasure(m) { m += 1 }
            guard m > cueEnd else { return nil }
        }
        while m < range.upperBound, ann.actor[m] != nil || ann.side[m] != nil || ["'s", "’s", "'", "’"].contains(tokens[m].text) { m += 1 }
        // "lashes out at US ally over chip curbs": the owner names a third party, not its own measure.
        if m < range.upperBound, ["ally", "allies", "partner", "partners"].contains(tokens[m].text) { return nil }
        let phrase = m..<min(m + 4, range.upperBound)
        // The measure's own term: "chip tariffs" are tariffs, not chips.
        // "over US chip ban": a term and the measure noun right after it.
        func isMeasure(_ t: Int) -> Bool {
            guard let span = ann.topic[t] else { return false }
            if termNamesMeasure(at: t, range) { return true }
            // Not "chip tariffs": a measure noun that is a term of its own names the measure.
            let next = t + span.length
            return next < range.upperBound && !ann.objects[next].isDisjoint(with: Self.reportedMeasureClasses)
                && ann.topic[next] == nil && !ann.inTopic[next]
        }
        // "condemns U.S. ban on Huawei Ascend chips", "opposes latest US rules against Huawei": a bare measure
        // noun whose topic is what it is on.
        func measureOnTerm() -> Int? {
            let bits = Self.reportedMeasureClasses
            guard let h = (m..<min(m + 3, range.upperBound)).first(where: { !ann.objects[$0].isDisjoint(with: bits) }),
                  !(m...h).contains(where: { ann.topic[$0] != nil || ann.inTopic[$0] || tokens[$0].isBoundary }),
                  h + 2 < range.upperBound, ["on", "against", "targeting"].contains(tokens[h + 1].text) else { return nil }
            return ((h + 2)..<min(h + 5, range.upperBound)).first { ann.topic[$0] != nil }
        }
        // "China opposes US list of firms with alleged military ties": a list of firms named after its owner is a
        // listing (a list of goods is read by the term it names).
        if m + 2 < range.upperBound, tokens[m].text == "list", tokens[m + 1].text == "of",
           ((m + 2)..<min(m + 5, range.upperBound)).contains(where: { Self.firmNouns.contains(tokens[$0].text) }) {
            let listed = DomainLexicon.blacklistTerm.resolve(for: owner)
            return Claim(topic: listed.topic, actor: owner, direction: .tightening, modality: .action, evidence: evidence(range),
                         matched: [ann.cueText[r] ?? tokens[r].text, "list of"], inTitle: true, implied: true)
        }
        // "China opposes U.S. export control abuse": a complaint about how a measure is used names no new one.
        if (m..<min(m + 6, range.upperBound)).contains(where: { Self.misuseWords.contains(tokens[$0].text) }) { return nil }
        // (Commas inside the term are its own: "maritime, logistics, and shipbuilding sectors".)
        guard let t = phrase.first(where: isMeasure) ?? measureOnTerm(), let span = ann.topic[t],
              !(m..<min(t + span.length + 1, range.upperBound)).contains(where: {
                  tokens[$0].isBoundary && !(t..<(t + span.length)).contains($0) || Self.easingChangeWords.contains(tokens[$0].text) })
        else { return nil }
        // "China Responds to US Controls With More Defense Firm Listings": the reply names its own measure,
        // and that is the move ("responds to Trump tariffs with its own 34% levy on all US goods").
        // ("hit back at U.S with its own entity list": the reply may come first.)
        let reply = tokens[m].text == "with" ? m : t + span.length
        if let w = (reply..<range.upperBound).first(where: { tokens[$0].text == "with"
            && (($0 + 1)..<min($0 + 6, range.upperBound)).contains { ann.topic[$0] != nil || !ann.objects[$0].isDisjoint(with: Self.reportedMeasureClasses) } }) {
            guard let own = ((w + 1)..<min(w + 8, range.upperBound)).first(where: isMeasure), let ownSpan = ann.topic[own] else { return nil }
            let mine = ownSpan.value.resolve(for: reacting)
            guard mine.actor == nil || mine.actor == reacting else { return nil }
            return Claim(topic: mine.topic, actor: reacting, direction: .tightening, modality: .action,
                         quantities: mine.topic == .tariffs ? quantities(range) : [], evidence: evidence(range),
                         matched: [ann.cueText[r] ?? tokens[r].text, "with", ownSpan.text], inTitle: true, implied: true)
        }
        // "China responds in kind to US tariffs": the reply is the same measure, the reacting side's own.
        if (ann.cueText[r] ?? "").hasSuffix("in kind to") {
            let mine = span.value.resolve(for: reacting)
            guard mine.actor == nil || mine.actor == reacting else { return nil }
            return Claim(topic: mine.topic, actor: reacting, direction: .tightening, modality: .action,
                         quantities: mine.topic == .tariffs ? quantities(range) : [], evidence: evidence(range),
                         matched: [ann.cueText[r] ?? tokens[r].text, span.text], inTitle: true, implied: true)
        }
        let resolved = span.value.resolve(for: owner)
        guard resolved.actor == nil || resolved.actor == owner else { return nil }
        // (Unnamed, no term in the headline may be the reacting side's alone: "Ministry of Commerce Responds to
        // Concerns Over Export Controls on Rare Earth-Related Items" answers about its own.)
        if !ownerNamed, range.contains(where: { ann.topic[$0].map { $0.value.candidates.allSatisfy { $0.actor == reacting } } ?? false }) {
            return nil
        }
        return Claim(topic: resolved.topic, actor: owner, direction: .tightening, modality: .action,
                     quantities: resolved.topic == .tariffs ? quantities(range) : [], evidence: evidence(range),
                     matched: [ann.cueText[r] ?? tokens[r].text, span.text], inTitle: true, implied: true)
    }
}

// "Hong Kong exporters 'relieved' over extended US-China truce", "Taiwan chipmakers shrug off China's new
// rare earth export curbs", "Chipmakers brace for more US curbs": a headline whose subject is a trade or
// an industry and whose verb is how it feels is market reaction (../shared/eval/README.md: neutral), and
// the measure in it is its setting. A report of the move itself keeps its own verb after "after" or "as"
// ("Chip stocks rally after Washington eases China curbs"), which this does not touch.
extension ItemScan {
    static let tradeGroups: WordSet = ["exporters", "importers", "farmers", "growers", "chipmakers", "automakers",
        "carmakers", "shippers", "retailers", "manufacturers", "firms", "companies", "businesses", "industry",
        "investors", "traders", "executives", "buyers", "suppliers", "producers", "miners", "consumers", "makers"]
    static let feelingWords: WordSet = ["relieved", "shrug", "shrugs", "brace", "braces", "bracing", "cheer", "cheers",
        "welcome", "welcomes", "fret", "frets", "worry", "worried", "worries", "fear", "fears", "wary", "anxious",
        "anxiously", "wait", "waits", "await", "awaits", "hope", "hopes", "hopeful", "eye", "eyes", "uneasy", "cautious",
        "relief", "jittery", "nervous", "upbeat", "optimistic", "pessimistic", "weigh", "weighs", "mull", "mulls"]

    func groupFeelingSentence(_ range: Range<Int>) -> Bool {
        // Headlines only: this runs on every sentence of every item, and a lede's reaction follows its headline's.
        guard range.lowerBound < titleTokenCount else { return false }
        let head = range.lowerBound..<min(range.lowerBound + 5, range.upperBound)
        guard let g = head.first(where: { Self.tradeGroups.contains(tokens[$0].text) }),
              !(range.lowerBound..<g).contains(where: { ann.verb[$0] != nil || tokens[$0].isBoundary }) else { return false }
        var k = g + 1
        while k < range.upperBound, ["'", "’", "‘", "\"", "“", "”", "are", "is", "remain", "stay", "still"].contains(tokens[k].text) { k += 1 }
        return k < range.upperBound && Self.feelingWords.contains(tokens[k].text)
    }
}

// "China urges U.S. to stop suppression of Chinese firms", "China to firmly protect lawful rights of domestic firms
// following U.S. ban": China objects in the headline, and the lede tells the measure it answers (../shared/eval/
// README.md: an item that reports one side's measure through the other side's reaction is labelled by that measure).
extension ItemScan {
    /// The headline's first government is China, and it reacts or demands.
    var chinaObjectsInHeadline: Bool {
        guard titleActor == .china else { return false }
        return (0..<titleTokenCount).contains { ann.has(.reaction, at: $0) || ann.has(.demand, at: $0) }
    }

    static let answeringNouns: WordSet = ["responding", "response", "commenting", "comments", "remarks", "comment", "reply"]

    /// The sentence tells what a reaction answers: "made the comments in response to", "opposes the ...".
    func answersMeasure(_ range: Range<Int>) -> Bool {
        range.contains { ann.has(.reaction, at: $0) || Self.answeringNouns.contains(tokens[$0].text) }
    }
}

// "China urges reversal of steep new US tariffs", "China says U.S. should stop new dumping probe on solar products",
// "China demands immediate removal of new US tariffs": a demand that the other side undo a measure called new
// reports that measure (../shared/eval/README.md: labelled by the measure the reaction reports). Without "new" a
// demand may answer a measure long in force ("urges U.S. to cease Section 301 investigation"), which the labels
// read both ways, so only the fresh measure is read.
extension ItemScan {
    static let freshWords: WordSet = ["new", "latest", "fresh", "recent", "newest"]
    static let undoDemandWords: WordSet = ["stop", "cease", "end", "halt", "drop", "scrap", "cancel", "cancellation", "revoke",
        "revocation", "rescind", "withdraw", "withdrawal", "reverse", "reversal", "remove", "removal", "lift", "lifting",
        "abandon", "reconsider", "repeal", "rectify", "correct"]

    func demandAgainstNewMeasureClaim(in range: Range<Int>) -> Claim? {
        guard range.lowerBound < titleTokenCount, range.upperBound <= titleTokenCount,
              let d = range.first(where: { ann.has(.demand, at: $0) }),
              let a = (range.lowerBound..<d).first(where: { ann.actor[$0] != nil && !governedByPreposition($0, range) }),
              let reacting = ann.actor[a]?.value,
              !range.contains(where: { Self.misuseWords.contains(tokens[$0].text) }) else { return nil }
        let owner = reacting.other
        for n in (d + 1)..<range.upperBound where Self.freshWords.contains(tokens[n].text) {
            // The demand undoes it ("reversal of", "should stop"): "demand new export rules" asks for a measure, and
            // "should respond to new China export controls" answers one.
            guard ((d + 1)..<n).contains(where: { Self.undoDemandWords.contains(tokens[$0].text) }) else { continue }
            // Over the owner's name: "new US tariffs", "latest U.S.'s ...".
            var k = n + 1
            while k < range.upperBound, ann.actor[k]?.value == owner || ann.side[k] == owner || ["'s", "’s"].contains(tokens[k].text) { k += 1 }
            // "its new export controls": whose measure is not told.
            if ((d + 1)..<k).contains(where: { ["its", "their", "own"].contains(tokens[$0].text) }) { return nil }
            // "new dumping probe": a term that only qualifies the measure term after it.
            guard k < range.upperBound else { return nil }
            if !termNamesMeasure(at: k, range), let first = ann.topic[k], termNamesMeasure(at: k + first.length, range) { k += first.length }
            guard termNamesMeasure(at: k, range), let span = ann.topic[k] else { continue }
            let resolved = span.value.resolve(for: owner)
            guard resolved.actor == nil || resolved.actor == owner, resolved.topic != .talks,
                  // The reacting side's own term: "China urges U.S. to respect its new export controls".
                  !span.value.candidates.allSatisfy({ $0.actor == reacting }) else { return nil }
            return Claim(topic: resolved.topic, actor: owner, direction: .tightening, modality: .action,
                         quantities: resolved.topic == .tariffs ? quantities(range) : [], evidence: evidence(range),
                         matched: [ann.cueText[d] ?? tokens[d].text, tokens[n].text, span.text], inTitle: true, implied: true)
        }
        return nil
    }
}
