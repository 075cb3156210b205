import Model

// Step 4 of a verb claim, for the verbs that add to or put on (ItemScan+VerbMove.swift).
extension ItemScan {
    /// An adder ("adds", "puts", "hits", "takes"): firms put on a list or goods under a measure tighten; a relief
    /// list is the other way round.
    func adderMove(_ f: MoveFacts) -> VerbMove? {
        let sense = f.verb.value, object = f.object, all = f.object.all, range = f.range, v = f.v, verb = f.verb,
            clause = f.clause, measure = f.measure, flow = f.flow, respite = f.respite
        if !all.contains(.list) && sense.participle && headlinePassive(v, verb: verb, range)
            && (clause..<v).contains(where: { ann.objects[$0].contains(.measure) }) {
            return move(.tightening)  // "Export requirements added for 44 Chinese entities"
        }
        if all.contains(.list) {
            // "adds Chinese goods to the tariff exclusion list": a relief granted; off it, a relief lost.
            if reliefList(in: object.span) { return move(offTheList(object.span) ? .tightening : .easing) }
            // "takes Chinese firms off the blacklist", "strikes US firms off the list": a removal.
            return move(offTheList(object.span) ? .easing : .tightening)
        }
        // "Additions of Entities, Revisions of Entries, and Removal of an Entity From the Entity List".
        if sense.isChangeNoun, range.lowerBound < titleTokenCount,
           (object.end..<range.upperBound).contains(where: { ann.objects[$0].contains(.list) }) {
            return move(.tightening)
        }
        // "places a licence requirement on H20 exports", "puts restrictions on": a measure put on a thing is imposed.
        if ["place", "put"].contains(sense.lemma),
           let on = [object.directEnd - 1, object.directEnd].first(where: { $0 >= object.start && $0 < range.upperBound && tokens[$0].text == "on" }),
           (object.start..<on).contains(where: { ann.objects[$0].contains(.measure) }) {
            // "puts tariffs on hold": a pause.
            let paused = (object.start..<min(object.end + 3, range.upperBound - 1)).contains {
                tokens[$0].text == "on" && ["hold", "ice"].contains(tokens[$0 + 1].text)
            }
            return move(paused ? .easing : .tightening)
        }
        // "China puts US soy buying on hold": a flow paused stops.
        if ["place", "put"].contains(sense.lemma), flow || all.contains(.flow), !measure,
           object.start < min(object.end + 3, range.upperBound - 1),
           (object.start..<min(object.end + 3, range.upperBound - 1)).contains(where: {
               tokens[$0].text == "on" && ["hold", "ice"].contains(tokens[$0 + 1].text) }) {
            return move(.tightening)
        }
        // "Trump adds 10% tariff on Chinese goods", "adds new export restrictions on chips": a measure added
        // is imposed (a relief added is not: "adds exemptions").
        if sense.lemma == "add", !sense.isChangeNoun, measure, !respite, !flow, !all.contains(.respite),
           (object.start..<object.directEnd).contains(where: { ann.objects[$0].contains(.measure) }) {
            return move(.tightening)
        }
        // "Trump Adds Tariff Exemptions for Smartphones", "adds exemptions to China tariffs": a relief added is granted.
        // (In a rule's abstract, "is adding new license exceptions" in conjunction with an expansion is a part of the
        // rule, which its other verbs tell: no move of its own there.)
        if sense.lemma == "add", !sense.isChangeNoun,
           (object.start..<max(object.start, object.directEnd)).contains(where: { ann.objects[$0].contains(.respite) }) {
            return move(range.lowerBound < titleTokenCount ? .easing : nil)
        }
        // "adds $60B of US goods to its import tariff": goods put under a measure.
        if sense.lemma == "add", let to = object.span.first(where: { tokens[$0].text == "to" }),
           ((to + 1)..<min(to + 5, object.end)).contains(where: { ann.objects[$0].contains(.measure) }) {
            return move(.tightening)
        }
        if sense.lemma == "hit", withMeasure(object.span) {
            return move(.tightening)  // "hits US chipmakers with anti-dumping probe"; not "tariffs hit exports"
        }
        if sense.lemma == "take", object.span.contains(where: { ["countermeasures", "retaliation"].contains(tokens[$0].text) }) {
            return move(.tightening)  // "to take countermeasures against US port fees"
        }
        if sense.lemma == "take", object.span.contains(where: { ["measures", "action", "actions"].contains(tokens[$0].text) }),
           object.span.contains(where: { tokens[$0].text == "against" }) {
            return move(.tightening)  // "takes provisional anti-dumping measures against sorghum imported from the US"
        }
        return nil
    }
}
