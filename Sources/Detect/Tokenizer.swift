/// Splits text into sentences and lowercased tokens in one pass over its
/// UTF-8 bytes (no regex: NSRegularExpression is slow on Linux).
struct Tokenizer: Sendable {
    /// Abbreviations whose trailing dot does not end a sentence.
    private static let abbreviations: WordSet = [
        "u.s", "u.s.", "u.k", "u.n", "e.u", "mr", "ms", "mrs", "dr", "st", "inc", "co", "corp", "ltd", "vs",
        "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "gov", "sen", "rep", "gen", "jr",
    ]

    /// The sentences of `text` as token runs; the caller passes the title and
    /// the summary separately so a headline never runs into its lede.
    static func tokenize(_ text: String, firstSentence: Int, vocabulary: WordTable,
                         into tokens: inout [Token]) -> Int {
        let bytes = Array(text.utf8)
        var sentence = firstSentence
        var sawWordInSentence = false
        var i = 0
        let n = bytes.count
        var word: [UInt8] = []
        word.reserveCapacity(32)
        // "china probes us chip imports": in a text set all in lower case, "us" is the country. Looked
        // at only when a lower-case "us" turns up, so other texts pay no extra pass over their bytes.
        var lowerCaseOnly: Bool?

        func isWordByte(_ b: UInt8) -> Bool {
            (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b >= 0x80
        }
        func emit(_ s: String, _ start: Int, _ end: Int, number: Bool = false, boundary: Bool = false, id: Int32? = nil,
                  dash: Bool = false) {
            tokens.append(Token(id: id ?? vocabulary.id(of: s) ?? -1, text: s, start: start, end: end,
                                sentence: sentence, isNumber: number, isBoundary: boundary, isDash: dash))
        }

        while i < n {
            let b = bytes[i]
            // Typographic quotes, apostrophes and dashes are three-byte sequences E2 80 xx.
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x93 || c == 0x94 { emit(",", i, i + 3, boundary: true, dash: true) }
                // "US and China Avoid Trade Breakdown… China Suspends Export Controls": an ellipsis before a space
                // ends a sentence, as "..." does.
                if c == 0xA6, sawWordInSentence, i + 3 >= n || bytes[i + 3] == 32 || bytes[i + 3] == 10 {
                    emit(".", i, i + 3, boundary: true)
                    sentence += 1
                    sawWordInSentence = false
                }
                if c == 0x99, i + 3 < n, bytes[i + 3] | 0x20 == UInt8(ascii: "s"),
                   i + 4 >= n || !isWordByte(bytes[i + 4]) {
                    emit("'s", i, i + 4)
                    i += 4
                    continue
                }
                i += 3
                continue
            }
            if isWordByte(b) {
                let start = i
                word.removeAll(keepingCapacity: true)
                var allDigits = true
                var upperCount = 0
                while i < n {
                    let c = bytes[i]
                    // A typographic apostrophe inside a word is a contraction's ("won’t", "don’t"): kept as "'".
                    if c == 0xE2, i + 3 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, i > start,
                       isWordByte(bytes[i + 3]), bytes[i + 3] < 0x80,
                       !(bytes[i + 3] | 0x20 == UInt8(ascii: "s") && (i + 4 >= n || !isWordByte(bytes[i + 4]))) {
                        word.append(UInt8(ascii: "'"))
                        i += 3
                        continue
                    }
                    // Typographic punctuation (E2 80 xx) ends a word; other E2 sequences ("€") are word bytes.
                    if c == 0xE2, i + 1 < n, bytes[i + 1] == 0x80, i > start { break }
                    if isWordByte(c) {
                        if c >= 65 && c <= 90 { upperCount += 1; word.append(c + 32) } else { word.append(c) }
                        if c < 48 || c > 57 { allDigits = false }
                        i += 1
                    } else if c == UInt8(ascii: "."), i + 1 < n, isWordByte(bytes[i + 1]),
                              ((allDigits && bytes[i + 1] >= 48 && bytes[i + 1] <= 57)
                                || word.count == 1 || (word.count == 3 && word[1] == UInt8(ascii: "."))) {
                        // Decimal numbers ("1.5") and dotted initials ("u.s", "e.u").
                        word.append(c)
                        i += 1
                    } else if c == UInt8(ascii: "'"), i + 1 < n, isWordByte(bytes[i + 1]),
                              !(bytes[i + 1] | 0x20 == UInt8(ascii: "s") && (i + 2 >= n || !isWordByte(bytes[i + 2]))) {
                        // Contractions ("won't") stay one word; possessive 's is split off below.
                        word.append(c)
                        i += 1
                    } else if c == UInt8(ascii: ","), allDigits, i + 3 < n,
                              bytes[i + 1] >= 48, bytes[i + 1] <= 57, bytes[i + 2] >= 48, bytes[i + 3] >= 48 {
                        i += 1  // thousands separator in "5,577"
                    } else {
                        break
                    }
                }
                var s = String(decoding: word, as: UTF8.self)
                var id = word.withUnsafeBufferPointer { vocabulary.id(of: $0) ?? -1 }
                if s == "us", upperCount == 0, lowerCaseOnly == nil { lowerCaseOnly = !bytes.contains { $0 >= 65 && $0 <= 90 } }
                if s == "u.s" || s == "usa" || (s == "us" && (upperCount == 2 || lowerCaseOnly == true)) {
                    s = "u.s."
                    id = vocabulary.id(of: s) ?? -1
                }
                emit(s, start, i, number: allDigits, id: id)
                sawWordInSentence = true
                continue
            }
            // "Duty Rates (List 3) Raised to 25%", "the Cyberspace Administration (CAC) summoned": a short
            // aside of a few words is read past, so the subject still meets its verb.
            if b == UInt8(ascii: "("), let past = shortAside(bytes, at: i) {
                i = past
                continue
            }
            switch b {
            case UInt8(ascii: "'"):
                if i + 1 < n, bytes[i + 1] | 0x20 == UInt8(ascii: "s"), i + 2 >= n || !isWordByte(bytes[i + 2]) {
                    emit("'s", i, i + 2)
                    i += 2
                    continue
                }
            case UInt8(ascii: "%"):
                emit("%", i, i + 1)
            case UInt8(ascii: "$"):
                emit("$", i, i + 1)
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                emit(String(UnicodeScalar(b)), i, i + 1, boundary: true)
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                let previous = tokens.last.map { $0.sentence == sentence ? $0.text : "" } ?? ""
                let atEnd = i + 1 >= n || bytes[i + 1] == 32 || bytes[i + 1] == 10
                if atEnd, sawWordInSentence, !abbreviations.contains(previous) {
                    emit(String(UnicodeScalar(b)), i, i + 1, boundary: true)
                    sentence += 1
                    sawWordInSentence = false
                }
            case UInt8(ascii: "-"):
                if i + 1 < n, bytes[i + 1] == UInt8(ascii: "-") { emit(",", i, i + 2, boundary: true, dash: true); i += 2; continue }
                if i > 0, bytes[i - 1] == 32, i + 1 < n, bytes[i + 1] == 32 { emit(",", i, i + 1, boundary: true, dash: true) }
                // "Pauses Some Export Controls-But Rare Earth Curbs Stay": a dash before "but" or "yet" ends a clause.
                if i > 0, isWordByte(bytes[i - 1]), conjunctionFollows(bytes, at: i + 1) {
                    emit(",", i, i + 1, boundary: true)
                } else if i > 0, isWordByte(bytes[i - 1]), i + 1 < n, isWordByte(bytes[i + 1]), !tokens.isEmpty,
                   tokens[tokens.count - 1].end == i {
                    tokens[tokens.count - 1].hyphenAfter = true
                }
            default:
                break
            }
            i += 1
        }
        return sawWordInSentence ? sentence + 1 : sentence
    }

