import Model

// "AI export control bill passes Senate", "Chip Security Act Clears Committee": a bill named by the
// measure it would make, advancing in Congress, is a US signal (../shared/eval/README.md: "Congress
// passing or advancing a bill is a US signal"). What the bill would do, when a verb says it ("bill to
// curb AI chip exports"), is that verb's own claim; this reads the bills named by a noun compound.
extension ItemScan {
    /// A bill's noun ("bill", "act", "legislation", "amendment"), by comparison: small strings compare by
    /// their bits, without hashing.
    static func isActNoun(_ t: String) -> Bool { t == "bill" || t == "act" || t == "legislation" || t == "amendment" }
    static let advancingWords: WordSet = ["passes", "passed", "clears", "cleared", "advances", "advanced",
                                              "approved", "approves", "passage", "sails", "heads"]

    /// Chip bills of 2025-26 are aimed at China by design (as the BIS's advanced-computing rules are).
    static let chipWords: WordSet = ["chip", "chips", "semiconductor", "semiconductors", "ai"]

    func billAdvancesClaim(in range: Range<Int>) -> Claim? {
        // (Every word of every item passes here: compared, not hashed.)
        for b in range where Self.isActNoun(tokens[b].text) {
            // The bill advances: "bill passes Senate", "Act Clears Committee", "in GAIN Act Passage".
            let next = (b + 1)..<min(b + 3, range.upperBound)
            guard next.contains(where: { Self.advancingWords.contains(tokens[$0].text) }) else { continue }
            // Its name, the compound before it: "AI export control bill", "Chip Security Act".
            var s = b - 1
            while s >= range.lowerBound, !tokens[s].isBoundary, ann.verb[s] == nil || ann.verb[s]!.value.alsoNoun,
                  !ann.has(.preposition, at: s), ann.actor[s] == nil, b - s <= 5 { s -= 1 }
            let name = (s + 1)..<b
            if name.contains(where: { Self.easingChangeWords.contains(tokens[$0].text) }) { continue }
            guard let t = name.first(where: { ann.topic[$0] != nil }), let term = ann.topic[t]?.value,
                  hasChina || name.contains(where: { Self.chipWords.contains(tokens[$0].text) }), !otherItem else { continue }
            let resolved = term.resolve(for: .us)
            guard resolved.actor == nil || resolved.actor == .us, resolved.topic != .talks else { continue }
            return Claim(topic: resolved.topic, actor: .us, direction: .tightening, modality: .signal,
                         evidence: evidence(range), matched: [tokens[b].text, ann.topic[t]!.text],
                         inTitle: range.lowerBound < titleTokenCount, implied: true)
        }
        return nil
    }
}

// A bill's own text, as Congress's feeds carry it: "H.R. 5885 Introduced in House (IH)", "119 S4281 IS:
// MATCH Act", "No Advanced Chips for the CCP Act of 2025." with the bill's long title or summary for a lede
// ("To provide for export restrictions on certain semiconductor manufacturing equipment", "This bill
// establishes a mandatory two-step approval process ... for exporting advanced AI chips to the People's
// Republic of China"). A bill not yet law is a US signal (../shared/eval/README.md); what it would do
// sets the direction. This reading gives only tightenings: a bill that would lift or repeal is left to its
// verb's own claim ("To repeal export restrictions on ..." eases), which `run()` marks a signal too.
extension ItemScan {
    static let billPurposeWords: WordSet = ["require", "requires", "requiring", "provide", "provides", "prohibit",
        "prohibits", "prohibiting", "restrict", "restricts", "establish", "establishes", "impose", "imposes", "ban",
        "bans", "limit", "limits", "amend", "amends"]
    static let liftingWords: WordSet = ["repeal", "repeals", "lift", "lifts", "remove", "removes", "terminate",
        "terminates", "ease", "eases", "rescind", "rescinds", "exempt", "exempts", "waive", "waives", "relief"]

    static let studyWords: WordSet = ["report", "reports", "study", "studies", "assessment", "assess", "briefing",
        "briefings", "evaluation", "evaluate", "effectiveness"]

