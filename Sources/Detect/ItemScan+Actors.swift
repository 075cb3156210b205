import Model

// Who acts when no subject is named, and which named actors are targets or
// modifiers rather than subjects.
extension ItemScan {
    /// Targets of political, not trade, measures.
    static let politicalWords: WordSet = ["lawmakers", "lawmaker", "senator", "senators", "legislators",
                                              "congressman", "congressmen", "visa", "visas", "tibet", "tibetan",
                                              "xinjiang", "uyghur", "uyghurs", "hong", "dalai", "journalists",
                                              // Transport and people: restrictions on them are no trade topic.
                                              "airlines", "airline", "flights", "carriers", "students", "researchers"]

    /// Nationality adjectives: "Chinese curbs" is a noun phrase, while a firm
    /// before a noun-verb is its subject ("Nvidia halts sales").
    static let nationalities: WordSet = ["chinese", "american", "sino"]

    /// "eases China curbs", "brace for more US curbs": an actor right after a
    /// verb, a preposition, a determiner or "more" modifies the noun that
    /// follows; it is not the subject of a noun-verb.
    /// Where the actor's name that ends at or before `e` starts (not before `lower`).
    func actorStart(endingAt e: Int, from lower: Int) -> Int {
        var s = e
        while s > lower, ann.actor[s] == nil { s -= 1 }
        return s
    }

    func actorIsObject(endingAt p: Int, _ range: Range<Int>) -> Bool {
        let s = actorStart(endingAt: p, from: range.lowerBound)
        guard let span = ann.actor[s], s + span.length - 1 == p, s > range.lowerBound else { return false }
        let before = s - 1
        if ann.has(.preposition, at: before) || ann.has(.novelty, at: before)
            || Self.determiners.contains(tokens[before].text) && tokens[before].text != "'s" {
            return true
        }
        var k = s - 1
        while k >= range.lowerBound, k >= s - 3 {
            if let verb = ann.verb[k] { return k + verb.length == s }
            k -= 1
        }
        return false
    }

    /// Sanctions or restrictions on lawmakers, visas, Hong Kong or Tibet:
    /// political measures, not trade-policy positions.
    func politicalMeasure(in range: Range<Int>) -> Bool {
        // Hong Kong under the export rules ("suspends export license exceptions for Hong Kong", "removes Hong
        // Kong as a separate destination under the EAR") is a destination of tech controls, not politics.
        // (Not when another matter outside trade is named too: "sanctioned entities across Iran, Hong Kong ...".)
        range.contains { k in
            Self.politicalWords.contains(tokens[k].text)
                && !(tokens[k].text == "hong" && exportRules(in: range)
                     && !range.contains { ann.has(.offTopic, at: $0) && tokens[$0].text != "hong" })
        }
    }

    /// The export rules named: "export controls", "export license exceptions", "Export Administration Regulations".
    func exportRules(in range: Range<Int>) -> Bool {
        range.contains { k in
            tokens[k].text == "ear" || tokens[k].text == "export" && k + 1 < range.upperBound
                && ["control", "controls", "license", "licenses", "licence", "licences", "administration"].contains(tokens[k + 1].text)
        }
    }

    /// "selling H20 to China": the object sends something to `side`.
    func destination(_ side: Actor, in object: Range<Int>) -> Bool {
        object.contains { k in
            tokens[k].text == "to" && k + 1 < object.upperBound
                && (ann.actor[k + 1]?.value == side || ann.side[k + 1] == side)
        }
    }

    /// Where the actor's name that ends at `k` starts, looking back no further than `lower`.
    func actorStart(endingAt k: Int, notBefore lower: Int) -> Int? {
        (lower...k).first(where: { ann.actor[$0].map { $0.length } == k - $0 + 1 })
    }

    /// An actor inside a prepositional phrase is a target, not a subject:
    /// "on US goods", "on Hanwha Ocean's US units". "by" names the agent.
    func governedByPreposition(_ j: Int, _ range: Range<Int>) -> Bool {
        // "for the People's Republic of China (PRC)": an abbreviation in brackets is governed as its name is.
        if j - 2 >= range.lowerBound, tokens[j - 1].text == "(" { return governedByPreposition(j - 2, range) }
        var k = j - 1
        while k >= range.lowerBound, k >= j - 4 {
            if ann.has(.agent, at: k) { return false }
            if ann.has(.preposition, at: k) {
                // "China hits out at US probe into Chinese chips", "protests over US tariffs": a name right before a
                // measure a reaction is aimed at owns it ("on US goods" names goods, no measure; "align with U.S.
                // policy" follows it, not made by it).
                let after = j + (ann.actor[j]?.length ?? 1)
                if k == j - 1, ["at", "over", "against", "about"].contains(tokens[k].text), after < range.upperBound,
                   !ann.objects[after].isDisjoint(with: .measures), ann.actor[j] != nil { return false }
                // "as Beijing launches a probe": "as" opens a clause whose subject the actor is, or whose subject
                // the actor's measure is: "China protests as U.S. tariffs kick in".
                guard tokens[k].text == "as", k == j - 1 else { return true }
                var end = j + (ann.actor[j]?.length ?? 1)
                // (Its measure may run on to its target: "as U.S. tariffs on Chinese goods take effect".)
                while end < min(range.upperBound, j + 8), !tokens[end].isBoundary,
                      ann.verb[end] == nil || ann.verb[end]!.value.alsoNoun && ann.topic[end] != nil { end += ann.topic[end]?.length ?? 1 }
                return !(end < range.upperBound && ann.verb[end] != nil)
            }
            // "aligns with US China curbs": the other side's name right after a governed name is governed with it.
            if ann.actorEnds[k], k == j - 1, let s = actorStart(endingAt: k, notBefore: max(range.lowerBound, k - 3)),
               // (Two names of one side are one name: "the Office of the United States Trade Representative".)
               ann.actor[s]?.value != ann.actor[j]?.value {
                return governedByPreposition(s, range)
            }
            if tokens[k].isBoundary || ann.verb[k] != nil || ann.actorEnds[k] || ann.otherEnds[k] { return false }
            // Only a noun phrase may stand between: names, "'s", determiners.
            if tokens[k].id >= 0, ann.topic[k] == nil, !ann.inTopic[k], tokens[k].text != "'s",
               !Self.determiners.contains(tokens[k].text) {
                return false
            }
            k -= 1
        }
        return false
    }

