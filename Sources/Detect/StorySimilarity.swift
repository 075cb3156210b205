/// Whether two alerts tell the same story: the same move reported by another
/// outlet or item. Compares the content words of the titles and the matched
/// terms (Jaccard), so "China lifts magnet curbs" and "China suspends gallium
/// ban" stay two stories while two outlets' takes on one suspension are one.
package enum StorySimilarity {
    /// At or above this, two stories are the same.
    static let threshold = 0.3

    package static func isSameStory(title a: String, matched ma: [String], title b: String, matched mb: [String]) -> Bool {
        similarity(words(a, ma), words(b, mb)) >= threshold
    }

    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }

    /// Lowercased words of three letters or more, without the words every
    /// story of this domain shares.
    static func words(_ title: String, _ matched: [String]) -> Set<String> {
        var out = Set<String>()
        for text in [title] + matched {
            var word = ""
            for ch in text.lowercased() {
                if ch.isLetter || ch.isNumber { word.append(ch) } else { add(&word, to: &out) }
            }
            add(&word, to: &out)
        }
        return out
    }

    private static func add(_ word: inout String, to set: inout Set<String>) {
        if word.count >= 3, !common.contains(word) { set.insert(stem(word)) }
        word = ""
    }

    /// Plural and verb endings, so "suspends"/"suspended" and "controls"/"control" meet.
    private static func stem(_ w: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            return String(w.dropLast(suffix.count))
        }
        return w
    }

    private static let common: WordSet = [
        "the", "and", "for", "with", "from", "that", "this", "its", "are", "was", "has", "have", "will", "after",
        "over", "into", "amid", "says", "said", "new", "china", "chinese", "beijing", "united", "states", "american",
        "washington", "trade", "exports", "export", "imports", "import",
    ]
}