    /// The headline names a bill as its document: a bill number, "Introduced in House/Senate", or a title
    /// that is an Act's name ("... Act", "... Act of 2025").
    var billTitle: Bool {
        let n = titleTokenCount
        guard n > 0 else { return false }
        // Token comparisons only: this runs on every item.
        for k in 0..<n {
            if tokens[k].text == "h.r." || tokens[k].text == "introduced" && k + 1 < n && tokens[k + 1].text == "in" { return true }
        }
        // The Act's name ends the headline, before a year or a full stop.
        var last = n - 1
        while last > 0, tokens[last].isBoundary || tokens[last].isNumber || tokens[last].text == "of" || tokens[last].text == ")" { last -= 1 }
        return tokens[last].text == "act" && !(0..<last).contains(where: { ann.verb[$0] != nil && !(ann.verb[$0]!.value.alsoNoun) })
    }

    /// `billDocument`: `billTitle`, computed once per item by the caller.
    func billTextClaim(in range: Range<Int>, billDocument: Bool) -> Claim? {
        guard billDocument, range.lowerBound >= titleTokenCount, range.count > 3 else { return nil }
        let first = tokens[range.lowerBound].text, second = tokens[range.lowerBound + 1].text
        let longTitle = first == "to" && Self.billPurposeWords.contains(second)
        let summary = first == "this" && second == "bill"
        guard longTitle || summary else { return nil }
        if range.contains(where: { Self.liftingWords.contains(tokens[$0].text) }) { return nil }
        // "To require a report on the effectiveness of export controls": a study of the measure, not a measure.
        if range.contains(where: { Self.studyWords.contains(tokens[$0].text) }) { return nil }
        guard let t = range.first(where: { ann.topic[$0] != nil && ann.topic[$0]!.value.resolve(for: .us).topic != .talks }),
              let term = ann.topic[t]?.value else { return nil }
        // Chip bills of 2025-26 are aimed at China by design, "countries of concern" included.
        guard hasChina || range.contains(where: { Self.chipWords.contains(tokens[$0].text) }), !otherItem else { return nil }
        let resolved = term.resolve(for: .us)
        guard resolved.actor == nil || resolved.actor == .us else { return nil }
        return Claim(topic: resolved.topic, actor: .us, direction: .tightening, modality: .signal,
                     evidence: evidence(range), matched: [first, second, ann.topic[t]!.text],
                     inTitle: false, implied: true)
    }
}

// "House Panel Advances Bill to Give Congress Oversight Over AI Chip Exports", "Senators Unveil Bill to
// Block Trump from Allowing AI Chip Sales to China", "GOP effort to thwart chip sales to China gains steam",
// "call for congressional review on AI chip exports": a bill or a push in Congress whose purpose is to
// review, approve, block or restrict exports is a US tightening signal, whatever the verb of the headline
// (introduced, unveiled, renewed, backed). A bill to drop or lift restrictions is left to its verbs.
extension ItemScan {
    static let pushNouns: WordSet = ["bill", "legislation", "act", "push", "effort", "efforts", "call", "calls", "measure"]
    static let purposeMarks: WordSet = ["to", "for", "would", "on", "that"]
    static let curbingPurposes: WordSet = ["oversight", "review", "reviewing", "approval", "approve", "scrutinize",
        "scrutiny", "block", "blocking", "thwart", "prevent", "preventing", "require", "requiring", "restrict",
        "restricting", "curb", "curbing", "limit", "limiting", "ban", "banning", "control", "mandate", "veto"]
    /// "Bill to Prevent the Chinese Communist Party ... from Stealing Sensitive Technologies": with China named.
    static let technologyWords: WordSet = ["technology", "technologies", "tech"]
    static let congressWords: WordSet = ["congress", "congressional", "lawmakers", "lawmaker", "senators", "senator",
        "house", "senate", "congressmen", "congressman", "gop", "republicans", "democrats", "representatives", "rep.", "panel", "committee", "bipartisan"]
    static let urgingWords: WordSet = ["urge", "urges", "urged", "urging"]
    static let undoingWords: WordSet = ["drop", "drops", "lift", "lifts", "repeal", "repeals", "ease", "eases", "loosen",
        "relax", "scrap", "scraps", "end", "ends", "remove", "removes", "exempt"]

