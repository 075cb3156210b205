import Model

// Step 4 of a verb claim, for the verbs that say their own way (ItemScan+VerbMove.swift).
extension ItemScan {
    static let lawNouns: WordSet = ["law", "laws", "legislation", "regulation", "regulations"]

    /// An easing verb ("lifts", "removes", "approves"): it eases, unless what it undoes was itself a relief.
    /// Verbs that do away with what they act on, whichever way that moves it.
    static let discardingVerbs: WordSet = ["scrap", "remove", "drop", "axe", "nix", "ditch"]
    static let quotaNouns: WordSet = ["quota", "quotas"]
    static let requirementWords: WordSet = ["requirement", "requirements", "regime", "system", "rules"]

    func easingMove(_ f: MoveFacts) -> VerbMove? {
        let sense = f.verb.value, object = f.object, all = f.object.all, range = f.range, measure = f.measure,
            flow = f.flow, respite = f.respite
        // "excluding merchandise covered by tariffs from a program that offers duty-free access": out of a relief.
        if ["remove", "delist", "drop", "strip", "exclude"].contains(sense.lemma) && outOfAPermissionProgram(object.span, range) {
            // "removing Chinese affiliates from its Validated End-User List": a permission withdrawn.
            return move(.tightening)
        }
        // "US Drops New Export Controls on the Chinese Semiconductor ... Industries": "drops" a new measure is
        // as often releasing it as dropping it; the way cannot be told.
        if sense.lemma == "drop", object.start < object.end, tokens[object.start].text == "new" { return nil }
        // "China approves new law to counter foreign sanctions": a law approved is enacted, and what it does is
        // its own verb's claim, not an approval's easing.
        if Self.approvingVerbs.contains(sense.lemma),
           (object.start..<min(object.start + 3, object.end)).contains(where: { Self.lawNouns.contains(tokens[$0].text) }) {
            return nil
        }
        // "clearing the way for an outright ban on products made by Huawei": what the way is cleared for.
        if let paved = pavesTheWay(object, range) { return move(paved) }
        if Self.approvingVerbs.contains(sense.lemma), object.isMeasure, !respite, !flow, !all.contains(.respite),
           !all.contains(.deal) {
            return move(.tightening)  // "Trump Approves Tariffs on About $50 Billion of Chinese Goods"
        }
        // ("removal of" is the noun of "remove"; its entry's lemma is its group's first phrase.)
        let discarding = Self.discardingVerbs.contains(sense.lemma) || sense.isChangeNoun && f.verb.text.hasPrefix("removal")
        // "US scraps exemption for Chinese goods from tariffs", "lifts the pause": a respite undone.
        if respite, !measure, !object.head.contains(.deal), Self.undoingVerbs.contains(sense.lemma) || discarding {
            return move(.tightening)
        }
        // "China scraps purchases of US soybeans", "US scraps the tariff truce with China": a flow or a deal done
        // away with is cut off or broken, not a measure lifted.
        // (Licences scrapped are the next check's: revoked, or the requirement for them dropped; "licence
        // requirement dropped" drops a control.)
        // (A direct object only: a passive's subject words are the next clause's too.)
        if discarding, object.start < object.directEnd, !measure,
           flow && !respite || object.head.contains(.deal),
           !object.span.contains(where: { Self.permissionNouns.contains(tokens[$0].text) || Self.requirementWords.contains(tokens[$0].text)
               // "China scraps rare earth export quotas": a quota caps the flow; done away with, the cap goes.
               || Self.quotaNouns.contains(tokens[$0].text) }) {
            return move(.tightening)
        }
        // "Tariff truce with China scrapped": the same, told as a headline passive.
        if discarding, sense.participle, object.start >= object.directEnd, !measure, object.head.contains(.deal) || respite {
            return move(.tightening)
        }
        // "Trump reverses tariff cut on Chinese goods", "lifts the suspension of export controls": an easing
        // of a measure undone tightens.
        if Self.undoingVerbs.contains(sense.lemma), easingChangeOfMeasure(object) == true { return move(.tightening) }
        // "scraps export licences for rare earths": the licences revoked, or the licensing requirement dropped?
        // Headlines say both; without "requirement" the way cannot be told.
        if Self.undoingVerbs.contains(sense.lemma), let h = object.headIndex, Self.permissionNouns.contains(tokens[h].text),
           !(object.start..<min(object.end + 1, range.upperBound)).contains(where: { Self.requirementWords.contains(tokens[$0].text) }) {
            return nil
        }
        return move(.easing)
    }

