import Model

// Where a verb's object and subject phrases begin and end.
extension ItemScan {
    /// A comma inside a list of names that the object's head noun follows:
    /// "exempts smartphones, computers from tariffs", "puts Skydio, other US
    /// drone makers on the list". Only before the object has a noun of its own.
    func listComma(at i: Int, objectStart: Int, _ range: Range<Int>) -> Bool {
        guard tokens[i].text == ",", i > objectStart, i + 1 < range.upperBound else { return false }
        let next = i + 1
        // A list of hyphenated modifiers: "Opens Anti-Dumping, Anti-Bias Probes Into U.S. Chips".
        if i >= 2, tokens[i - 2].hyphenAfter, tokens[next].hyphenAfter { return true }
        // "Adds China Tech Companies, Others to Entity List": the list of targets closes with "others".
        if ["others", "more"].contains(tokens[next].text) { return true }
        // Kinds of firms before their noun: "blackballing 89 Chinese aerospace, tech companies".
        if let f = (next..<min(next + 3, range.upperBound)).first(where: { Self.firmNouns.contains(tokens[$0].text) }),
           !(next..<f).contains(where: { tokens[$0].isBoundary || ann.verb[$0] != nil || ann.has(.preposition, at: $0) || ann.actor[$0] != nil }) {
            return true
        }
        // A headline's list of measures: "Suspends US Tariffs, Unreliable Entity List Restrictions".
        if range.lowerBound < titleTokenCount, nounPhraseToEnd(from: next, range) { return true }
        // A list of places: "imports from Taiwan region, Malaysia, U.S.", and with a serial comma
        // "tariffs on Mexico, Canada, and China".
        func place(_ k: Int) -> Bool { ann.other[k] || ann.side[k] != nil || ann.actor[k] != nil }
        let listed = place(next) || ["and", "or"].contains(tokens[next].text) && next + 1 < range.upperBound && place(next + 1)
        if place(i - 1) || i >= 2 && place(i - 2) && tokens[i - 1].text == "region", listed { return true }
        if tokens[next].isBoundary || ann.actor[next] != nil || ann.has(.background, at: next) { return false }
        if let verb = ann.verb[next], !verb.value.alsoNoun { return false }
        return !(objectStart..<i).contains { !ann.objects[$0].isEmpty || ann.topic[$0] != nil || ann.actor[$0] != nil }
    }

    /// "rescinds letters restricting EDA exports": an -ing verb right after a
    /// noun of the object qualifies that noun; the object runs on through it.
    func reducedRelative(at i: Int, objectStart: Int) -> Bool {
        // Also a past participle: "removes the licence requirement imposed on ethane shipments".
        guard i > objectStart, tokens[i].text.hasSuffix("ing") || ann.verb[i]?.value.participle == true,
              let verb = ann.verb[i], !verb.value.isThreat else { return false }
        let p = i - 1
        // ("lifts ban imposed on US pork imports": a measure noun that is also a verb, told how it came, is the noun.)
        let measureMade = ann.verb[p].map { $0.value.alsoNoun } ?? false && ann.objects[p].contains(.measure)
            && verb.value.participle && !tokens[i].text.hasSuffix("ing")
            && (verb.value.verbClass == .tightening || verb.value.verbClass == .starter)
        return !tokens[p].isBoundary && ann.actor[p] == nil && (ann.verb[p] == nil || measureMade) && !ann.has(.preposition, at: p)
            && !ann.has(.infinitive, at: p) && !Self.determiners.contains(tokens[p].text)
    }

    /// "Entity List restrictions", "graphite export curbs": a generic measure
    /// compounded with a specific term belongs to that term's topic.
    func specificModifier(of t: Int, from clause: Int) -> Int? {
        guard let term = ann.topic[t], !term.value.specific else { return nil }
        var s = t - 1
        while s >= clause {
            if let modifier = ann.topic[s] { return modifier.value.specific && s + modifier.length == t ? s : nil }
            if !ann.inTopic[s] { return nil }
            s -= 1
        }
        return nil
    }

    /// The label before a headline's colon, when it is a bare noun phrase
    /// ("Rare-earth export licences: ..."): it names the clause's topic.
    func headlineKicker(before clause: Int, _ range: Range<Int>) -> Range<Int>? {
        guard range.lowerBound < titleTokenCount, clause - 1 > range.lowerBound, tokens[clause - 1].text == ":" else { return nil }
        let kicker = range.lowerBound..<(clause - 1)
        if kicker.contains(where: { ann.verb[$0] != nil || tokens[$0].isBoundary }) { return nil }
        return kicker
    }

