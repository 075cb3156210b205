/// HTML reduced to the plain text the detector reads.
public enum HTMLText {
    /// Drops tags, comments and the content of `<script>`/`<style>`, decodes
    /// entities, collapses whitespace to single spaces, and keeps the
    /// boundaries that block elements (`<p>`, `<br>`, `<li>`, `<div>`,
    /// headings, table rows...) mark as line breaks, so sentences from
    /// different paragraphs never run together.
    public static func plainText(_ html: String) -> String {
        let b = Array(html.utf8)
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var pendingSpace = false
        var pendingBreak = false
        var i = 0

        func emit(_ bytes: some Sequence<UInt8>) {
            if !out.isEmpty {
                if pendingBreak { out.append(0x0A) } else if pendingSpace { out.append(0x20) }
            }
            pendingSpace = false
            pendingBreak = false
            out.append(contentsOf: bytes)
        }

        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "<") {
                if let tag = Tag(b, i) {
                    i = tag.end
                    if tag.isComment { continue }
                    if !tag.closing, tag.name == "script" || tag.name == "style" {
                        i = skipRawText(b, from: i, until: tag.name)
                        pendingSpace = true
                        continue
                    }
                    if blockElements.contains(tag.name) { pendingBreak = true }
                    continue
                }
            } else if c == UInt8(ascii: "&"), let (scalar, end) = entity(b, i) {
                i = end
                if scalar == " " || scalar == "\u{A0}" || scalar == "\t" || scalar == "\n" {
                    pendingSpace = true
                } else {
                    var encoded = [UInt8]()
                    UTF8Encoding.append(scalar.value, to: &encoded)
                    emit(encoded)
                }
                continue
            } else if TextBytes.isSpace(c) || c == 0x0C {
                pendingSpace = true
                i += 1
                continue
            } else if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 {  // U+00A0
                pendingSpace = true
                i += 2
                continue
            }
            emit(CollectionOfOne(c))
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let blockElements: Set<String> = [
        "p", "br", "li", "div", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "td", "th", "table", "blockquote", "pre", "hr", "section", "article", "header",
        "footer", "figure", "figcaption", "aside", "nav", "main", "address", "title",
    ]

    /// A tag (or comment) starting at `start`.
    private struct Tag {
        var name: String
        var closing: Bool
        var isComment: Bool
        var end: Int

        init?(_ b: [UInt8], _ start: Int) {
            var i = start + 1
            guard i < b.count else { return nil }
            if b[i] == UInt8(ascii: "!") {
                if i + 2 < b.count, b[i + 1] == UInt8(ascii: "-"), b[i + 2] == UInt8(ascii: "-") {
                    var j = i + 3
                    while j + 2 < b.count, !(b[j] == UInt8(ascii: "-") && b[j + 1] == UInt8(ascii: "-") && b[j + 2] == UInt8(ascii: ">")) { j += 1 }
                    self.init(name: "", closing: false, isComment: true, end: min(j + 3, b.count))
                    return
                }
                guard let close = b[i...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                self.init(name: "", closing: false, isComment: true, end: close + 1)
                return
            }
            var closing = false
            if b[i] == UInt8(ascii: "/") { closing = true; i += 1 }
            let nameStart = i
            while i < b.count, (b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A || (b[i] >= 0x30 && b[i] <= 0x39 && i > nameStart) { i += 1 }
            guard i > nameStart else { return nil }  // "a < b" is text, not a tag
            let name = String(decoding: b[nameStart..<i].map { $0 | 0x20 }, as: UTF8.self)
            // Find the closing '>' outside quoted attribute values.
            var quote: UInt8 = 0
            while i < b.count {
                let c = b[i]
                if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == UInt8(ascii: ">") { break }
                i += 1
            }
            guard i < b.count else { return nil }
            self.init(name: name, closing: closing, isComment: false, end: i + 1)
        }

        init(name: String, closing: Bool, isComment: Bool, end: Int) {
            self.name = name
            self.closing = closing
            self.isComment = isComment
            self.end = end
        }
    }

    private static func skipRawText(_ b: [UInt8], from start: Int, until name: String) -> Int {
        let closer = Array("</\(name)".utf8)
        var i = start
        while i + closer.count <= b.count {
            if b[i] == UInt8(ascii: "<") {
                var match = true
                for k in 1..<closer.count where b[i + k] | 0x20 != closer[k] { match = false; break }
                if match {
                    while i < b.count, b[i] != UInt8(ascii: ">") { i += 1 }
                    return min(i + 1, b.count)
                }
            }
            i += 1
        }
        return b.count
    }

    /// `&name;` / `&#NN;` / `&#xHH;` at `start`: the character and the index after it.
    static func entity(_ b: [UInt8], _ start: Int) -> (Unicode.Scalar, Int)? {
        var j = start + 1
        while j < b.count, j - start < 33, b[j] != UInt8(ascii: ";"), b[j] != UInt8(ascii: "&"), !TextBytes.isSpace(b[j]) { j += 1 }
        guard j < b.count, b[j] == UInt8(ascii: ";"), j > start + 1 else { return nil }
        let body = String(decoding: b[(start + 1)..<j], as: UTF8.self)
        let scalar = body.hasPrefix("#") ? HTMLEntities.scalar(numeric: Substring(body)) : HTMLEntities.scalar(named: body)
        return scalar.map { ($0, j + 1) }
    }
}
