import Model

// "Joint Statement on China-U.S. Economic and Trade Meeting in Geneva", "US, China issue joint
// statement after Geneva talks": a joint statement of the two governments on trade is what they
// agreed, so the talks track eases (../shared/eval/README.md: "a deal or framework agreed"). A
// statement with a third country ("Joint Statement on a United States - Vietnam Framework") or on
// something other than trade is not one.
extension ItemScan {
    func jointStatementClaim(in range: Range<Int>) -> Claim? {
        guard range.contains(where: { $0 + 1 < range.upperBound && tokens[$0].text == "joint"
            && ["statement", "statements"].contains(tokens[$0 + 1].text) }) else { return nil }
        guard names(.china, in: range), names(.us, in: range),
              range.contains(where: { ["trade", "economic", "tariffs", "tariff"].contains(tokens[$0].text) }),
              !range.contains(where: { ann.other[$0] || ann.has(.negation, at: $0) }) else { return nil }
        return Claim(topic: .talks, actor: titleActor ?? .us, direction: .easing, modality: .action,
                     evidence: evidence(range), matched: ["joint statement"],
                     inTitle: range.lowerBound < titleTokenCount, implied: true)
    }
}

// "Trump says U.S., China deal on rare earth minerals is 'done'", "Trump hails 'done' deal with China":
// a deal called done is a deal reached (the talks track eases).
extension ItemScan {
    func dealDoneClaim(in range: Range<Int>) -> Claim? {
        guard namesChina, let d = range.first(where: { tokens[$0].text == "done" }),
              range.contains(where: { k in ["deal", "agreement", "pact"].contains(tokens[k].text) && abs(k - d) <= 6 }),
              // "deal will 'hopefully' be done by Thanksgiving": a deal to come is not done.
              !range.contains(where: { ann.has(.negation, at: $0) || ann.has(.analysis, at: $0) || ann.has(.modal, at: $0)
                  || ann.has(.goal, at: $0) || ["hopefully", "expects", "expected", "soon", "yet"].contains(tokens[$0].text) }),
              !range.contains(where: { ann.other[$0] }) else { return nil }
        return Claim(topic: .talks, actor: titleActor ?? .us, direction: .easing, modality: .action,
                     evidence: evidence(range), matched: ["deal", "done"],
                     inTitle: range.lowerBound < titleTokenCount, implied: true)
    }
}
