import Model

// "China rejects more U.S. corn due to MIR 162", "Tianjin's quality watchdog turned away 21,800 tonnes of U.S.
// corn", "China rejects U.S. distillers grain containing unapproved GMO strain": China's customs
// turning away the other side's farm goods is a customs block (../shared/eval/README.md: "China's ... customs
// blocks ... are non-tariff-countermeasures"). "Rejects" is otherwise a reaction or a denial ("China rejects US
// accusations"), so only farm goods its customs block by name, right after the verb, read this way.
extension ItemScan {
    static let rejectingWords: WordSet = ["rejects", "rejected", "rejecting", "returns", "returned", "destroys", "destroyed",
                                          // "Chinese customs detain US pork shipments": held at the border, as turned away.
                                          "detains", "detained", "detain", "seizes", "seized", "seize"]
    /// What may stand between the verb and the goods: "more", "a shipment of", "21,800 tonnes of".
    static let consignmentWords: WordSet = ["more", "another", "a", "the", "some", "shipment", "shipments", "cargo", "cargoes",
        "batch", "batches", "consignment", "consignments", "tonnes", "tons", "of", "dried"]
    /// The farm goods China's customs turn away by name (the lexicon's terms for them).
    static let farmGoods: Set<String> = ["corn", "soybeans", "soybean", "soy", "sorghum", "poultry", "poultry meat", "beef", "pork",
        "wheat", "chicken", "logs", "barley", "rice", "alfalfa", "dairy", "meat", "distillers grain", "distillers grains",
        "distiller's grain", "distiller's grains", "distiller’s grain", "distiller’s grains", "ddgs"]
    /// A noun after the goods that makes them a modifier of something else: "rejects US beef claims".
    static let notGoodsHeads: WordSet = ["claims", "claim", "accusations", "accusation", "demands", "demand", "proposal",
        "proposals", "offer", "offers", "deal", "criticism", "charges", "complaint", "complaints", "request", "requests"]

    func customsRejectionClaim(in range: Range<Int>) -> Claim? {
        guard hasChina, !otherItem else { return nil }
        for r in range {
            // "turned away 21,800 tonnes of U.S. corn": the phrasal verb as one.
            let turnedAway = ["turns", "turned", "turn"].contains(tokens[r].text) && r + 1 < range.upperBound && tokens[r + 1].text == "away"
            guard turnedAway || Self.rejectingWords.contains(tokens[r].text) else { continue }
            // China rejects: its name before the verb, not governed by a preposition.
            guard (range.lowerBound..<r).contains(where: { ann.actor[$0]?.value == .china && !governedByPreposition($0, range) }),
                  !(range.lowerBound..<r).contains(where: { ann.actor[$0]?.value == .us && !governedByPreposition($0, range) })
            else { return nil }
            var k = turnedAway ? r + 2 : r + 1
            while k < range.upperBound, Self.consignmentWords.contains(tokens[k].text) || tokens[k].isNumber || ann.side[k] == .us
                    || ann.actor[k]?.value == .us || ["'s", "’s"].contains(tokens[k].text) { k += 1 }
            guard k < range.upperBound, let span = ann.topic[k] else { return nil }
            let resolved = span.value.resolve(for: .china)
            let end = k + span.length
            guard resolved.topic == .nonTariffCountermeasures, resolved.actor == nil || resolved.actor == .china,
                  Self.farmGoods.contains(span.text),
                  end >= range.upperBound || !Self.notGoodsHeads.contains(tokens[end].text),
                  // The goods are American: named before them or right after ("from the United States").
                  (r..<k).contains(where: { ann.side[$0] == .us || ann.actor[$0]?.value == .us })
                    || (end..<min(end + 4, range.upperBound)).contains(where: { ann.actor[$0]?.value == .us })
            else { return nil }
            return Claim(topic: .nonTariffCountermeasures, actor: .china, direction: .tightening, modality: .action,
                         evidence: evidence(range), matched: [tokens[r].text, span.text],
                         inTitle: range.lowerBound < titleTokenCount, implied: true)
        }
        return nil
    }
}
