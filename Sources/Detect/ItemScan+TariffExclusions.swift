import Model

// "Fourth Set of Exclusions to List 3 Issued", "Section 301 Tariff Exclusion Requests Granted China List 3", "More
// Exclusions Extended", "New Medical Supply Tariff Exclusions": exclusions from the tariffs granted, issued, extended
// or reinstated lift those tariffs for the goods (../shared/eval/README.md: "waived"). Trade-compliance headlines
// name them without the agency, so the verb claims, which ask for the USTR, miss them. Processes, comment requests
// and exclusions considered or let expire are no grant (a consultation, read elsewhere, or no claim here).
extension ItemScan {
    /// Words that grant exclusions, before or after the noun: "grants new exclusions", "Exclusions ... Issued".
    static let exclusionGrantWords: WordSet = [
        "granted", "grants", "grant", "issued", "issues", "extended", "extends", "extend", "extension", "extensions",
        "reinstated", "reinstates", "reinstatement", "approved", "approves", "new",
    ]
    /// Words that make the headline about a process, a question or an end instead.
    static let exclusionNoGrantWords: WordSet = [
        "process", "procedures", "procedure", "comments", "comment", "consider", "considers", "consideration",
        "request", "requests", "expire", "expires", "expired", "expiring", "expiry", "end", "ends", "ended", "seeking",
        "seeks", "may", "could", "possible", "proposed", "previously",
    ]

    func tariffExclusionsClaim(in range: Range<Int>) -> Claim? {
        guard range.lowerBound < titleTokenCount,
              // (Exclusions only: "exemptions" and "waivers" are also other measures' and other countries'.)
              let e = range.first(where: { ["exclusion", "exclusions"].contains(tokens[$0].text) }),
              (max(range.lowerBound, e - 6)..<min(e + 7, range.upperBound)).contains(where: { Self.exclusionGrantWords.contains(tokens[$0].text) }),
              // ("Exclusion Requests Granted": requests granted are exclusions granted.)
              !range.contains(where: { Self.exclusionNoGrantWords.contains(tokens[$0].text)
                  && !(tokens[$0].text == "requests" && $0 == e + 1) }),
              !range.contains(where: { ann.has(.negation, at: $0) || ann.has(.consultation, at: $0) || ann.has(.analysis, at: $0) })
        else { return nil }
        // China's own exclusions from its retaliatory tariffs, or for American goods ("Exclusion List for U.S.
        // Imports"); else the US's, from the Section 301 tariffs.
        let americanGoods = ((e + 1)..<min(e + 6, range.upperBound)).contains { ann.side[$0] == .us || ann.actor[$0]?.value == .us }
        let china = range.contains { tokens[$0].text == "retaliatory" } || ann.actor[range.lowerBound]?.value == .china || americanGoods
        return Claim(topic: .tariffs, actor: china ? .china : .us, direction: .easing, modality: .action,
                     evidence: evidence(range), matched: [tokens[e].text], inTitle: true, implied: true)
    }
}
