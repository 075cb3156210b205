/// One word, number or punctuation mark of an item's text, lowercased and
/// normalised ("U.S.", "US", "USA" -> "u.s."; the pronoun "us" stays "us").
struct Token: Sendable {
    /// Vocabulary id in the lexicon, or -1 for a word the lexicon does not know.
    var id: Int32
    var text: String
    /// UTF-8 offsets into the source text, for evidence.
    var start: Int
    var end: Int
    var sentence: Int
    var isNumber: Bool
    /// `,` `;` `:` `(` `)` and sentence ends: clause boundaries.
    var isBoundary: Bool
    /// Joined to the next word by a hyphen ("end-use", "cut-price"): the first
    /// half of a compound modifier, never a verb.
    var hyphenAfter = false
    /// A dash read as the comma it stands for ("—", "–", " - ", "--"): it can still open a headline's tail
    /// the way a colon does ("China Blacklists 12 US Firms – Full List and Impact Analysis").
    var isDash = false
}