    /// Instruments the baseline names as aimed at China: a rule on them moves
    /// the US-China position even where an official title never says "China"
    /// ("Expansion of End-User Controls To Cover Affiliates of Certain Listed
    /// Entities"). Not when the item names a third country instead.
    static let chinaAimedInstruments: WordSet = [
        "affiliates rule", "affiliate rule", "50 % rule", "50 percent rule", "end user controls", "end use controls",
        "affiliates of listed entities", "port fees", "port fee", "special port fees", "ai diffusion rule",
        "foreign direct product rule", "advanced computing", "advanced computing items", "advanced computing chips",
        "semiconductor manufacturing equipment", "supercomputing", "supercomputer",
        "technology transfer , intellectual property , and innovation", "technology transfer , intellectual property and innovation",
        "maritime , logistics , and shipbuilding sectors", "maritime , logistics and shipbuilding sectors",
        "maritime , logistics , shipbuilding sectors",
        // Only the China tariffs of Section 301 have had a product exclusion process.
        "section 301 exclusions", "301 exclusions",
        // The policy names the entity list among the measures that are a move on their position without
        // "China" (../shared/eval/README.md); an item naming another country is not (`otherItem`).
        "entity list", "section 301",
        // BIS's Unverified List: every labelled item on it is about Chinese parties ("BIS Adds 32 to
        // Unverified List", "Removals From the Unverified List").
        "unverified list",
        // The FCC's Covered List: its labelled additions are Chinese firms named or not ("FCC Adds Two More
        // Entities to the Covered List").
        "covered list", "fcc covered list",
    ]

    /// "Section 301 Tariff Increases Officially Delayed": with no government named, the side whose own
    /// instrument aimed at China the sentence names (Section 301 is the USTR's) is the one that moves.
    func instrumentOwner(inSentenceOf i: Int) -> Actor? {
        guard !otherItem, i < tokens.count else { return nil }
        for k in sentenceRange(of: i) {
            if let term = ann.topic[k], Self.chinaAimedInstruments.contains(term.text), !aimedAtManyCountries(term),
               let owner = term.value.resolve(for: nil).actor { return owner }
        }
        return nil
    }

    static let manyCountriesWords: WordSet = ["economies", "partners", "countries", "nations", "jurisdictions"]

    /// "Section 301 investigations across major trading partners": aimed at many, China not named.
    func aimedAtManyCountries(_ term: Annotations.TopicSpan) -> Bool {
        if term.text.hasSuffix("covered list") {
            // "FCC Adds All Foreign Drones to Covered List": every country's goods, not China's.
            return tokens.contains { $0.text == "foreign" }
        }
        return term.text == "section 301" && tokens.contains { Self.manyCountriesWords.contains($0.text) }
    }

    func chinaAimedInstrument(_ topicIndex: Int?) -> Bool {
        guard !otherItem, let t = topicIndex, let term = ann.topic[t], !aimedAtManyCountries(term) else { return false }
        // The instrument may be named anywhere in the sentence: "Implementation of Additional Export
        // Controls: Certain Advanced Computing Items".
        // A headline's generic measure is the one its lede names: "US Halts AI Export Regulation, Tightens
        // Chip Controls" over "has halted the expansive AI Diffusion Rule".
        let named = { (k: Int) in ann.topic[k].map { Self.chinaAimedInstruments.contains($0.text) } ?? false }
        if t < titleTokenCount, let lede = sentences.first(where: { $0.lowerBound >= titleTokenCount }), lede.contains(where: named) {
            return true
        }
        return sentenceRange(of: t).contains(where: named)
    }

    /// Who holds a measure when no one is named acting on it: its owner, but for an export-control term both
    /// sides hold ("export licenses", "export ban"), whoever the headline, else the lede, names, not the
    /// term's first owner ("A May 31 Commerce Department rule requires export licenses" is the US's).
    /// `anyShared`: any term both sides hold, not only export-control ones (a noun phrase's "new port charges").
    func unnamedOwner(of term: TopicTerm, anyShared: Bool = false) -> Actor? {
        if term.deferential || anyShared, Set(term.candidates.compactMap(\.actor)).count > 1, let named = titleActor ?? itemActor { return named }
        return term.resolve(for: nil).actor
    }

    /// A generic measure with no subject ("Export curbs lifted", "Expansion of
    /// end-user controls"): the side whose own instruments the item names holds it.
    func contextOwner(of term: TopicTerm) -> Actor? {
        guard !term.specific else { return nil }
        let owners = Set(term.candidates.compactMap(\.actor).filter { specificByActor[$0] != nil })
        return owners.count == 1 ? owners.first : nil
    }
}
