import Model

// Wordings that tell the climate, not a move: a verb on a mood ("raise hopes"), a trade war that
// eases or escalates by itself, talks resumed (talks being held are neutral under the policy).
extension ItemScan {
    static let moodNouns: WordSet = ["hopes", "hope", "fears", "fear", "concerns", "concern", "worries", "worry",
                                         "expectations", "optimism", "pessimism", "sentiment", "anxiety", "jitters",
                                         "questions", "doubts", "uncertainty", "speculation", "eyebrows"]

    /// The text of the token after `k`, nil at the end.
    func after(_ k: Int) -> String? { k + 1 < tokens.count ? tokens[k + 1].text : nil }

    /// Talks by their names as topic terms.
    static let talksTerms: WordSet = ["talks", "trade talks", "negotiations", "consultations", "dialogue"]

    static let warTerms: WordSet = ["trade war", "tariff war"]
    // (Static: built once, not on every call.)
    static let warModifiers: WordSet = ["the", "a", "us", "u.s.", "china", "-", "\u{2013}", "us-china", "u.s.-china", "ongoing",
                                            "escalating", "bilateral", "global", "bruising", "protracted", "its", "their", "this"]
    static let warSettings: WordSet = ["to", "in", "amid", "from", "during", "over", "despite", "of", "into", "through", "since",
                                           "after", "by", "with"]
    static let warEnds: WordSet = ["end", "halt", "truce", "ceasefire", "pause", "escalation", "de-escalation", "resolution",
                                       "settlement"]

    /// A trade war named after a preposition is the setting of the story, not what moves:
    /// "opportunity out of US-China trade war", "billions lost to the trade war",
    /// "amid the tariff war". An end or a truce "to"/"in" it still moves it.
    func warIsSetting(at i: Int, clause: Int) -> Bool {
        let modifiers = Self.warModifiers
        var k = i - 1
        while k >= clause, modifiers.contains(tokens[k].text) || ann.actor[k] != nil { k -= 1 }
        guard k >= clause else { return false }
        guard Self.warSettings.contains(tokens[k].text) else { return false }
        return k == clause || !Self.warEnds.contains(tokens[k - 1].text)
    }
}
