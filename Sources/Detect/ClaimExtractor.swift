import Model

/// Finds claims in an item's headline and plain-text lede with lexicons and
/// a few grammar patterns: a direction verb, the topic it governs, its
/// subject, the modality and negation around it. Pure and `Sendable`.
package struct ClaimExtractor: Sendable {
    let lexicon: Lexicon
    /// The learned gate that checks the rules' claims and fills in where they
    /// are silent (`Gate/LearnedGate.swift`).
    let gateChoice: GateChoice

    /// The build's own gate is loaded when the first item that names a topic
    /// needs it (a `static let` is lazy): a daemon whose feeds never name
    /// one never holds its weights.
    enum GateChoice: Sendable {
        case embedded
        case given(LearnedGate)
        case rulesAlone
    }

    var gate: LearnedGate? {
        switch gateChoice {
        case .embedded: LearnedGate.embedded
        case .given(let gate): gate
        case .rulesAlone: nil
        }
    }

    package init(baseline: Baseline) {
        lexicon = DomainLexicon.build(baseline: baseline)
        gateChoice = .embedded
    }

    package init(baseline: Baseline, gate: LearnedGate?) {
        lexicon = DomainLexicon.build(baseline: baseline)
        gateChoice = gate.map(GateChoice.given) ?? .rulesAlone
    }

    /// The claims in `title` and `text` (plain text; HTML already reduced),
    /// at most one per topic: a headline claim outranks a lede claim, a verb
    /// outranks a noun phrase.
    ///
    /// Where the best-placed claims on a topic disagree on the direction (the
    /// headline says both, or the lede does and the headline says neither),
    /// the direction cannot be told with confidence and the topic raises
    /// nothing: a wrong direction is worse than a miss.
    ///
    /// The learned gate then has its say, on items that name a topic at all
    /// (it cannot place a move on an item without one, and most items of most
    /// feeds have none) and do not name only third countries or a matter
    /// outside trade (it knows words, not whose move they describe or why;
    /// the rules do).
    package func claims(title: String, text: String) -> [Claim] {
        let input = gateInput(title: title, text: text)
        guard input.namesTopic, let gate else { return input.rules }
        return gate.decide(input.rules, title: title, text: text, headlineSays: input.headlineSays, classes: input.classFeatures,
                           undecided: input.undecided)
    }

    /// What the gate is given for an item: the rules' claims one per topic,
    /// whether it names a topic (and not only third countries), and the
    /// directions the headline's own change words carry.
    package struct GateInput: Sendable {
        package var rules: [Claim]
        package var namesTopic: Bool
        package var headlineSays: Set<Direction>
        /// What the lexicon says of its words (`GateClassFeatures`), when it names a topic.
        package var classFeatures: [UInt64]
        /// Topics the rules found both ways and so left alone: the gate does not decide them either.
        package var undecided: Set<Topic>
    }

    package func gateInput(title: String, text: String) -> GateInput {
        let scan = scanned(title: title, text: text)
        let rules = merged(scan.claims)
        let undecided = Set(scan.claims.map(\.topic)).subtracting(rules.map(\.topic))
        return GateInput(rules: rules, namesTopic: scan.namesTopic, headlineSays: scan.headlineSays,
                         classFeatures: scan.classFeatures, undecided: undecided)
    }

    /// The rules' claims alone, one per topic, before the gate has its say.
    package func ruleClaims(title: String, text: String) -> [Claim] {
        merged(allClaims(title: title, text: text))
    }

    private func merged(_ all: [Claim]) -> [Claim] {
        var best: [Topic: Claim] = [:]
        var conflicted: Set<Topic> = []
        var toldBothWays: Set<Topic> = []
        var order: [Topic] = []
        for claim in all {
            if let current = best[claim.topic] {
                if claim.inTitle == current.inTitle, claim.direction != current.direction {
                    // "adding 13 persons to the Unverified List ... also removing eight": a list rule that
                    // adds and removes is read by its additions.
                    if let adding = [claim, current].first(where: { Self.addsToList($0) }),
                       [claim, current].contains(where: { Self.removesFromList($0) }) {
                        best[claim.topic] = adding
                        continue
                    }
                    conflicted.insert(claim.topic)
                    toldBothWays.insert(claim.topic)
                }
                // "US Delays Tariffs on Chinese Semiconductors" over a lede that tells of tariffs decided now:
                // a postponed hike eases, a new measure with a later start tightens (../shared/eval/README.md),
                // and which one it is only the lede can say. Told both ways, the direction is not sure.
                // A delayed increase or hike is no new measure: "Trump delays tariff increase" eases whatever
                // the lede recalls of the increase once planned; nor is a delay for some goods ("delays tariffs
                // on some Chinese-made electronics"), whose lede tells of the rest going ahead.
                // (Only a lede claim on the measure delayed: "US delays Huawei ban for 90 days" over a lede
                // that also adds 46 affiliates to the entity list tells of two measures.)
                if claim.inTitle != current.inTitle, claim.direction != current.direction,
                   [claim, current].contains(where: { $0.inTitle && Self.delays($0) && !Self.delaysAChangeOrAShare($0) }),
                   Self.sameMeasure(claim, current) {
                    conflicted.insert(claim.topic)
                    continue
                }
                if rank(claim) < rank(current) {
                    if claim.inTitle != current.inTitle { conflicted.remove(claim.topic) }
                    best[claim.topic] = claim
                }
                // "ITC votes not to impose duties on tin mill product imports" over the lede's injury vote: a
                // headline that says what a trade-remedy body's ruling says is that ruling's headline.
                if claim.ruling != current.ruling, claim.direction == current.direction { best[claim.topic]?.ruling = true }
            } else {
                best[claim.topic] = claim
                order.append(claim.topic)
            }
        }
        // "the U.S. Trade Representative has determined to: modify the actions ... by imposing additional section 301
        // duties ... and to establish a process to exclude ...": what is done outranks what is only considered. Told
        // both ways at one place, the way every claim in force or decided says, against only signals, stands.
        for topic in toldBothWays where conflicted.contains(topic) {
            guard let b = best[topic] else { continue }
            let peers = all.filter { $0.topic == topic && $0.inTitle == b.inTitle }
            let done = peers.filter { $0.modality == .action }
            guard let way = done.first?.direction, done.allSatisfy({ $0.direction == way }),
                  peers.allSatisfy({ $0.direction == way || $0.modality == .signal }),
                  let pick = done.min(by: { rank($0) < rank($1) }) else { continue }
            best[topic] = pick
            conflicted.remove(topic)
        }
        return order.compactMap { conflicted.contains($0) ? nil : best[$0] }
    }

    private static func delays(_ c: Claim) -> Bool {
        ["delay", "delays", "delayed", "delaying", "postpone", "postpones", "postponed", "postponing", "defer", "defers",
         "deferred"].contains(c.matched.first ?? "")
    }

    /// The delay verb's object is a change of rate ("delays tariff increase", "delay the hike in tariffs") or
    /// a share of the goods ("delays tariffs on some Chinese-made electronics").
    private static func delaysAChangeOrAShare(_ c: Claim) -> Bool {
        let words = c.evidence.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let verb = c.matched.first, let at = words.firstIndex(of: verb) else { return false }
        return words[(at + 1)...].prefix(4).contains(where: Self.risingChangeWords.contains)
            || words[(at + 1)...].prefix(5).contains(where: Self.partialShareWords.contains)
    }

    /// Two claims name the same measure: their matched terms share a word ("duties", "duty").
    private static func sameMeasure(_ a: Claim, _ b: Claim) -> Bool {
        func words(_ c: Claim) -> Set<String> {
            guard c.matched.count > 1 else { return [] }
            return Set(c.matched[1].split(separator: " ").map { w -> String in
                if w.hasSuffix("ies") { return w.dropLast(3) + "y" }
                return w.hasSuffix("s") ? String(w.dropLast()) : String(w)
            })
        }
        return !words(a).isDisjoint(with: words(b))
    }

    private static func addsToList(_ c: Claim) -> Bool {
        c.direction == .tightening && ["add", "adds", "added", "adding", "addition", "additions", "addition of", "additions of",
                                        "addition to", "additions to"].contains(c.matched.first ?? "")
    }

    private static func removesFromList(_ c: Claim) -> Bool {
        c.direction == .easing && ["remove", "removes", "removed", "removing", "removal", "removals", "removal of",
                                   "removal from", "removals from"]
            .contains(c.matched.first ?? "")
    }

    private func rank(_ c: Claim) -> Int {
        (c.inTitle ? 0 : 2) + (c.implied ? 1 : 0)
    }

    /// Every topic the text names, sentence by sentence (for `baseline derive`).
    func mentions(in text: String) -> [Mention] {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize(text, firstSentence: 1, vocabulary: lexicon.vocabulary, into: &tokens)
        guard !tokens.isEmpty else { return [] }
        let ann = Annotations(tokens: tokens, lexicon: lexicon)
        return ItemScan(tokens: tokens, ann: ann, title: "", text: text, titleTokenCount: 0).mentions()
    }

    /// Every claim found, before merging per topic (for explanation and tests).
    package func allClaims(title: String, text: String) -> [Claim] {
        scanned(title: title, text: text).claims
    }

    /// Every claim found, whether the item names any topic term, and the
    /// directions the headline's own words say (for the gate).
    private func scanned(title: String, text: String)
        -> (claims: [Claim], namesTopic: Bool, headlineSays: Set<Direction>, classFeatures: [UInt64]) {
        // News-search feeds repeat the headline as the description ("Title  Reuters"): read it once,
        // as the headline it is.
        var text = text
        if !title.isEmpty, text.hasPrefix(title) { text = String(text.dropFirst(title.count)) }
        let title = WireSlug.kickered(title)
        var tokens: [Token] = []
        tokens.reserveCapacity(96)
        let titleSentences = Tokenizer.tokenize(title, firstSentence: 0, vocabulary: lexicon.vocabulary, into: &tokens)
        let titleTokenCount = tokens.count
        _ = Tokenizer.tokenize(text, firstSentence: max(titleSentences, 1), vocabulary: lexicon.vocabulary, into: &tokens)
        guard !tokens.isEmpty else { return ([], false, [], []) }
        var ann = Annotations(tokens: tokens, lexicon: lexicon)
        ann.dropDateline(at: titleTokenCount, tokens)
        var scan = ItemScan(tokens: tokens, ann: ann, title: title, text: text, titleTokenCount: titleTokenCount)
        let namesChina = ann.actor.contains { $0?.value == .china } || ann.side.contains(.china)
        let namesOnlyOthers = !namesChina && ann.other.contains(true)
        var says: Set<Direction> = []
        for i in 0..<titleTokenCount {
            // "Rule to Strengthen National Security Partnership": ties made closer say no way of a measure.
            let onTies = ann.verb[i] != nil && ((i + 1)..<min(i + 5, titleTokenCount)).contains {
                ItemScan.relationshipNouns.contains(tokens[$0].text) }
            switch onTies ? nil : ann.verb[i]?.value.verbClass {
            case .easing?: says.insert(.easing)
            case .tightening?: says.insert(.tightening)
            default:
                if ItemScan.easingChangeWords.contains(tokens[i].text) || tokens[i].text == "removals" { says.insert(.easing) }
                if ItemScan.tighteningNouns.contains(tokens[i].text) || tokens[i].text == "additions" { says.insert(.tightening) }
            }
        }
        // Sanctions over Hong Kong or Iranian oil: the rules know whose move that is; the gate only knows words.
        let offTopic = ann.cues.contains { $0.contains(.offTopic) }
        let anyTopic = ann.topic.contains { $0 != nil }
        let namesTopic = !namesOnlyOthers && !offTopic && anyTopic
        var classes: [UInt64] = []
        if namesTopic {
            GateClassFeatures.extract(tokens: tokens, ann: ann, titleTokenCount: titleTokenCount, into: &classes)
        }
        // A claim needs a topic term or a government the item names: an item with neither (most of any
        // feed) is not read further.
        guard anyTopic || ann.actor.contains(where: { $0 != nil })
                || ann.side.contains(where: { $0 != nil }) else { return ([], false, says, classes) }
        return (scan.run(), namesTopic, says, classes)
    }
}

extension ClaimExtractor {
    static let risingChangeWords: WordSet = ["increase", "increases", "hike", "hikes", "rise", "rises", "raise"]
    static let partialShareWords: WordSet = ["some", "certain"]
}
