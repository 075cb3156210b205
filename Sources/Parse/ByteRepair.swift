/// Byte-level repairs libxml2 cannot make itself, in one pass: invalid UTF-8
/// read as Windows-1252, control characters (NUL, 0x01-0x1F but tab/LF/CR)
/// dropped, a bare `&` that starts no reference escaped, a `<` that starts no
/// markup escaped. CDATA sections and comments are left as they are, except
/// for control characters. Clean input is only read, never copied.
enum ByteRepair {
    /// The repaired bytes of `p[start..<end]`, or nil if they need nothing.
    static func repair(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, validateUTF8: Bool) -> [UInt8]? {
        var none: [UInt8] = []
        guard scan(p, start, end, validateUTF8: validateUTF8, into: &none, emitting: false) else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(end - start + 256)
        _ = scan(p, start, end, validateUTF8: validateUTF8, into: &out, emitting: true)
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

    private enum Section { case markup, cdata, comment }

    /// When `emitting` is false, returns true at the first byte needing a
    /// repair; when true, writes the repaired bytes into `out`.
    private static func scan(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, validateUTF8: Bool,
                             into out: inout [UInt8], emitting: Bool) -> Bool {
        var section = Section.markup
        // Inside an attribute value opened with a typographic quote.
        var curlyValue = false
        var i = start
        while i < end {
            let b = p[i]
            if b >= 0x20 && b < 0x80 {
                switch section {
                case .markup:
                    if b == UInt8(ascii: "="), i + 3 < end, isCurlyQuote(p, i + 1) {
                        // attr=“value” (a word processor's quotes): libxml2
                        // drops the attribute, or the whole element.
                        if !emitting { return true }
                        out.append(contentsOf: [0x3D, 0x22])
                        curlyValue = true
                        i += 4
                        continue
                    }
                    if b == UInt8(ascii: "&") {
                        if !startsReference(p, i, end) {
                            if !emitting { return true }
                            out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                            i += 1
                            continue
                        }
                    } else if b == UInt8(ascii: "<") {
                        if matches(p, i, end, "<![CDATA[") {
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
            } else if curlyValue, section == .markup, i + 2 < end, isCurlyQuote(p, i) {
                out.append(0x22)
                curlyValue = false
                i += 3
            } else if validateUTF8 {
                let n = UTF8Encoding.validSequenceLength(p, i, end)
                if n == 0 {
                    if !emitting { return true }
                    Windows1252.appendUTF8(of: b, to: &out)
                    i += 1
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

    @inline(__always)
    private static func matches(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= end else { return false }
        let q = s.utf8Start
        for k in 0..<n where p[i + k] != q[k] { return false }
        return true
    }

    /// `&name;`, `&#123;` or `&#x1F;` at `i`.
    private static func startsReference(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i + 1
        guard j < end else { return false }
        let limit = min(end, i + 40)
        if p[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < limit, p[j] | 0x20 == UInt8(ascii: "x") { hex = true; j += 1 }
            let digitsStart = j
            while j < limit, isDigit(p[j]) || (hex && isHexLetter(p[j])) { j += 1 }
            return j > digitsStart && j < limit && p[j] == UInt8(ascii: ";")
        }
        guard isNameStart(p[j]) else { return false }
        j += 1
        while j < limit, isNameStart(p[j]) || isDigit(p[j]) || p[j] == UInt8(ascii: "-") || p[j] == UInt8(ascii: ".") {
            j += 1
        }
        return j < limit && p[j] == UInt8(ascii: ";")
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