    /// The index past the ")" of an aside of at most three words at `k` ("(List 3)", "(BIS)"), with no
    /// figure a claim may quote ("%", "$") and no sentence end; nil otherwise.
    private static func shortAside(_ bytes: [UInt8], at k: Int) -> Int? {
        var j = k + 1
        var words = 0
        var inWord = false
        while j < bytes.count, j < k + 40 {
            let b = bytes[j]
            switch b {
            case UInt8(ascii: ")"): return words > 0 && words <= 3 ? j + 1 : nil
            case UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ","), 10: return nil
            default: break
            }
            let letter = b | 0x20 >= 97 && b | 0x20 <= 122 || b >= 48 && b <= 57 || b >= 0x80
            if letter, !inWord { words += 1 }
            inWord = letter
            j += 1
        }
        return nil
    }

    /// "but" or "yet" as a whole word at `k`, in any case.
    private static func conjunctionFollows(_ bytes: [UInt8], at k: Int) -> Bool {
        func isLetter(_ b: UInt8) -> Bool { b | 0x20 >= 97 && b | 0x20 <= 122 }
        for word in ["but", "yet"] {
            let w = Array(word.utf8)
            guard k + w.count <= bytes.count else { continue }
            if (0..<w.count).allSatisfy({ bytes[k + $0] | 0x20 == w[$0] }),
               k + w.count == bytes.count || !isLetter(bytes[k + w.count]) { return true }
        }
        return false
    }
}
