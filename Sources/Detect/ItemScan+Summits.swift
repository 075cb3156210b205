import Model

// Leaders' visits and summits: "Trump to visit Beijing in April", "Xi accepts
// invitation for state visit to Washington". A meeting of the two heads of
// state moves the talks track; rounds between officials do not.
extension ItemScan {
    static let leaders: [String: Actor] = ["trump": .us, "xi": .china, "jinping": .china]
    static let meetingWords: Set<String> = [
        "visit", "visits", "visiting", "visited", "summit", "summits", "meet", "meets", "meeting", "met",
        "host", "hosts", "hosting", "hosted", "invitation", "invite", "invites", "invited",
        "travel", "travels", "trip",
    ]

    /// A headline in which one leader meets, visits or invites the other side.
    /// `others` are the claims already found: a talks claim ("cancels visit",
    /// "summit may be off") says more than the meeting itself.
    func summitClaim(in range: Range<Int>, others: [Claim]) -> Claim? {
        guard range.lowerBound < titleTokenCount, !others.contains(where: { $0.topic == .talks }) else { return nil }
        var subject: Actor?
        var subjectText = ""
        var meeting: Int?
        for i in range {
            if subject == nil, let leader = Self.leaders[tokens[i].text] { subject = leader; subjectText = tokens[i].text }
            if meeting == nil, subject != nil, Self.meetingWords.contains(tokens[i].text) { meeting = i }
        }
        guard let who = subject, let m = meeting else { return nil }
        // The other side, named anywhere in the headline as its leader, country or capital.
        let counterpart = range.contains { i in
            Self.leaders[tokens[i].text].map { $0 != who } ?? ann.actor[i].map { $0.value != who } ?? false
        }
        guard counterpart else { return nil }
        let clause = clauseStart(m, range)
        for k in range.lowerBound..<m where ann.has(.negation, at: k) || ann.has(.denial, at: k) { return nil }
        for k in clause..<m where ann.has(.background, at: k) || ann.has(.demand, at: k) { return nil }
        let sense = VerbSense(lemma: tokens[m].text, verbClass: .settler, alsoNoun: false, participle: false,
                              impliedTopic: nil, isThreat: false)
        let modality = self.modality(at: m, sentence: range, sense: sense, negated: false, forceAnnounced: false)
        return Claim(topic: .talks, actor: who, direction: .easing, modality: modality, evidence: evidence(range),
                     matched: [tokens[m].text, subjectText], inTitle: true, implied: true)
    }
}
