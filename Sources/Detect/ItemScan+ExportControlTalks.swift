import Model

// "US, China to discuss export controls, officials say", "China, U.S. agree to talk exports", "Officials say
// US and China will hold discussions on export controls": the two governments agreeing to talk about export
// controls open the channel the baseline's export-control dialogue is (../shared/eval/README.md; the labelled
// items count it an easing every time). Talk that is only held ("Commerce Officials Talk Export Enforcement
// With China"), or one side's wish to talk, is not.
extension ItemScan {
    static let discussWords: WordSet = ["discuss", "talk", "discussions", "talks"]

    func exportControlTalksClaim(in range: Range<Int>) -> Claim? {
        guard let d = range.first(where: { k in
            Self.discussWords.contains(tokens[k].text) && k > range.lowerBound && agreedOrAhead(before: k, range)
        }) else { return nil }
        // What is talked about: export controls, or exports, within a few words.
        let subject = (d + 1)..<min(d + 4, range.upperBound)
        guard subject.contains(where: { tokens[$0].text == "exports" || tokens[$0].text == "export"
                && $0 + 1 < range.upperBound && ["controls", "control"].contains(tokens[$0 + 1].text) }) else { return nil }
        // Both governments are the ones talking, named before it ("she and her Chinese counterpart agreed").
        let before = range.lowerBound..<d
        let bothSides = names(.us, in: before) && names(.china, in: before)
            || before.contains { tokens[$0].text == "counterpart" } && (names(.us, in: range) || names(.china, in: range))
        guard bothSides, !range.contains(where: { ann.other[$0] || ann.has(.negation, at: $0) }) else { return nil }
        return Claim(topic: .exportControlDialogue, actor: .us, direction: .easing, modality: .action,
                     evidence: evidence(range), matched: [tokens[d].text, "export controls"],
                     inTitle: range.lowerBound < titleTokenCount, implied: true)
    }

    /// "agree(d) to discuss", "to discuss", "will discuss", "will hold discussions on": talks agreed or set,
    /// not held.
    /// (Right after the sides or "agreed": "when US reached out to discuss" is one side's wish.)
    private func agreedOrAhead(before k: Int, _ range: Range<Int>) -> Bool {
        func governed(_ m: Int) -> Bool {
            m > range.lowerBound && ["to", "will"].contains(tokens[m].text)
                && (Self.agreeWords.contains(tokens[m - 1].text) || ann.side[m - 1] != nil || ann.actorEnds[m - 1]
                    || ann.actor[m - 1] != nil)
        }
        if ["discussions", "talks"].contains(tokens[k].text) {
            return k - 1 > range.lowerBound && tokens[k - 1].text == "hold" && governed(k - 2)
                && k + 1 < range.upperBound && ["on", "about", "over"].contains(tokens[k + 1].text)
        }
        return governed(k - 1)
    }

    static let agreeWords: WordSet = ["agree", "agrees", "agreed", "agreeing"]
}
