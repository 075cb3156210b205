#if canImport(Glibc)
import Glibc
#endif

/// Byte-level repairs libxml2 cannot make itself, in one pass: invalid UTF-8
/// read as Windows-1252, control characters (NUL, 0x01-0x1F but tab/LF/CR)
/// dropped, a bare `&` that starts no reference escaped, HTML named entities
/// (which XML does not know) written as numeric references, a `<` that
/// starts no markup escaped, `attr=“value”` quotes straightened. CDATA sections and comments are left as they are, except
/// for control characters. Clean input is only read, never copied.
enum ByteRepair {
    /// The repaired bytes of `p[start..<end]`, or nil if they need nothing.
    static func repair(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, validateUTF8: Bool) -> [UInt8]? {
        let declared = declaredEntities(p, start, end)
        var none: [UInt8] = []
        guard scan(p, start, end, validateUTF8: validateUTF8, declared: declared, into: &none, emitting: false) else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(end - start + 256)
        _ = scan(p, start, end, validateUTF8: validateUTF8, declared: declared, into: &out, emitting: true)
        return out
    }

    /// Whether `p[start..<end]` is entirely valid UTF-8.
    static func isValidUTF8(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            if p[i] < 0x80 { i += 1; continue }
            let n = UTF8Encoding.validSequenceLength(p, i, end)
            if n == 0 { return false }
            i += n
        }
        return true
    }

    private enum Section {
        case markup, cdata, comment

        /// Where the section's row starts in `stops`.
        var row: Int {
            switch self {
            case .markup: return 0
            case .cdata: return 256
            case .comment: return 512
            }
        }
    }

    /// One row of 256 flags per section: 1 for a byte that may need a look
    /// there (controls but tab/LF/CR, non-ASCII, and the section's own:
    /// `&` `<` in markup, `]` in CDATA, `-` in comments), 0 for a byte the
    /// scan copies as it is.
    private static let stops: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 768)
        for (row, own) in [(0, [0x26, 0x3C]), (256, [0x5D]), (512, [0x2D])] {
            for c in 0..<256 where (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c >= 0x80 || own.contains(c) {
                table[row + c] = 1
            }
        }
        return table
    }()

    /// When `emitting` is false, returns true at the first byte needing a
    /// repair; when true, writes the repaired bytes into `out`.
    private static func scan(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, validateUTF8: Bool,
                             declared: Set<String>, into out: inout [UInt8], emitting: Bool) -> Bool {
        stops.withUnsafeBufferPointer { table in
            scan(p, start, end, validateUTF8: validateUTF8, declared: declared, into: &out, emitting: emitting,
                 stops: table.baseAddress!)
        }
    }

    private static func scan(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, validateUTF8: Bool,
                             declared: Set<String>, into out: inout [UInt8], emitting: Bool,
                             stops table: UnsafePointer<UInt8>) -> Bool {
        var section = Section.markup
        // Inside an attribute value opened with a typographic quote.
        var curlyValue = false
        var i = start
        while i < end {
            let j = plainRun(p, i, end, start: start, section: section, stops: table + section.row,
                             validateUTF8: validateUTF8, curlyValue: curlyValue, declared: declared)
            if j > i {
                if emitting { out.append(contentsOf: UnsafeBufferPointer(start: p + i, count: j - i)) }
                i = j
                if i >= end { break }
            }
            let b = p[i]
            if b >= 0x20 && b < 0x80 {
                switch section {
                case .markup:
                    if b == UInt8(ascii: "&") {
                        switch reference(p, i, end, declared: declared) {
                        case .keep:
                            break
                        case .escape:
                            if !emitting { return true }
                            out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                            i += 1
                            continue
                        case .codePoint(let value, let length):
                            if !emitting { return true }
                            out.append(contentsOf: [0x26, 0x23])  // &#
                            out.append(contentsOf: String(value).utf8)
                            out.append(0x3B)
                            i += length
                            continue
                        }
                    } else if b == UInt8(ascii: "<") {
                        if i + 1 < end, isNameStart(p[i + 1]) || p[i + 1] == UInt8(ascii: "/") {
                            // The common case: a tag.
                        } else if matches(p, i, end, "<![CDATA[") {
                            section = .cdata
                        } else if matches(p, i, end, "<!--") {
                            section = .comment
                        } else if !startsMarkup(p, i, end) {
                            if !emitting { return true }
                            out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                            i += 1
                            continue
                        }
                    }
                case .cdata:
                    if b == UInt8(ascii: "]"), matches(p, i, end, "]]>") {
                        section = .markup
                        if emitting { out.append(contentsOf: [0x5D, 0x5D, 0x3E]) }
                        i += 3
                        continue
                    }
                case .comment:
                    if b == UInt8(ascii: "-"), matches(p, i, end, "-->") {
                        section = .markup
                        if emitting { out.append(contentsOf: [0x2D, 0x2D, 0x3E]) }
                        i += 3
                        continue
                    }
                }
                if emitting { out.append(b) }
                i += 1
            } else if b < 0x20 {
                if b == 0x09 || b == 0x0A || b == 0x0D {
                    if emitting { out.append(b) }
                } else if !emitting {
                    return true
                }
                i += 1
            } else if section == .markup, i + 2 < end, isCurlyQuote(p, i),
                      curlyValue || (i > start && p[i - 1] == UInt8(ascii: "=")) {
                // attr=“value” (a word processor's quotes): libxml2 drops
                // the attribute, or the whole element.
                if !emitting { return true }
                out.append(0x22)
                curlyValue.toggle()
                i += 3
            } else if validateUTF8 {
                let n = UTF8Encoding.validSequenceLength(p, i, end)
                if n == 0 {
                    if !emitting { return true }
                    Windows1252.appendUTF8(of: b, to: &out)
                    i += 1
                } else if n == 2, b == 0xC2, p[i + 1] <= 0x9F {
                    // U+0080-U+009F are controls nobody means: they are
                    // Windows-1252 punctuation that went through a Latin-1
                    // decoder once already ("demoronise", as feedparser does).
                    if !emitting { return true }
                    Windows1252.appendUTF8(of: p[i + 1], to: &out)
                    i += 2
                } else {
                    if emitting { for k in 0..<n { out.append(p[i + k]) } }
                    i += n
                }
            } else {
                if emitting { out.append(b) }
                i += 1
            }
        }
        return false
    }

    /// The end of the run from `i` that `scan` copies as it is: four bytes
    /// at a time while `stops` flags none of them, then the flagged byte's
    /// common cases taken in stride (a tag's `<`, a reference libxml2
    /// decodes, a valid UTF-8 sequence); it stops at the first byte that may
    /// need a repair or changes the section.
    @inline(__always)
    private static func plainRun(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, start: Int, section: Section,
                                 stops: UnsafePointer<UInt8>, validateUTF8: Bool, curlyValue: Bool,
                                 declared: Set<String>) -> Int {
        var j = i
        while true {
            while j + 4 <= end,
                  stops[Int(p[j])] | stops[Int(p[j + 1])] | stops[Int(p[j + 2])] | stops[Int(p[j + 3])] == 0 {
                j += 4
            }
            while j < end, stops[Int(p[j])] == 0 { j += 1 }
            guard j < end else { return j }
            let c = p[j]
            if c < 0x80 {
                // Only markup's `&` and `<` can be passed here.
                guard section == .markup else { return j }
                if c == UInt8(ascii: "<") {
                    guard j + 1 < end, isNameStart(p[j + 1]) || p[j + 1] == UInt8(ascii: "/") else { return j }
                } else if c == UInt8(ascii: "&") {
                    guard isPredefinedReference(p, j, end) || isKept(reference(p, j, end, declared: declared)) else { return j }
                } else {
                    return j
                }
                j += 1
            } else {
                // A typographic quote may open or close an attribute value.
                if section == .markup, curlyValue || (j > start && p[j - 1] == UInt8(ascii: "=")) { return j }
                if !validateUTF8 { j += 1; continue }
                let n = UTF8Encoding.validSequenceLength(p, j, end)
                guard n > 2 || (n == 2 && (c != 0xC2 || p[j + 1] > 0x9F)) else { return j }
                j += n
            }
        }
    }

    @inline(__always)
    private static func isKept(_ r: Reference) -> Bool {
        if case .keep = r { return true }
        return false
    }

    /// `&lt;`, `&gt;`, `&amp;`, `&quot;` or `&apos;` at `i`.
    @inline(__always)
    private static func isPredefinedReference(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i + 4 <= end else { return false }
        let a = p[i + 1], b = p[i + 2], c = p[i + 3]
        if (a == 0x6C || a == 0x67) && b == 0x74 && c == 0x3B { return true }  // lt; gt;
        guard i + 5 <= end else { return false }
        let d = p[i + 4]
        if a == 0x61 && b == 0x6D && c == 0x70 && d == 0x3B { return true }  // amp;
        guard i + 6 <= end, p[i + 5] == 0x3B else { return false }
        return (a == 0x71 && b == 0x75 && c == 0x6F && d == 0x74)  // quot;
            || (a == 0x61 && b == 0x70 && c == 0x6F && d == 0x73)  // apos;
    }

    @inline(__always)
    private static func matches(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= end else { return false }
        let q = s.utf8Start
        for k in 0..<n where p[i + k] != q[k] { return false }
        return true
    }

    /// What to do with the `&` at `i`.
    private enum Reference {
        /// A reference libxml2 decodes itself (predefined, numeric, or
        /// declared in the document's internal subset).
        case keep
        /// Not a reference: escape the `&`, so it stays in the text (as
        /// feedparser keeps `&foo;` it does not know).
        case escape
        /// An HTML named entity (`&nbsp;`) or a numeric reference into the
        /// C1 range that means a Windows-1252 character: written as the
        /// code point, since libxml2 would drop or mis-decode it.
        case codePoint(UInt32, length: Int)
    }

    private static func reference(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, declared: Set<String>) -> Reference {
        var j = i + 1
        guard j < end else { return .escape }
        let limit = min(end, i + 40)
        if p[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < limit, p[j] | 0x20 == UInt8(ascii: "x") { hex = true; j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < limit, isDigit(p[j]) || (hex && isHexLetter(p[j])) {
                let d = isDigit(p[j]) ? UInt32(p[j] - 0x30) : UInt32((p[j] | 0x20) - 0x61 + 10)
                value = min(value &* (hex ? 16 : 10) &+ d, 0x110000)
                j += 1
            }
            guard j > digitsStart, j < limit, p[j] == UInt8(ascii: ";") else { return .escape }
            if value >= 0x80, value <= 0x9F, let mapped = Windows1252.scalar(UInt8(value)) {
                return .codePoint(mapped.value, length: j + 1 - i)
            }
            // `&#X41;`: XML only knows a lower-case x; feedparser takes both.
            if hex, p[i + 2] == UInt8(ascii: "X"), value > 0, value < 0x110000 {
                return .codePoint(value, length: j + 1 - i)
            }
            return .keep
        }
        guard isNameStart(p[j]) else { return .escape }
        let nameStart = j
        j += 1
        while j < limit, isNameStart(p[j]) || isDigit(p[j]) || p[j] == UInt8(ascii: "-") || p[j] == UInt8(ascii: ".") {
            j += 1
        }
        guard j < limit, p[j] == UInt8(ascii: ";") else { return .escape }
        let length = j - nameStart
        if length <= 4, isPredefined(p + nameStart, length) { return .keep }
        let name = String(decoding: UnsafeBufferPointer(start: p + nameStart, count: length), as: UTF8.self)
        if declared.contains(name) { return .keep }
        if let scalar = HTMLEntities.scalar(named: name) { return .codePoint(scalar.value, length: j + 1 - i) }
        return .escape
    }

    /// The index of the next `<!ENTITY` at or after `from`, found by its
    /// `!` (a document has a `<` every few bytes, a `!` far more rarely).
    private static func findEntityDeclaration(_ p: UnsafePointer<UInt8>, from: Int, _ end: Int) -> Int? {
        var i = from + 1
        while i < end, let hit = memchr(p + i, 0x21, end - i) {
            let at = UnsafeRawPointer(hit) - UnsafeRawPointer(p) - 1
            if matches(p, at, end, "<!ENTITY") { return at }
            i = at + 2
        }
        return nil
    }

    @inline(__always)
    private static func isPredefined(_ n: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        switch length {
        case 2: return (n[0] == 0x6C || n[0] == 0x67) && n[1] == 0x74  // lt gt
        case 3: return n[0] == 0x61 && n[1] == 0x6D && n[2] == 0x70  // amp
        case 4: return (n[0] == 0x71 && n[1] == 0x75 && n[2] == 0x6F && n[3] == 0x74)  // quot
            || (n[0] == 0x61 && n[1] == 0x70 && n[2] == 0x6F && n[3] == 0x73)  // apos
        default: return false
        }
    }

    /// The general entities a document declares in its internal subset
    /// (`<!ENTITY name ...>`); their references are libxml2's to resolve.
    static func declaredEntities(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Set<String> {
        var names = Set<String>()
        var i = start
        while let found = findEntityDeclaration(p, from: i, end) {
            var j = found + 8
            while j < end, TextBytes.isSpace(p[j]) { j += 1 }
            let nameStart = j
            while j < end, !TextBytes.isSpace(p[j]), p[j] != UInt8(ascii: "%"), p[j] != UInt8(ascii: ">") { j += 1 }
            if j > nameStart {
                names.insert(String(decoding: UnsafeBufferPointer(start: p + nameStart, count: j - nameStart), as: UTF8.self))
            }
            i = j
        }
        return names
    }

    /// A tag, end tag, declaration or processing instruction at `i`.
    private static func startsMarkup(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i + 1 < end else { return false }
        let c = p[i + 1]
        return isNameStart(c) || c >= 0x80 || c == UInt8(ascii: "/") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
    }

    /// U+201C or U+201D in UTF-8 at `i`.
    @inline(__always)
    private static func isCurlyQuote(_ p: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        p[i] == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0x9C || p[i + 2] == 0x9D)
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) private static func isHexLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 }
    @inline(__always) private static func isNameStart(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == UInt8(ascii: "_") || c == UInt8(ascii: ":")
    }
}
