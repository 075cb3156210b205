import Model

/// What the lexicon found at each token of an item: the longest phrase per
/// kind starting there, and cue/object bits. Built once per item.
struct Annotations {
    // Concrete span types: a generic one costs value-witness calls on every copy.
    struct TopicSpan {
        var value: TopicTerm
        var length: Int
        var text: String
    }

    struct ActorSpan {
        var value: Actor
        var length: Int
        var text: String
    }

    struct VerbSpan {
        var value: VerbSense
        var length: Int
        var text: String
    }

    var topic: [TopicSpan?]
    var actor: [ActorSpan?]
    /// True on the last token of an actor phrase (a subject right before a verb).
    var actorEnds: [Bool]
    var side: [Actor?]
    var other: [Bool]
    /// True on the last token of a third country's name ("Mexico", "Tokyo").
    var otherEnds: [Bool]
    var verb: [VerbSpan?]
    var cues: [Cues]
    var cueText: [String?]
    var objects: [ObjectClasses]
    /// Tokens inside a topic phrase.
    var inTopic: [Bool]

    init(tokens: [Token], lexicon: Lexicon) {
        let n = tokens.count
        topic = Array(repeating: nil, count: n)
        actor = Array(repeating: nil, count: n)
        actorEnds = Array(repeating: false, count: n)
        side = Array(repeating: nil, count: n)
        other = Array(repeating: false, count: n)
        otherEnds = Array(repeating: false, count: n)
        verb = Array(repeating: nil, count: n)
        cues = Array(repeating: [], count: n)
        cueText = Array(repeating: nil, count: n)
        objects = Array(repeating: [], count: n)
        inTopic = Array(repeating: false, count: n)
        var found: [Lexicon.Phrase] = []
        var topicCover = 0, actorCover = 0, verbCover = 0, sideCover = 0
        for i in 0..<n {
            lexicon.matches(in: tokens, at: i, into: &found)
            for phrase in found {  // longest first
                let len = phrase.ids.count
                guard i + len <= n, tokens[i + len - 1].sentence == tokens[i].sentence else { continue }
                for tag in phrase.tags {
                    switch tag {
                    case .topic(let term):
                        if i >= topicCover {
                            topic[i] = TopicSpan(value: term, length: len, text: phrase.text)
                            topicCover = i + len
                            for k in i..<(i + len) { inTopic[k] = true }
                        }
                    case .actor(let a):
                        // "e-commerce", "Chamber of Commerce": not the Commerce Department.
                        if phrase.text == "commerce", i > 0, tokens[i - 1].hyphenAfter || tokens[i - 1].text == "of" {
                            continue
                        }
                        if i >= actorCover {
                            actor[i] = ActorSpan(value: a, length: len, text: phrase.text)
                            actorCover = i + len
                            actorEnds[i + len - 1] = true
                            if side[i] == nil { side[i] = a }
                        }
                    case .side(let a):
                        if i >= sideCover { side[i] = a; sideCover = i + len }
                    case .otherCountry:
                        other[i] = true
                        otherEnds[i + len - 1] = true
                    case .verb(let sense):
                        if i >= verbCover {
                            // Longest first; at equal length prefer the finite reading ("cut").
                            if let existing = verb[i], existing.length > len || !existing.value.participle { continue }
                            verb[i] = VerbSpan(value: sense, length: len, text: phrase.text)
                        }
                    case .object(let cls):
                        objects[i].formUnion(cls)
                        // "duty-free treatment": the phrase's last word is its head noun too.
                        if len > 1, cls.contains(.respite) { objects[i + len - 1].formUnion(cls) }
                    case .cue(let cue):
                        cues[i].formUnion(cue)
                        if cueText[i] == nil { cueText[i] = phrase.text }
                    }
                }
            }
            if let v = verb[i], i >= verbCover { verbCover = i + v.length }
        }
        // "China says has no choice but to retaliate": what there is no choice but to do is what will be done.
        for i in 0..<max(0, n - 2) where cues[i].contains(.negation) && tokens[i].text == "no"
            && Self.choiceWords.contains(tokens[i + 1].text) && tokens[i + 2].text == "but" {
            cues[i].remove(.negation)
        }
        // "China on Tuesday banned exports of gallium": the day of the news is an adverb of time between a
        // subject and its verb (the lexicon tags "on tuesday" so), not a phrase the verb's subject is inside.
        for i in 0..<max(0, n - 1) where tokens[i].text == "on" && Self.weekdays.contains(tokens[i + 1].text) {
            cues[i].remove(.preposition)
        }
        // "U.S. excludes Chinese face masks from tariffs": "face" before the noun it names is part of that noun.
        for i in 0..<max(0, n - 1) where verb[i]?.value.lemma == "face" && Self.faceCompoundHeads.contains(tokens[i + 1].text) {
            verb[i] = nil
        }
        // "steel concrete reinforcing bars", "cutting tools": a gerund right before the goods it names is part of
        // their name, not a move.
        for i in 0..<max(0, n - 1) where verb[i] != nil && tokens[i].text.hasSuffix("ing") && Self.goodsHeads.contains(tokens[i + 1].text) {
            verb[i] = nil
        }
        markInvestmentInChineseFirms(tokens)
        markGivingTheNod(tokens)
        // "Tariffs on Chinese goods cut to 10%": a past the same as its base, right before the figure it
        // changes to and after no subject of its own, is the headline's passive (the finite reading is kept
        // after "to" or a modal: "US to cut tariffs to 10%").
        // (Also closing its sentence or clause: "Tariffs on Chinese goods cut", "Port fees on Chinese ships cut:".)
        func closesOrFigures(_ i: Int) -> Bool {
            if i + 1 == n || tokens[i + 1].sentence != tokens[i].sentence || tokens[i + 1].isBoundary { return true }
            return i + 2 < n && tokens[i + 2].isNumber && ["to", "by"].contains(tokens[i + 1].text)
        }
        for i in 1..<max(1, n) where verb[i] != nil && Self.sameFormPasts.contains(tokens[i].text) && closesOrFigures(i)
            && tokens[i - 1].sentence == tokens[i].sentence && actor[i - 1] == nil && !actorEnds[i - 1]
            && !Self.finiteBefore.contains(tokens[i - 1].text) && !tokens[i - 1].isBoundary {
            if var v = verb[i], v.length == 1, !v.value.participle {
                v.value.participle = true
                v.value.alsoNoun = false
                verb[i] = v
            }
        }
    }
    /// "Biden Order to Ban Investment in 59 Chinese Defense, Tech Firms", "bars Americans from investing in Chinese
    /// military companies": American money into Chinese firms or technology is the US outbound-investment control
    /// (DomainLexicon names its fixed phrases). A firm's "investment in China" alone is business news.
    private mutating func markInvestmentInChineseFirms(_ tokens: [Token]) {
        let n = tokens.count
        for i in 0..<max(0, n - 3) where tokens[i + 1].text == "in" && Self.investmentWords.contains(tokens[i].text)
            && topic[i] == nil && !inTopic[i] {
            var c: Int?
            var j = i + 2
            while j < min(i + 10, n), tokens[j].sentence == tokens[i].sentence, !tokens[j].isBoundary || tokens[j].text == "," {
                if c == nil, tokens[j].text == "chinese" || tokens[j].text == "china" { c = j }
                if let c, j > c, Self.investeeNouns.contains(tokens[j].text) {
                    topic[i] = TopicSpan(value: Self.outboundInvestment, length: 2, text: tokens[i].text + " in")
                    inTopic[i] = true
                    inTopic[i + 1] = true
                    break
                }
                j += 1
            }
        }
    }
    /// "BEIJING, April 2 (Xinhua) -- By doubling down on tariffs ... Washington is expected to": the lede's dateline
    /// names where the story is filed, not who acts. Its city keeps its side (the place) but is no actor.
    mutating func dropDateline(at s: Int, _ tokens: [Token]) {
        guard s + 2 < tokens.count, let a = actor[s], a.length == 1, tokens[s + 1].sentence == tokens[s].sentence else { return }
        let next = tokens[s + 1].text, after = tokens[s + 2].text
        let dated = next == "," && (Self.datelineMonths.contains(after) || tokens[s + 2].isNumber)
        let filed = next == "(" && Self.wireAgencies.contains(after)
        guard dated || filed else { return }
        actor[s] = nil
        actorEnds[s] = false
    }
    private static let datelineMonths: WordSet = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december"]
    private static let wireAgencies: WordSet = ["xinhua", "reuters", "ap", "afp", "bloomberg", "dow", "kyodo", "yonhap",
                                                    "sputnik", "chinadaily", "cgtn", "ecns"]
    /// "US gives Nvidia green light to sell H20 chips in China", "China gives Boeing the nod": an approval with
    /// the one approved between the verb and its idiom (the lexicon has the idioms that follow the verb at once).
    private mutating func markGivingTheNod(_ tokens: [Token]) {
        let n = tokens.count
        for i in 0..<max(0, n - 3) where verb[i] == nil && Self.giveForms.contains(tokens[i].text) {
            var k = i + 1
            // (A term of what is approved may run longer before its noun: "Gives Long-Awaited Genetically Modified Crop Approvals".)
            while k < min(i + 8, n - 1), tokens[k].sentence == tokens[i].sentence, !tokens[k].isBoundary {
                let two = tokens[k].text + " " + tokens[k + 1].text
                if k > i + 4, !(Self.permissionGiven.contains(tokens[k].text) && inTopic[k]) { k += 1; continue }
                // ("US gives Huawei approval for auto chips licences": the permission by its noun; "China Gives
                // Long-Awaited Genetically Modified Crop Approvals": the noun ending the term of what is approved.)
                if k > i + 1, two == "green light" || two == "go ahead" || tokens[k].text == "nod" && k + 1 < n && tokens[k + 1].text == "to"
                    || Self.permissionGiven.contains(tokens[k].text) && (["for", "to"].contains(tokens[k + 1].text) || inTopic[k]) {
                    verb[i] = VerbSpan(value: VerbSense(lemma: "approve", verbClass: .easing, alsoNoun: false,
                                                        participle: tokens[i].text == "given", impliedTopic: nil, isThreat: false),
                                       length: 1, text: tokens[i].text)
                    break
                }
                k += 1
            }
        }
    }
    private static let faceCompoundHeads: WordSet = ["mask", "masks", "shield", "shields", "coverings", "covering", "value",
                                                     "recognition"]
    /// Goods a gerund may name by their use: "reinforcing bars", "cutting tools", "lifting equipment".
    private static let goodsHeads: WordSet = ["bar", "bars", "rod", "rods", "mesh", "tool", "tools", "equipment", "machine",
                                              "machines", "machinery", "fluid", "fluids", "agent", "agents", "blades", "blade"]
    private static let permissionGiven: WordSet = ["approval", "approvals", "permission", "clearance"]
    private static let giveForms: WordSet = ["give", "gives", "gave", "given", "giving"]
    private static let investmentWords: WordSet = ["investment", "investments", "investing", "invest"]
    private static let investeeNouns: WordSet = ["companies", "firms", "entities", "tech", "technology", "technologies",
                                                     "chipmakers", "startups"]
    private static let outboundInvestment = TopicTerm(candidates: [(topic: .techControls, actor: .us)], specific: true)
    // (Only "cut": "curbs hit", "tariffs set to rise" are finite.)
    private static let sameFormPasts: WordSet = ["cut"]
    private static let finiteBefore: WordSet = ["to", "will", "would", "could", "may", "might", "can", "should",
                                                    "must", "shall", "and", "or"]
    private static let choiceWords: WordSet = ["choice", "option", "alternative"]
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    func has(_ cue: Cues, at i: Int) -> Bool { cues[i].contains(cue) }
}
