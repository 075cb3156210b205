/// The words a learned gate sees in an item: lowercased word unigrams and
/// bigrams of the headline (also marked as headline words) and of the lede's
/// first `ledeWords` words, each feature once, as 64-bit FNV-1a hashes.
///
/// Written over the UTF-8 bytes by hand, like `Tokenizer`, because the gate
/// runs on every item of every feed: a feature costs a few byte operations
/// and no `String`. `names` (training only) also records each feature's text.
package enum GateFeatures {
    static let ledeWords = 60
    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    /// The bias feature every item has.
    package static let bias: UInt64 = hash(of: "<bias>")

    package static func hash(of name: String) -> UInt64 {
        fnv(name.utf8, from: offset)
    }

    static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        fnv(bytes, from: offset)
    }

    /// The distinct feature hashes of an item, in text order. With `names`, the
    /// text of each feature by hash as well (for writing weights).
    /// `extra`: features from elsewhere (`GateClassFeatures`), deduplicated with the rest.
    package static func extract(title: String, text: String, extra: [UInt64] = [],
                                names: UnsafeMutablePointer<[UInt64: String]>? = nil) -> [UInt64] {
        var out: [UInt64] = [bias]
        out.reserveCapacity(256 + extra.count)
        names?.pointee[bias] = "<bias>"
        var lede = Substring(text)
        if !title.isEmpty, lede.hasPrefix(title) { lede = lede.dropFirst(title.count) }
        words(of: Substring(title), limit: 40, headline: true, into: &out, names: names)
        words(of: lede, limit: ledeWords, headline: false, into: &out, names: names)
        out += extra
        if let names { for f in extra { names.pointee[f] = GateClassFeatures.names[f] } }
        return distinct(out)
    }

    /// `features` without repeats, through a small open-addressing set on
    /// the stack (a sort per item cost more than the rest of the gate).
    private static func distinct(_ features: [UInt64]) -> [UInt64] {
        var size = 256
        while size < features.count * 2 { size *= 2 }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: size) { set in
            set.initialize(repeating: 0)
            var unique: [UInt64] = []
            unique.reserveCapacity(features.count)
            for f in features where f != 0 {
                var s = Int(truncatingIfNeeded: f) & (size - 1)
                while set[s] != 0, set[s] != f { s = (s + 1) & (size - 1) }
                if set[s] == 0 {
                    set[s] = f
                    unique.append(f)
                }
            }
            return unique
        }
    }

    /// Emits, per word: "w", "p w" (p the previous word, "^" at a sentence
    /// start), and for the headline "T:w" and "T:p w" too. Digits fold to "0"
    /// so years and rates share features.
    private static func words(of text: Substring, limit: Int, headline: Bool, into out: inout [UInt64],
                              names: UnsafeMutablePointer<[UInt64: String]>?) {
        // The previous word as hash states (plain and headline-marked), so
        // no word is copied; its text only when names are wanted.
        let start = sentenceStart, headlineStart = headlineSentenceStart
        var previous = start, previousHeadline = headlineStart
        var previousText = "^"
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var count = 0
        var sentenceEnds = false

        func flush() {
            guard !word.isEmpty else { return }
            if sentenceEnds { (previous, previousHeadline, previousText) = (start, headlineStart, "^") }
            let uni = fnv(word, from: offset)
            out.append(uni)
            out.append(fnv(word, from: space(previous)))
            // The word's first five letters ("~suspe" for suspends, suspended,
            // suspension): one feature for a word's forms.
            out.append(fnv(word.prefix(5), from: stemMark))
            var marked = previousHeadline
            if headline {
                marked = fnv(word, from: headlineMark)
                out.append(marked)
                out.append(fnv(word, from: space(previousHeadline)))
            }
            if let names {
                let w = String(decoding: word, as: UTF8.self)
                names.pointee[uni] = w
                names.pointee[fnv(word, from: space(previous))] = previousText + " " + w
                names.pointee[fnv(word.prefix(5), from: stemMark)] = "~" + String(decoding: word.prefix(5), as: UTF8.self)
                if headline {
                    names.pointee[marked] = "T:" + w
                    names.pointee[fnv(word, from: space(previousHeadline))] = "T:" + previousText + " " + w
                }
                previousText = w
            }
            (previous, previousHeadline) = (uni, marked)
            word.removeAll(keepingCapacity: true)
            count += 1
            sentenceEnds = false
        }

        let bytes = text.utf8
        var i = bytes.startIndex
        while i < bytes.endIndex, count < limit {
            let b = bytes[i]
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                word.append(b >= 48 && b <= 57 ? 48 : b)
            } else if b >= 65 && b <= 90 {
                word.append(b | 0x20)
            } else if b == 0xE2 {
                // Typographic quotes and dashes (E2 80 xx) separate words.
                flush()
                i = bytes.index(i, offsetBy: 3, limitedBy: bytes.endIndex) ?? bytes.endIndex
                continue
            } else if b >= 0x80 {
                word.append(b)
            } else if b == UInt8(ascii: "'"), !word.isEmpty {
                // "China's" reads as "china": the possessive carries no move.
                flush()
                let next = bytes.index(after: i)
                if next < bytes.endIndex, bytes[next] | 0x20 == UInt8(ascii: "s") { i = bytes.index(after: next); continue }
            } else if b == UInt8(ascii: "."), word.count == 1 || (word.count == 3 && word[0] == 117 && word[1] == 46 && word[2] == 115) {
                // "U.S." stays one word.
                word.append(b)
            } else {
                flush()
                if b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: ";") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") {
                    sentenceEnds = true
                }
            }
            i = bytes.index(after: i)
        }
        flush()
    }

    /// The hash state after "T:", the prefix of headline features.
    private static let headlineMark: UInt64 = hash(of: "T:")
    /// "^", the word before a sentence's first, plain and headline-marked.
    private static let sentenceStart: UInt64 = hash(of: "^")
    private static let headlineSentenceStart: UInt64 = hash(of: "T:^")
    /// The hash state after "~", the prefix of stem features.
    private static let stemMark: UInt64 = hash(of: "~")

    @inline(__always)
    private static func space(_ h: UInt64) -> UInt64 { (h ^ 0x20) &* prime }

    @inline(__always)
    private static func fnv(_ bytes: some Collection<UInt8>, from seed: UInt64) -> UInt64 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }
}
