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
    /// Which bytes start a listed word, and the shortest and longest word: most tokens a rule asks about are
    /// turned away by these before any hashing.
    private var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var shortest = Int.max
    private var longest = 0

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        table = WordTable()
        list = []
        for w in words where table.id(of: w) == nil {
            _ = table.insert(w)
            list.append(w)
            let n = w.utf8.count
            shortest = Swift.min(shortest, n)
            longest = Swift.max(longest, n)
            if let b = w.utf8.first { markFirst(b) }
        }
    }

    func contains(_ word: String) -> Bool {
        let n = word.utf8.count
        guard n >= shortest, n <= longest, let b = word.utf8.first, startsSome(b) else { return false }
        return table.id(of: word) != nil
    }

    private mutating func markFirst(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: firstBytes.0 |= bit
        case 1: firstBytes.1 |= bit
        case 2: firstBytes.2 |= bit
        default: firstBytes.3 |= bit
        }
    }

    private func startsSome(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: return firstBytes.0 & bit != 0
        case 1: return firstBytes.1 & bit != 0
        case 2: return firstBytes.2 & bit != 0
        default: return firstBytes.3 & bit != 0
        }
    }

    /// This list and `more`: a narrower list grown into a wider one.
    func union<Words: Sequence>(_ more: Words) -> WordSet where Words.Element == String {
        WordSet(list + Array(more))
    }

    func makeIterator() -> IndexingIterator<[String]> {
        list.makeIterator()
    }
}