    /// A tightening verb ("curbs", "faces", "threatens", "denies"): it tightens when what it acts on is a measure,
    /// a probe or a flow; a threat takes its way from the change threatened.
    func tighteningMove(_ f: MoveFacts) -> VerbMove? {
        let sense = f.verb.value, object = f.object, all = f.object.all, range = f.range, respite = f.respite,
            firstTopic = f.firstTopic
        // "China sanctions US broiler chicken imports" over a lede of duties removed: one sanctions firms and officials;
        // imports "sanctioned" are as likely allowed as punished, so the verb tells no way.
        if sense.lemma == "sanction", object.isFlow { return nil }
        if sense.lemma == "face" {
            // What a target faces must be a probe or a crackdown ("face heightened scrutiny"); "goods face
            // 245% tariffs" describes rates in force, "talks face uncertainty" is news.
            if all.contains(.probe) && firstTopic != .talks { return move(.tightening) }
            // "US auto imports face anti-dumping duties": a trade-remedy duty is set case by case, so one faced is
            // news of the case, not the rates in force.
            if (object.start..<object.directEnd).contains(where: { namesRemedy(at: $0) || tokens[$0].text == "punitive" }),
               (object.start..<object.directEnd).contains(where: { ann.objects[$0].contains(.measure) }), !respite {
                return move(.tightening)
            }
            // "Chinese chipmakers face tougher US export rules from December 2", "face new tariffs": a measure
            // named as new is one being imposed, not the rates in force.
            if let m = (object.start..<object.directEnd).first(where: { ann.objects[$0].contains(.measure) }),
               (object.start..<m).contains(where: { ann.has(.novelty, at: $0) }), !respite {
                return move(.tightening)
            }
            // "China faces 125% tariff increase": a measure named with its rise right after it is the rise.
            if let m = (object.start..<object.directEnd).first(where: { ann.objects[$0].contains(.measure) }),
               let span = ann.topic[m], m + span.length < range.upperBound,
               Self.raiseNouns.contains(tokens[m + span.length].text), !respite {
                return move(.tightening)
            }
            return nil
        }
        // "compiled a list of American-made goods that will be excluded from its 125 per cent tariffs": a list
        // of what is spared is a relief, not a blacklist.
        if sense.lemma.hasSuffix("list of"), ((f.v + f.verb.length)..<range.upperBound).contains(where: {
            ["excluded", "exempted", "exempt", "exemption", "exemptions", "exclusion", "exclusions", "spared", "waived"]
                .contains(tokens[$0].text) }) {
            return nil
        }
        if ["refuse", "deny"].contains(sense.lemma) {
            // "set to refuse export of three ethane shipments": a flow refused; refusing a request is no measure.
            // "denies that the two sides are holding consultations": a statement denied, not a flow.
            // "plans to deny request to ship ethane to China": an application to ship, sell or export is a flow's.
            let applicationToShip = (object.start..<object.end).contains { k in
                ["request", "requests", "application", "applications", "bid"].contains(tokens[k].text) && k + 2 < object.end
                    && tokens[k + 1].text == "to" && Self.shippingVerbs.contains(tokens[k + 2].text)
            }
            return (all.contains(.flow) || applicationToShip) && after(object.start - 1) != "that" ? move(.tightening) : nil
        }
        if (object.start..<object.directEnd).contains(where: { Self.relationshipNouns.contains(tokens[$0].text) }) {
            // "strengthen the economic and trade relationship with China": ties made closer are no measure.
            return nil
        }
        guard sense.isThreat else { return move(.tightening) }
        // "Trump Threatens China with Tariffs": the measure threatened follows "with".
        if let w = object.span.first(where: { tokens[$0].text == "with" }),
           ((w + 1)..<min(w + 4, object.end)).contains(where: { ann.objects[$0].contains(.measure) }) {
            return move(.tightening)
        }
        // "weigh tariff cuts", "mulls suspension of curbs": the change considered sets the way.
        for k in object.start..<min(object.end + 2, range.upperBound) {
            if Self.easingChangeWords.contains(tokens[k].text) { return move(.easing) }
            if Self.tighteningNouns.contains(tokens[k].text) || ["hike", "hikes", "increase", "increases"].contains(tokens[k].text) {
                return move(.tightening)
            }
        }
        // "eye a tariff truce": a deal in view is the talks being previewed.
        if all.contains(.deal) || all.contains(.respite) { return nil }
        // What is sought or weighed is the direct object: "seek curbs", not "seek clarity on rules".
        let direct = (object.start..<object.directEnd).contains { !tokens[$0].hyphenAfter && ann.objects[$0].contains(.measure) }
        return move(direct ? .tightening : nil)
    }
}
