import Model

// Wordings that tell the climate, not a move: a verb on a mood ("raise hopes"), a trade war that
// eases or escalates by itself, talks resumed (talks being held are neutral under the policy).
extension ItemScan {
    static let moodNouns: Set<String> = ["hopes", "hope", "fears", "fear", "concerns", "concern", "worries", "worry",
                                         "expectations", "optimism", "pessimism", "sentiment", "anxiety", "jitters",
                                         "questions", "doubts", "uncertainty", "speculation", "eyebrows"]

    /// The text of the token after `k`, nil at the end.
    func after(_ k: Int) -> String? { k + 1 < tokens.count ? tokens[k + 1].text : nil }

    /// Talks by their names as topic terms.
    static let talksTerms: Set<String> = ["talks", "trade talks", "negotiations", "consultations", "dialogue"]

    static let warTerms: Set<String> = ["trade war", "tariff war"]
}
