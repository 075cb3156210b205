import Model

// "FCC Votes to Deny China Mobile Bid to Operate in US", "FCC Withdraws Recognition from Chinese Labs", "FCC Pushes
// to Revoke Authorizations to China Telecom Americas": the US telecom regulator acting against Chinese firms or
// equipment restricts them (tech-controls, ../shared/eval/README.md: "a listing", "licences revoked"). What it acts
// on is an authority, a bid or a recognition, none of them a measure the lexicon knows, so the headline's regulator,
// its verb and China named with it say the move.
extension ItemScan {
    /// The regulator's restricting verbs, inflected: what it does to a firm's standing in the US.
    static let regulatorRestrictingVerbs: WordSet = [
        "revoke", "revokes", "revoked", "revoking", "deny", "denies", "denied", "ban", "bans", "banned", "bar", "bars",
        "barred", "block", "blocks", "blocked", "withdraw", "withdraws", "withdrew", "prohibit", "prohibits",
        "prohibited", "restrict", "restricts", "restricted", "designate", "designates", "designated",
    ]
    /// Verbs of the step toward the restriction: "votes to deny", "moves to revoke", "pushes to revoke".
    static let regulatorStepVerbs: WordSet = ["votes", "voted", "moves", "moved", "pushes", "pushed", "seeks", "acts"]

    func telecomRegulatorClaim(in range: Range<Int>) -> Claim? {
        // The regulator by its name as the lexicon knows it ("FCC", "Federal Communications Commission").
        guard range.lowerBound < titleTokenCount,
              let r = range.first(where: { ann.actor[$0].map { Self.telecomRegulators.contains($0.text) } ?? false }),
              let name = ann.actor[r] else { return nil }
        // The regulator is the subject: its verb follows it, at once or after a step ("votes to").
        var v = r + name.length
        var stepped = false
        if v + 1 < range.upperBound, Self.regulatorStepVerbs.contains(tokens[v].text), tokens[v + 1].text == "to" {
            v += 2
            stepped = true
        }
        guard v < range.upperBound, Self.regulatorRestrictingVerbs.contains(tokens[v].text),
              // China named in what it acts on: "Chinese labs", "China Mobile", not "foreign-made drones".
              ((v + 1)..<range.upperBound).contains(where: { tokens[$0].text == "chinese" || tokens[$0].text == "china" }),
              !(range.lowerBound..<v).contains(where: { ann.has(.negation, at: $0) || ann.has(.denial, at: $0) }) else { return nil }
        return Claim(topic: .techControls, actor: .us, direction: .tightening, modality: stepped ? .announced : .action,
                     evidence: evidence(range), matched: [tokens[v].text, "fcc", "china"], inTitle: true, implied: true)
    }
}
