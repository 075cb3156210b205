import Model

// Step 6 of a verb claim (ItemScan+VerbClaims.swift): a US-China position.
extension ItemScan {
    /// A term at `i` that names `topic` itself ("chemicals", "gallium"), not a generic one.
    func isTopicTerm(_ i: Int, _ topic: Topic) -> Bool {
        ann.topic[i].map { $0.value.specific && $0.value.candidates[0].topic == topic } ?? false
    }

    /// Only US-China positions: the US's measures need China in the item
    /// (or a measure aimed at it by design), China's need the US (or its
    /// global rare-earth regime); neither when the target is a third country.
    func isUSChinaPosition(topic: Topic, actor who: Actor, object: VerbObject, topicIndex: Int?,
                           namedSubject: Bool, _ range: Range<Int>) -> Bool {
        if topic == .rareEarthExports, sentenceHas(.domestic, range), !hasExportWord(range) { return false }
        // "curb the export of fentanyl and precursor chemicals": drug control, not chemical export controls.
        if topic == .chemicals, sentenceHas(.offTopic, range) { return false }
        // "China enacts restrictions on precursor chemicals to US": a generic control of China's on chemicals or
        // drug precursors is not its rare-earth regime (nor the US's chemical controls).
        if topic == .rareEarthExports, object.span.contains(where: { isTopicTerm($0, .chemicals) || ann.has(.offTopic, at: $0) }),
           !object.span.contains(where: { isTopicTerm($0, .rareEarthExports) }) { return false }
        switch who {
        case .us:
            // The controls the London talks traded (EDA, engines, ethane, nuclear) are China's by context.
            let tradedControl = [.edaSoftware, .jetEngines, .chemicals, .nuclear].contains(topic) && !otherItem
            if !hasChina && !tradedControl && !chinaAimedInstrument(topicIndex) { return false }
            // "Carney reaches deal with Beijing": a third country's deal or tariffs, the US never named.
            if otherItem, !namesUS, [.tariffs, .talks, .exportControlDialogue].contains(topic) { return false }
            // (A third country's firms given leave for their business in China are the US's move on China.)
            if object.targetOther && !object.targetChina && !(object.thirdCountryOnlyAsFirmOrigin && topic == .techControls) { return false }
            // "safeguard tariffs on imported large residential washing machines": a safeguard is on all imports,
            // not a US-China position, unless aimed at China by name.
            if topic == .tariffs, object.span.contains(where: { tokens[$0].text == "safeguard" }), !object.targetChina { return false }
            // "imposing additional 25 per cent tariffs on imports from India, with the new duties set to take
            // effect": tariffs in a sentence aimed at a third country, China not named in it.
            if topic == .tariffs, range.contains(where: { ann.other[$0] }), !names(.china, in: range),
               !names(.china, in: 0..<titleTokenCount) { return false }
            // "pause tariffs on most countries for 90 days but ... hike tariffs on China": other countries' move.
            if !object.targetChina, object.span.contains(where: { k in
                ["countries", "nations", "partners"].contains(tokens[k].text)
                    && k > object.start && ["most", "other", "all", "trading", "many"].contains(tokens[k - 1].text)
            }) { return false }
        case .china:
            // (Its controls on aerospace goods are a global regime too: "China to Impose Export Restrictions on Aviation
            // and Aerospace Components".)
            let globalRegime = topic == .rareEarthExports && hasRareEarthTerm
                || topic == .jetEngines && object.span.contains(where: { isTopicTerm($0, .jetEngines) })
            // China's unreliable entity list was made for US firms, as the US's Section 301 tariffs were for China.
            let usAimed = topic == .nonTariffCountermeasures
                && ann.topic.contains { $0.map { Self.usAimedInstruments.contains($0.text) } ?? false }
            // "China bans foreign AI chips for state-funded data centres": the foreign chips China keeps out are
            // the US's (its chipmakers' goods), a countermeasure.
            let foreignGoods = topic == .nonTariffCountermeasures && object.span.contains { k in
                tokens[k].text == "foreign" && k + 1 < object.end && ann.topic[k + 1] != nil
            }
            if !globalRegime && !hasUS && !usAimed && !foreignGoods { return false }
            // "China curbs rare earth exports to Japanese companies": a headline about a third country, the US never named.
            if !hasUS, (0..<titleTokenCount).contains(where: { ann.other[$0] }) { return false }
            // "China resumes rare earth exports to EU as licence approvals accelerate": a headline about a third
            // country; a lede sentence that does not name the US is about it too.
            if range.lowerBound >= titleTokenCount, (0..<titleTokenCount).contains(where: { ann.other[$0] }),
               !names(.us, in: 0..<titleTokenCount), !names(.us, in: range) { return false }
            // Even the global regime aimed at a third country ("licences for Indian firms") is not a US-China move.
            if object.targetOther && !object.targetUS { return false }
            // China inferred from the measure alone, in a story about a third country that never names China.
            if !namedSubject, !namesChina, otherItem { return false }
        }
        return true
    }
}