    func billPurposeClaim(in range: Range<Int>) -> Claim? {
        // What is curbed is a topic term or chips aimed at China: a sentence with neither is skipped before any
        // word is compared (this runs on every sentence of every item).
        guard hasChina || range.contains(where: { ann.topic[$0] != nil }) else { return nil }
        // The noun of the bill or push, with its purpose right after it.
        for b in range where Self.pushNouns.contains(tokens[b].text) && b + 2 < range.upperBound {
            guard Self.purposeMarks.contains(tokens[b + 1].text) else { continue }
            let purpose = (b + 2)..<min(b + 8, range.upperBound)
            guard let p = purpose.first(where: { Self.curbingPurposes.contains(tokens[$0].text) }) else { continue }
            // "call on" and "push on" name whom they press, not a purpose.
            if tokens[b + 1].text == "on", !["oversight", "review", "scrutiny"].contains(tokens[p].text) { continue }
            // ("Bill to ban Chinese drones dies in committee": a bill that fails would have done it.)
            if range.contains(where: { Self.undoingWords.contains(tokens[$0].text) || Self.billFailureWords.contains(tokens[$0].text) }) { return nil }
            // A push, an effort or a call is Congress's only when the sentence names Congress ("U.S. efforts to
            // restrict high technology exports" are the government's policy so far); a bill someone "urged"
            // Congress to pass has not moved.
            if !["bill", "legislation", "act", "measure"].contains(tokens[b].text),
               !range.contains(where: { Self.congressWords.contains(tokens[$0].text) }) { continue }
            if (range.lowerBound..<b).contains(where: { Self.urgingWords.contains(tokens[$0].text) }) { continue }
            // What is curbed: chips or another tech-control term, after the purpose word.
            let rest = (p + 1)..<min(p + 12, range.upperBound)
            let tech = rest.first { k in
                Self.chipWords.contains(tokens[k].text) || hasChina && Self.technologyWords.contains(tokens[k].text) || ann.topic[k].map { $0.value.resolve(for: .us).topic == .techControls } == true
            }
            // A third country in the sentence makes it that country's bill or market ("Indian American Representatives"
            // in a lede names no party).
            guard let t = tech, hasChina || Self.chipWords.contains(tokens[t].text), !range.contains(where: { ann.other[$0] }) else { continue }
            return Claim(topic: .techControls, actor: .us, direction: .tightening, modality: .signal,
                         evidence: evidence(range), matched: [tokens[b].text, tokens[p].text, tokens[t].text],
                         inTitle: range.lowerBound < titleTokenCount, implied: true)
        }
        return nil
    }
}

// "Senate passes China currency bill", "US House of Representatives passes bill on foreign currency", "Chinese
// officials blast Senate currency bill": Congress's currency bills (the Currency Exchange Rate Oversight Reform
// Act, the Currency Reform for Fair Trade Act) would let the US answer an undervalued yuan with duties, so a
// currency bill in Congress is a US tariff signal (../shared/eval/README.md: "Congress passing or advancing a
// bill is a US signal"). The word "currency" names no topic of its own: a currency-manipulator designation
// or a swap line is no tariff, so only a bill so named reads this way.
extension ItemScan {
    static let currencyWords: WordSet = ["currency", "currencies", "yuan", "renminbi", "rmb"]

    func currencyBillClaim(in range: Range<Int>) -> Claim? {
        guard hasChina, !otherItem else { return nil }
        for b in range where Self.isActNoun(tokens[b].text) {
            // "currency", in the bill's name before its noun ("China currency bill", "Currency Exchange Rate Oversight
            // Reform Act") or in what it is on, after ("bill on foreign currency", "bill targeting China's currency").
            func plainWord(_ k: Int) -> Bool { !tokens[k].isBoundary && (ann.verb[k] == nil || ann.verb[k]!.value.alsoNoun) }
            var named = false
            var k = b - 1
            while k >= range.lowerBound, b - k <= 6, plainWord(k) {
                if Self.currencyWords.contains(tokens[k].text) { named = true; break }
                k -= 1
            }
            k = b + 1
            while !named, k < min(b + 6, range.upperBound), !tokens[k].isBoundary {
                if Self.currencyWords.contains(tokens[k].text) { named = true }
                k += 1
            }
            guard named else { continue }
            // Congress has it: the sentence names a chamber or its members.
            guard range.contains(where: { Self.congressWords.contains(tokens[$0].text) }),
                  !range.contains(where: { Self.billFailureWords.contains(tokens[$0].text) || Self.undoingWords.contains(tokens[$0].text) })
            else { return nil }
            return Claim(topic: .tariffs, actor: .us, direction: .tightening, modality: .signal,
                         evidence: evidence(range), matched: [tokens[b].text, "currency"],
                         inTitle: range.lowerBound < titleTokenCount, implied: true)
        }
        return nil
    }
}
