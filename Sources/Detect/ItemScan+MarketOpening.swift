import Model

// China opening its market to US goods: "China opens market to US blueberries", "China opens door to US
// beef", "China grants market access to U.S. avocados", "Chinese market opens for U.S. blueberries". Lifting
// a bar on the other side's goods is China's easing of its countermeasures (../shared/eval/README.md: its
// import suspensions and purchase bans are non-tariff-countermeasures), whatever the goods are; the verb
// claim finds no measure in "market" or "door", so it says nothing here.
extension ItemScan {
    static let openingVerbs: WordSet = ["open", "opens", "opened", "opening", "reopen", "reopens", "reopened",
                                            "reopening", "expand", "expands", "expanded", "expanding", "widen",
                                            "widens", "widened", "widening", "grant", "grants", "granted", "granting"]
    /// What is opened: the market itself, or its door.
    static let openedMarketNouns: WordSet = ["market", "markets", "door", "doors"]

    func marketOpeningClaim(in range: Range<Int>) -> Claim? {
        guard hasUS, hasChina else { return nil }
        for v in range where Self.openingVerbs.contains(tokens[v].text) {
            // "China opens (its) market to", "Chinese market opens for": the noun right before or after the verb.
            let before = v - 1 >= range.lowerBound && Self.openedMarketNouns.contains(tokens[v - 1].text)
            var m = v + 1
            while m < range.upperBound, ["its", "the", "a", "wider", "further", "more"].contains(tokens[m].text) { m += 1 }
            let afterNoun = m < range.upperBound && Self.openedMarketNouns.contains(tokens[m].text)
            // "grants market access to": the access is the market's.
            if afterNoun, m + 1 < range.upperBound, tokens[m + 1].text == "access" { m += 1 }
            guard before || afterNoun else { continue }
            let p = before ? v + 1 : m + 1
            // To the other side's goods: "to U.S. beef", "for American blueberries".
            // (Right after the preposition: "opens door to talks with US" opens talks, not the market.)
            var g = p + 1
            while g < range.upperBound, Self.determiners.contains(tokens[g].text) { g += 1 }
            guard p < range.upperBound, ["to", "for"].contains(tokens[p].text), g < range.upperBound,
                  ann.side[g] == .us || ann.actor[g]?.value == .us else { continue }
            // "opens door to US trade talks": what follows the side's name is talks, not its goods.
            let goods = (g + 1)..<min(g + 4, range.upperBound)
            if goods.contains(where: { ann.objects[$0].contains(.deal) || ann.topic[$0]?.value.candidates.first?.topic == .talks }) {
                continue
            }
            // China is the one opening: named before the verb ("China", "Beijing", "Chinese market"), with no US
            // actor asking it to ("US urges China to open its market": a demand, no move).
            let subject = range.lowerBound..<v
            guard names(.china, in: subject), !subject.contains(where: { ann.actor[$0]?.value == .us }),
                  !subject.contains(where: { ann.has(.negation, at: $0) || ann.has(.demand, at: $0) || ann.has(.denial, at: $0) }),
                  !subject.contains(where: { Self.directiveVerbs.contains(tokens[$0].text) }) else { continue }
            let threat = subject.contains { ann.verb[$0]?.value.isThreat == true }
            let modality: Modality
            if threat || sentenceHas(.source, range) || subject.contains(where: { ann.has(.signal, at: $0) }) {
                modality = .signal
            } else if subject.contains(where: { ann.has(.infinitive, at: $0) || ann.has(.announced, at: $0) || ann.has(.modal, at: $0) }) {
                modality = .announced
            } else {
                modality = .action
            }
            return Claim(topic: .nonTariffCountermeasures, actor: .china, direction: .easing, modality: modality,
                         evidence: evidence(range), matched: [tokens[v].text, tokens[before ? v - 1 : m].text, tokens[g].text],
                         inTitle: range.lowerBound < titleTokenCount, implied: false)
        }
        return goodsGainAccessClaim(in: range)
    }

    /// Words of the goods' side getting in: "gain access to China", "wins access to Chinese market".
    static let accessGainingVerbs: WordSet = ["gain", "gains", "gained", "win", "wins", "won", "regain", "regains",
                                                  "regained", "get", "gets", "got", "secure", "secures", "secured", "obtain",
                                                  "obtains", "obtained"]

    /// The same opening told from the goods' side: "U.S. blueberries, avocados gain access to China", "US beef
    /// wins access to Chinese market". Not a chip maker's access, which is its own government's licence
    /// ("Nvidia Regains Access to China's A.I. Market").
    private func goodsGainAccessClaim(in range: Range<Int>) -> Claim? {
        guard range.lowerBound < titleTokenCount else { return nil }
        for a in range where tokens[a].text == "access" && a > range.lowerBound && a + 2 < range.upperBound {
            var v = a - 1
            if tokens[v].text == "market", v > range.lowerBound { v -= 1 }
            guard Self.accessGainingVerbs.contains(tokens[v].text), tokens[a + 1].text == "to" else { continue }
            var c = a + 2
            while c < range.upperBound, Self.determiners.contains(tokens[c].text) { c += 1 }
            guard c < range.upperBound, ann.actor[c]?.value == .china || ann.side[c] == .china else { continue }
            let subject = range.lowerBound..<v
            guard subject.contains(where: { ann.side[$0] == .us || ann.actor[$0]?.value == .us }),
                  !subject.contains(where: { k in ann.topic[k].map { $0.value.candidates.contains { $0.topic != .nonTariffCountermeasures } } ?? false }),
                  !subject.contains(where: { ann.has(.negation, at: $0) || ann.has(.demand, at: $0) || ann.verb[$0] != nil })
            else { continue }
            let modality: Modality = subject.contains(where: { ann.has(.modal, at: $0) || ann.has(.infinitive, at: $0) }) ? .announced : .action
            return Claim(topic: .nonTariffCountermeasures, actor: .china, direction: .easing, modality: modality,
                         evidence: evidence(range), matched: [tokens[v].text, "access", tokens[c].text],
                         inTitle: true, implied: false)
        }
        return nil
    }
}
