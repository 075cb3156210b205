import Model

// A government's directive to its own firms: "China tells firms to avoid Nvidia H20 chips",
// "Beijing urges tech companies not to buy Micron memory", "discourages local firms from using
// US chips". The firms are the verb's subject, so the verb claim reads company news; what they are
// told to keep out is the government's purchase ban (../shared/eval/README.md: China's purchase
// bans are non-tariff-countermeasures).
extension ItemScan {
    static let directiveVerbs: WordSet = [
        "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging",
        "order", "orders", "ordered", "ordering", "instruct", "instructs", "instructed", "instructing",
        "advise", "advises", "advised", "advising", "direct", "directs", "directed", "guide", "guides", "guided",
        "discourage", "discourages", "discouraged", "discouraging", "warn", "warns", "warned", "warning",
    ]
    /// Who a directive is addressed to: the government's own buyers.
    static let addresseeNouns: WordSet = [
        "firms", "companies", "businesses", "buyers", "enterprises", "operators", "importers", "platforms",
        "giants", "centres", "centers", "agencies", "departments", "traders", "refiners", "crushers", "entities",
    ]
    static let addresseeModifiers: WordSet = [
        "local", "domestic", "state", "owned", "state-owned", "chinese", "tech", "technology", "internet", "major",
        "big", "large", "some", "key", "its", "the", "data", "government", "private", "ai", "cloud",
    ]
    /// After "to": keeping out ("avoid", "stop buying", "not to use") or letting back in ("resume buying").
    static let shunningVerbs: WordSet = ["avoid", "shun", "stop", "halt", "pause", "suspend", "cease", "refrain",
                                             "limit", "reduce", "cut", "cancel", "drop"]
    /// Letting back in, or buying: "resume purchases", "line up H200 orders", "buy US soybeans".
    static let resumingVerbs: WordSet = ["resume", "restart", "restore", "line", "buy", "purchase", "place"]
    static let useOrPurchase: WordSet = ["buying", "using", "purchasing", "ordering", "importing", "buy", "use",
                                             "purchase", "order", "import", "deploying", "deploy"]

    /// A directive in the sentence, read in one pass over its directive verbs: China's to its buyers, or the
    /// US's to its sellers.
    func directiveClaim(in range: Range<Int>) -> Claim? {
        guard hasUS || hasChina else { return nil }
        for d in range where Self.directiveVerbs.contains(tokens[d].text) {
            switch directiveIssuer(before: d, range) {
            case .china: if hasUS, let claim = chinaDirectiveClaim(at: d, range) { return claim }
            case .us: if hasChina, let claim = usDirectiveClaim(at: d, range) { return claim }
            case nil: continue
            }
        }
        return nil
    }

    private func chinaDirectiveClaim(at d: Int, _ range: Range<Int>) -> Claim? {
        guard let (move, after) = directedMove(after: d, range) else { return nil }
        // What is kept out: US goods or firms, named within a few words.
        let goods = after..<min(after + 8, range.upperBound)
        guard let g = goods.first(where: { ann.side[$0] == .us || chipGoodsTerm(at: $0) }) else { return nil }
        let modality: Modality = sentenceHas(.source, range) || sentenceHas(.signal, range) ? .signal : .action
        return Claim(topic: .nonTariffCountermeasures, actor: .china, direction: move, modality: modality,
                     evidence: evidence(range), matched: [tokens[d].text, tokens[g].text],
                     inTitle: range.lowerBound < titleTokenCount, implied: false)
    }

    /// "US tells Nvidia to halt H20 sales to China", "US asks TSMC to halt shipments to Chinese customers": the US
    /// government stopping its own firms' trade with China is its export control, whatever the firm is told by.
    static let stoppingVerbs: WordSet = ["halt", "stop", "suspend", "cease", "pause", "end", "cut"]
    static let tradeFlowNouns: WordSet = ["sales", "shipments", "exports", "supplies", "deliveries", "shipping", "selling",
                                              "supplying", "exporting"]

    private func usDirectiveClaim(at d: Int, _ range: Range<Int>) -> Claim? {
        // The addressee, then "to <stop>": "tells Nvidia to halt", "asks chipmakers to stop".
        guard let to = ((d + 1)..<min(d + 6, range.upperBound)).first(where: { tokens[$0].text == "to" }), to > d + 1,
              !((d + 1)..<to).contains(where: { tokens[$0].isBoundary || ann.verb[$0] != nil && !ann.verb[$0]!.value.alsoNoun
                  // ("asks allies to halt chip tool sales": other governments are asked, not told.)
                  || ann.other[$0] || ["allies", "ally", "partners", "governments"].contains(tokens[$0].text) }),
              to + 1 < range.upperBound, Self.stoppingVerbs.contains(where: { tokens[to + 1].text.hasPrefix($0) }) else { return nil }
        let rest = (to + 2)..<min(to + 9, range.upperBound)
        guard let f = rest.first(where: { Self.tradeFlowNouns.contains(tokens[$0].text) }),
              ((f + 1)..<min(f + 6, range.upperBound)).contains(where: { ann.side[$0] == .china || tokens[$0].text == "chinese" }),
              let t = ((d + 1)..<f).first(where: { ann.topic[$0] != nil }),
              ann.topic[t]!.value.resolve(for: .us).topic == .techControls else { return nil }
        let modality: Modality = sentenceHas(.source, range) || sentenceHas(.signal, range) ? .signal : .action
        return Claim(topic: .techControls, actor: .us, direction: .tightening, modality: modality,
                     evidence: evidence(range), matched: [tokens[d].text, tokens[to + 1].text, tokens[f].text],
                     inTitle: range.lowerBound < titleTokenCount, implied: false)
    }

