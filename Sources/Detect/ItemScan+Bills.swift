import Model

// "AI export control bill passes Senate", "Chip Security Act Clears Committee": a bill named by the
// measure it would make, advancing in Congress, is a US signal (../shared/eval/README.md: "Congress
// passing or advancing a bill is a US signal"). What the bill would do, when a verb says it ("bill to
// curb AI chip exports"), is that verb's own claim; this reads the bills named by a noun compound.
extension ItemScan {
    static let actNouns: Set<String> = ["bill", "act", "legislation", "amendment"]
    static let advancingWords: Set<String> = ["passes", "passed", "clears", "cleared", "advances", "advanced",
                                              "approved", "approves", "passage", "sails", "heads"]

    /// Chip bills of 2025-26 are aimed at China by design (as the BIS's advanced-computing rules are).
    static let chipWords: Set<String> = ["chip", "chips", "semiconductor", "semiconductors", "ai"]

    func billAdvancesClaim(in range: Range<Int>) -> Claim? {
        for b in range where Self.actNouns.contains(tokens[b].text) {
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
