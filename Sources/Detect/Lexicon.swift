/// Phrases (lowercased token sequences) and their tags, precomputed so that
/// matching an item costs one hash lookup per token.
struct Lexicon: Sendable {
    struct Phrase: Sendable {
        var ids: [Int32]
        var text: String
        var tags: [Tag]
    }

    /// Word -> id, for every word that starts or continues a phrase.
    private(set) var vocabulary = WordTable()
    /// Phrases by the id of their first word, longest first.
    private(set) var byFirst: [[Phrase]] = []

    init() {}

    /// Adds `phrase` (words separated by spaces or hyphens) with `tag`; the
    /// same phrase added twice collects both tags.
    mutating func add(_ phrase: String, _ tag: Tag) {
        let words = Lexicon.words(of: phrase)
        guard !words.isEmpty else { return }
        let ids = words.map { word -> Int32 in
            let id = vocabulary.insert(word)
            if Int(id) == byFirst.count { byFirst.append([]) }
            return id
        }
        let first = Int(ids[0])
        if let existing = byFirst[first].firstIndex(where: { $0.ids == ids }) {
            byFirst[first][existing].tags.append(tag)
        } else {
            byFirst[first].append(Phrase(ids: ids, text: words.joined(separator: " "), tags: [tag]))
            byFirst[first].sort { $0.ids.count > $1.ids.count }
        }
    }

    mutating func add(_ phrases: [String], _ tag: Tag) {
        for p in phrases { add(p, tag) }
    }

    /// Every phrase starting at `index`, longest first.
    func matches(in tokens: [Token], at index: Int, into found: inout [Phrase]) {
        found.removeAll(keepingCapacity: true)
        let first = tokens[index].id
        guard first >= 0 else { return }
        for phrase in byFirst[Int(first)] {
            let count = phrase.ids.count
            guard index + count <= tokens.count else { continue }
            var ok = true
            var k = 1
            while k < count {
                if tokens[index + k].id != phrase.ids[k] { ok = false; break }
                k += 1
            }
            if ok { found.append(phrase) }
        }
    }

    private static let noWords = WordTable()

    /// Words as the tokenizer would produce them.
    static func words(of phrase: String) -> [String] {
        var tokens: [Token] = []
        _ = Tokenizer.tokenize(phrase, firstSentence: 0, vocabulary: noWords, into: &tokens)
        return tokens.map(\.text)
    }
}