    /// A subject whose head noun is neither a topic nor a measure, with the
    /// topic only inside a phrase after it: "tensions over chip curbs".
    func subjectHeadElsewhere(before t: Int, from clause: Int) -> Bool {
        guard let p = (clause..<t).first(where: { ann.has(.preposition, at: $0) && !ann.inTopic[$0] }), p > clause else { return false }
        // "Third Wave of Section 301 Tariff Increases Officially Delayed": a batch's noun is headed by what it is of.
        // "Certain Products of Micron Prohibited from Sale in China": goods are headed by whose they are.
        if tokens[p].text == "of", Self.quantifiers.contains(tokens[p - 1].text) || Self.partitives.contains(tokens[p - 1].text)
            || Self.goodsNouns.contains(tokens[p - 1].text) {
            return false
        }
        return !(clause..<p).contains { ann.topic[$0] != nil || ann.inTopic[$0] || !ann.objects[$0].isEmpty || ann.actor[$0] != nil || ann.side[$0] != nil }
    }

    static let clauseModals: WordSet = ["will", "would", "could", "can", "might", "should"]
    /// Words a modal right after belongs to ("rules that will", "it would", "to"), not a new predicate.
    static let modalOwners: WordSet = ["that", "which", "who", "it", "they", "we", "he", "she", "i", "you", "and", "or", "to"]

    /// "... as Trump eyes a summit", "... restart as licence requirement
    /// dropped": a conjunction and a new subject (an actor, or a short noun
    /// phrase and its own verb) end an object.
    func newClause(at i: Int) -> Bool {
        // "but", "yet": a contrast starts a clause of its own ("conclude talks but no deals confirmed").
        if ["but", "yet"].contains(tokens[i].text) { return true }
        // "China move to end US poultry ban will boost US exports": a modal after a noun opens the sentence's
        // own predicate. ("May" is a month too often to count.)
        if Self.clauseModals.contains(tokens[i].text), i > 0, !tokens[i - 1].isBoundary, ann.verb[i - 1].map({ $0.value.alsoNoun }) ?? true,
           !Self.modalOwners.contains(tokens[i - 1].text), !ann.has(.modal, at: i - 1),
           i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence, !tokens[i + 1].isNumber { return true }
        // "announced on Thursday it would maintain the anti-dumping duty": a verb of holding after its modal is the
        // reported clause's own predicate, and what it holds is no object of the verb before.
        if ann.has(.hold, at: i), i > 0, ["would", "will", "to", "shall"].contains(tokens[i - 1].text) { return true }
        guard ["as", "while", "when", "because"].contains(tokens[i].text), i + 1 < tokens.count,
              tokens[i + 1].sentence == tokens[i].sentence else { return false }
        if i + 2 < tokens.count, tokens[i].text == "as", tokens[i + 1].text == "well", tokens[i + 2].text == "as" { return false }
        if ann.actor[i + 1] != nil || ann.side[i + 1] != nil { return true }
        // "as part of", "as well as", "such as": no verb right after a short noun phrase.
        var k = i + 1
        while k < min(i + 5, tokens.count), tokens[k].sentence == tokens[i].sentence, !tokens[k].isBoundary {
            if ann.verb[k] != nil { return k > i + 1 }
            if ann.has(.preposition, at: k) { return false }
            k += 1
        }
        return false
    }

    /// From `i` to the sentence's end: names, topics and measures only, no verb, actor or boundary.
    func nounPhraseToEnd(from i: Int, _ range: Range<Int>) -> Bool {
        guard i < range.upperBound else { return false }
        var sawMeasure = false
        for k in i..<range.upperBound {
            if tokens[k].isBoundary { return k == range.upperBound - 1 && sawMeasure && tokens[k].text != "," }
            if ann.actor[k] != nil || ann.has(.preposition, at: k) || ann.has(.background, at: k) { return false }
            if let verb = ann.verb[k], !verb.value.alsoNoun { return false }
            if !ann.objects[k].isEmpty || ann.topic[k] != nil { sawMeasure = true }
        }
        return sawMeasure
    }

    static let mediaNouns: WordSet = ["paper", "newspaper", "media", "daily", "outlet", "tabloid", "press", "report", "reports"]
    static let sayingWords: WordSet = ["reports", "reported", "says", "said", "report", "claims", "claimed"]

    /// "China Begins Restricting Rare Earth Exports to Japan, U.S. Paper Reports": where a headline's closing
    /// attribution to a newspaper starts (its comma). The paper's country is the source, not a party.
    var attributionTail: Int? {
        guard titleTokenCount > 4, Self.sayingWords.contains(tokens[titleTokenCount - 1].text) else { return nil }
        let from = max(1, titleTokenCount - 6)
        guard let c = (from..<(titleTokenCount - 1)).last(where: { [",", ":", "-", "–", "—"].contains(tokens[$0].text) }),
              ((c + 1)..<(titleTokenCount - 1)).contains(where: { Self.mediaNouns.contains(tokens[$0].text) }),
              !((c + 1)..<(titleTokenCount - 1)).contains(where: { ann.verb[$0] != nil || ann.topic[$0] != nil }) else { return nil }
        return c
    }
}