    /// The government that gives the directive: an actor ending right before the verb (over adverbs and
    /// auxiliaries: "has reportedly told").
    func directiveIssuer(before d: Int, _ range: Range<Int>) -> Actor? {
        var k = d - 1
        while k >= range.lowerBound, ann.has(.adverb, at: k) || ["has", "have", "had", "is", "reportedly"].contains(tokens[k].text) {
            k -= 1
        }
        guard k >= range.lowerBound, ann.actorEnds[k] else { return nil }
        let s = actorStart(endingAt: k, from: range.lowerBound)
        guard let a = ann.actor[s], !governedByPreposition(s, range) else { return nil }
        return a.value
    }

    /// Past the addressees ("local companies", "state-owned data centres"), the move they are told to make
    /// and where its object starts.
    func directedMove(after d: Int, _ range: Range<Int>) -> (Direction, Int)? {
        var k = d + 1
        var named = false
        // "tells Alibaba and other tech giants": its own firms by name, too.
        while k < min(d + 9, range.upperBound), Self.addresseeModifiers.contains(tokens[k].text)
                || Self.addresseeNouns.contains(tokens[k].text) || tokens[k].hyphenAfter
                || ann.side[k] == .china || ["and", "other", ","].contains(tokens[k].text) {
            if Self.addresseeNouns.contains(tokens[k].text) || ann.side[k] == .china && !Self.nationalities.contains(tokens[k].text) { named = true }
            k += 1
        }
        guard named, k + 1 < range.upperBound else { return nil }
        // "from using", "against buying": told to keep out.
        if ["from", "against"].contains(tokens[k].text), Self.useOrPurchase.contains(tokens[k + 1].text) {
            return (.tightening, k + 2)
        }
        // "not to buy", "to not use": told to keep out.
        if tokens[k].text == "not", tokens[k + 1].text == "to" {
            return k + 2 < range.upperBound && Self.useOrPurchase.contains(tokens[k + 2].text) ? (.tightening, k + 3) : nil
        }
        guard tokens[k].text == "to" else { return nil }
        var m = k + 1
        if tokens[m].text == "not", m + 1 < range.upperBound {
            return Self.useOrPurchase.contains(tokens[m + 1].text) ? (.tightening, m + 2) : nil
        }
        let verb = tokens[m].text
        let tightening = Self.shunningVerbs.contains(where: { verb.hasPrefix($0) })
        let easing = Self.resumingVerbs.contains(where: { verb.hasPrefix($0) })
        guard tightening || easing else { return nil }
        m += 1
        // "stop buying", "refrain from using", "avoid using": the use or purchase named after.
        while m < min(k + 5, range.upperBound), ["from", "their", "its"].contains(tokens[m].text) || Self.useOrPurchase.contains(tokens[m].text)
                || ["purchases", "orders", "imports", "of"].contains(tokens[m].text) {
            m += 1
        }
        return (tightening ? .tightening : .easing, m)
    }

    /// A chip named as goods or a US chipmaker ("H20 chips", "Nvidia").
    func chipGoodsTerm(at k: Int) -> Bool {
        guard let t = ann.topic[k] else { return false }
        return Self.chipGoods.contains(t.text) || t.value.candidates.contains { $0.topic == .nonTariffCountermeasures }
            && t.value.candidates.contains { $0.topic == .techControls }
    }
}

// "any organization or individual implementing these US measures will face legal consequences",
// "will invoke its anti-sanctions law against anyone who adheres to the US warning": China's threat
// of liability for complying with a US measure (MOFCOM's wording) is a countermeasure threatened.
extension ItemScan {
    static let liabilityPhrases: WordSet = ["legal consequences", "legal liability", "legal liabilities",
                                                "legal responsibility", "legal action", "anti sanctions law",
                                                "anti foreign sanctions law", "held accountable", "legally liable"]
    static let complianceStems = ["implement", "assist", "compl", "adher", "enforc", "execut", "obey", "shun", "involv", "particip",
                                  "aid", "help"]

    static let liabilityFirstWords: WordSet = ["legal", "anti", "held", "legally"]

    func liabilityWarningClaim(in range: Range<Int>) -> Claim? {
        // Cheap first: most sentences hold none of the phrases' first words.
        guard hasUS, range.contains(where: { Self.liabilityFirstWords.contains(tokens[$0].text) }), let who = range.lazy.compactMap({ self.ann.actor[$0]?.value }).first, who == .china else { return nil }
        let text = range.map { tokens[$0].text }
        func phrase(at i: Int) -> String? {
            Self.liabilityPhrases.first { phrase in
                let words = phrase.split(separator: " ")
                return i + words.count <= text.count && zip(words, text[i..<(i + words.count)]).allSatisfy { $0 == $1 }
            }
        }
        guard let found = text.indices.lazy.compactMap(phrase(at:)).first,
              text.contains(where: { w in Self.complianceStems.contains { w.hasPrefix($0) } }) else { return nil }
        return Claim(topic: .nonTariffCountermeasures, actor: .china, direction: .tightening, modality: .signal,
                     evidence: evidence(range), matched: [found],
                     inTitle: range.lowerBound < titleTokenCount, implied: true)
    }
}
