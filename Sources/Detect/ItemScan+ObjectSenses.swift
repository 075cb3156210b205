import Model

// What a verb acts on that turns its direction: lists, permissions, flows, channels.
extension ItemScan {
    /// Verbs of permission: what they allow is a flow, and before "to" and
    /// another direction verb they only carry that verb.
    static let permissions: WordSet = ["allow", "let", "permit", "approve", "grant", "greenlight", "green light",
                                           "authorize", "authorise"]

    /// A channel or dialogue about export controls, else the talks.
    func channelOrTalks(_ objectStart: Int, _ end: Int, _ range: Range<Int>) -> TopicTerm {
        let channel = (objectStart..<end).contains { ["channel", "dialogue", "mechanism", "hotline", "exchange", "sharing"].contains(tokens[$0].text) }
        // About controls when the sentence says so after the verb, or the headline does.
        let isControl = { (i: Int) in ["controls", "control", "curbs", "restrictions"].contains(self.tokens[i].text) }
        let aboutControls = (objectStart..<range.upperBound).contains(where: isControl)
            || (0..<titleTokenCount).contains(where: isControl)
        return TopicTerm(candidates: [(channel && aboutControls ? .exportControlDialogue : .talks, nil)], specific: true)
    }

    /// Verbs of receiving, and the permissions whose receipt eases.
    static let receivers: WordSet = ["receive", "obtain", "secure", "win", "get"]
    static let permissionNouns: WordSet = ["licence", "licences", "license", "licenses", "approval", "approvals",
                                               "waiver", "waivers", "exemption", "exemptions", "permit", "permits",
                                               "reprieve", "reprieves", "exclusion", "exclusions", "authorization",
                                               "authorizations", "authorisation", "authorisations", "registration", "registrations", "nod",
                                               "permission", "permissions"]

    /// Flows that a starting verb opens: exports, sales and the licences for them.
    static let openedFlows: WordSet = ["licence", "licences", "license", "licenses", "exports", "sales",
                                           "shipments", "approvals", "deliveries", "supplies"]

    /// What a new licence requirement is called, and the words that make a licence an opening instead.
    static let requiredPermits: WordSet = ["licence", "licences", "license", "licenses", "permit", "permits", "permission"]
    static let openingPermitWords: WordSet = ["general", "blanket", "fast", "faster", "green", "simplified", "streamlined", "facilitation"]

    /// "off" before a list in a verb's object: "takes firms off the entity list".
    func offTheList(_ object: Range<Int>) -> Bool {
        object.contains { k in
            tokens[k].text == "off" && ((k + 1)..<min(k + 5, object.upperBound)).contains { ann.objects[$0].contains(.list) }
        }
    }

    /// "with" before a measure or probe in a verb's object: "hits chipmakers with a probe".
    func withMeasure(_ object: Range<Int>) -> Bool {
        let bits: ObjectClasses = [.measure, .probe]
        return object.contains { k in
            tokens[k].text == "with" && ((k + 1)..<min(k + 5, object.upperBound)).contains { !ann.objects[$0].isDisjoint(with: bits) }
        }
    }

    static let tradeFlows: WordSet = ["exports", "imports", "shipments", "sales", "supplies", "supply",
                                          "deliveries", "purchases", "flows", "trade", "output", "production"]

    /// A subject naming goods moving, not a permission: "exports slow" is
    /// trade data, "the authorisation will end" is a move.
    func tradeFlowSubject(_ span: Range<Int>) -> Bool {
        span.contains { Self.tradeFlows.contains(tokens[$0].text) }
    }

    /// "allowed to expire", "let ... lapse": a permission verb before "to" and
    /// another direction verb; that verb carries the move.
    func permissionOfAnotherVerb(_ v: Int, verb: Annotations.VerbSpan) -> Bool {
        guard Self.permissions.contains(verb.value.lemma) else { return false }
        let next = v + verb.length
        // "allows registrations to expire", "lets US beef plant registrations lapse": the lapse after the object.
        if let m = (next..<min(next + 8, tokens.count)).first(where: { ann.verb[$0].map { Self.lapseLemmas.contains($0.value.lemma) } ?? false }),
           tokens[m].sentence == tokens[v].sentence,
           !(next..<m).contains(where: { tokens[$0].isBoundary }),
           tokens[m - 1].text == "to" || verb.value.lemma == "let" { return true }
        // "authorizing the Department of the Treasury to regulate U.S. technology investments": a power given
        // to a government is no flow let through; what that government is to do carries the move, if anything
        // ("allows the US to resume beef exports" still lets the easing through).
        if let to = (next..<min(next + 7, tokens.count)).first(where: { tokens[$0].text == "to" || tokens[$0].isBoundary }),
           tokens[to].text == "to", tokens[to].sentence == tokens[v].sentence,
           (next..<to).contains(where: { k in ann.actor[k].map { k + $0.length == to } ?? false }),
           // (Not the grantor: "a green light from the U.S. government to equip their Chinese plants".)
           !(next..<to).contains(where: { ["from", "by"].contains(tokens[$0].text) }),
           to + 1 >= tokens.count || ann.verb[to + 1]?.value.verbClass != .easing { return true }
        guard next + 1 < tokens.count, tokens[next].text == "to", tokens[next + 1].sentence == tokens[v].sentence,
              let inner = ann.verb[next + 1] else { return false }
        return inner.value.verbClass != .easing
    }

    /// "from" before a list in a verb's object: "suspension of 17 entities from the list".
    func fromTheList(_ object: Range<Int>) -> Bool {
        object.contains { k in
            tokens[k].text == "from" && ((k + 1)..<min(k + 5, object.upperBound)).contains { ann.objects[$0].contains(.list) }
        }
    }
}

extension ItemScan {
    static let lapseLemmas: WordSet = ["expire", "lapse", "run out"]
}
