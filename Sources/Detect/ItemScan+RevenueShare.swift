import Model

// "Nvidia, AMD to Pay 15% of China Chip Sales to US Government", "Trump Lets Nvidia Sell H200 Chips to
// China for 25% Revenue Cut": chip firms handing the US government a share of their China sales is the
// price of the export licences the US grants them, so US tech controls ease (the 2025-26 H20, MI308 and
// H200 licences were granted this way).
extension ItemScan {
    static let handingWords: WordSet = ["share", "shares", "sharing", "pay", "pays", "paying", "cede", "cedes",
                                            "ceding", "give", "gives", "hand", "hands", "remit", "remits", "cut", "fee"]
    static let revenueWords: WordSet = ["revenue", "revenues", "sales", "proceeds", "cut", "fee"]

    func revenueShareClaim(in range: Range<Int>) -> Claim? {
        guard hasChina, !range.contains(where: { ann.has(.negation, at: $0) }),
              range.contains(where: { Self.revenueWords.contains(tokens[$0].text) }),
              range.contains(where: { Self.handingWords.contains(tokens[$0].text) }) else { return nil }
        // A share, not a change in sales: "15%", "25 percent", or "revenue-sharing".
        let share = range.contains { ["%", "percent"].contains(tokens[$0].text) }
            || range.contains { tokens[$0].text == "revenue" && after($0) == "sharing" }
        // Chips sold, and the US (its government) paid.
        let chips = range.contains { ann.topic[$0].map { $0.value.candidates.contains { $0.topic == .techControls } } ?? false }
        let government = range.contains { ann.side[$0] == .us || ann.actor[$0]?.value == .us
            || ["government", "washington", "treasury"].contains(tokens[$0].text) }
        guard share, chips, government else { return nil }
        return Claim(topic: .techControls, actor: .us, direction: .easing, modality: .action,
                     evidence: evidence(range), matched: ["revenue share"],
                     inTitle: range.lowerBound < titleTokenCount, implied: true)
    }
}
