/// A fixed list of words the rules test tokens against ("investment", "gives", "cut").
///
/// Our own rather than `Set<String>`, for the reason `WordTable` gives: the
/// standard set hashes each looked-up word with seeded SipHash, and the rules'
/// per-token passes over such lists were over a tenth of detection's time.
/// A lookup here is one FNV-1a pass over the word's bytes and a byte compare.
/// Iterating it goes through the words in the order first listed.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var table: WordTable
    /// The words again as strings, for the rules that scan the list ("does this lemma start with one").
    private var list: [String]

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        table = WordTable()
        list = []
        for w in words where table.id(of: w) == nil {
            _ = table.insert(w)
            list.append(w)
        }
    }

    func contains(_ word: String) -> Bool {
        table.id(of: word) != nil
    }

    /// This list and `more`: a narrower list grown into a wider one.
    func union<Words: Sequence>(_ more: Words) -> WordSet where Words.Element == String {
        WordSet(list + Array(more))
    }

    func makeIterator() -> IndexingIterator<[String]> {
        list.makeIterator()
    }
}
