#if canImport(Glibc)
import Glibc
#endif
import Model

/// Relative links inside HTML that a feed carries as text (escaped or in
/// CDATA), made absolute the way feedparser and gofeed do: the URI-valued
/// attributes of HTML 4 and 5 (`href`, `src`, `cite`, `poster`...) on any
/// element, resolved against the base in effect at the element that holds
/// the HTML.
///
/// Every item's text passes through here, so it works on bytes: names are
/// compared byte by byte and a value becomes a `String` only when it is
/// relative (most links are absolute).
enum HTMLLinks {
    /// Whether `name` is one of the attributes whose value is a URI
    /// (feedparser's list: href, src, cite, poster, longdesc, background,
    /// action, usemap, codebase, data, classid, profile), ignoring ASCII case.
    static func isLinkAttribute(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        switch name.count {
        case 3: return folded(name, "src")
        case 4: return folded(name, "href") || folded(name, "cite") || folded(name, "data")
        case 6: return folded(name, "poster") || folded(name, "action") || folded(name, "usemap")
        case 7: return folded(name, "classid") || folded(name, "profile")
        case 8: return folded(name, "longdesc") || folded(name, "codebase")
        case 10: return folded(name, "background")
        default: return false
        }
    }

    /// `name` equals the lower-case `word` of the same length, ASCII case
    /// folded (`| 0x20` maps A-Z onto a-z and no other byte onto a letter).
    @inline(__always)
    private static func folded(_ name: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        for k in 0..<name.count where name[k] | 0x20 != w[k] { return false }
        return true
    }

    /// The attribute value trimmed of whitespace (`trimmingWhitespace`), or
    /// nil when it is empty or already absolute.
    static func relativeValue(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        // Printable ASCII at both ends: nothing to trim (no grapheme cluster
        // that ends in one, or starts with one, is whitespace).
        if let first = value.first, let last = value.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            if LinkResolver.isAbsolute(value) { return nil }
            return String(decoding: value, as: UTF8.self)
        }
        let trimmed = String(decoding: value, as: UTF8.self).trimmingWhitespace()
        guard !trimmed.isEmpty, !LinkResolver.isAbsolute(trimmed.utf8) else { return nil }
        return trimmed
    }

    /// `html` with every relative URI attribute value replaced by what
    /// `resolve` makes of it; nil when nothing changed. `resolve` returns
    /// nil when there is no absolute base, and is called only for values
    /// that are relative.
    static func rebased(_ html: [UInt8], resolve: (String) -> String?) -> [UInt8]? {
        html.withUnsafeBufferPointer { rebased($0, resolve: resolve) }
    }

    private static func rebased(_ html: UnsafeBufferPointer<UInt8>, resolve: (String) -> String?) -> [UInt8]? {
        guard let base = html.baseAddress else { return nil }
        var out: [UInt8]?
        var copied = 0
        var i = 0
        let n = html.count
        while i < n {
            // Straight to the next '<': text between tags is most of the bytes.
            guard let hit = memchr(base + i, 0x3C, n - i) else { break }
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            guard i + 1 < n, isLetter(html[i + 1]) else { i += 1; continue }
            i += 1
            while i < n, !isSpace(html[i]), html[i] != UInt8(ascii: ">"), html[i] != UInt8(ascii: "/") { i += 1 }
            // Attributes up to the tag's '>'.
            while i < n, html[i] != UInt8(ascii: ">") {
                if isSpace(html[i]) || html[i] == UInt8(ascii: "/") { i += 1; continue }
                let nameStart = i
                while i < n, !isSpace(html[i]), html[i] != UInt8(ascii: "="), html[i] != UInt8(ascii: ">"),
                      html[i] != UInt8(ascii: "/") { i += 1 }
                let nameEnd = i
                while i < n, isSpace(html[i]) { i += 1 }
                guard i < n, html[i] == UInt8(ascii: "=") else { continue }
                i += 1
                while i < n, isSpace(html[i]) { i += 1 }
                guard i < n else { break }
                let valueStart: Int, valueEnd: Int
                if html[i] == UInt8(ascii: "\"") || html[i] == UInt8(ascii: "'") {
                    let quote = html[i]
                    valueStart = i + 1
                    i = valueStart
                    while i < n, html[i] != quote { i += 1 }
                    valueEnd = i
                    if i < n { i += 1 }
                } else {
                    valueStart = i
                    while i < n, !isSpace(html[i]), html[i] != UInt8(ascii: ">") { i += 1 }
                    valueEnd = i
                }
                guard isLinkAttribute(UnsafeBufferPointer(rebasing: html[nameStart..<nameEnd])),
                      let value = relativeValue(UnsafeBufferPointer(rebasing: html[valueStart..<valueEnd])),
                      let absolute = resolve(value) else { continue }
                if out == nil { out = []; out!.reserveCapacity(n + 256) }
                out!.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<valueStart]))
                out!.append(contentsOf: absolute.utf8)
                copied = valueEnd
            }
        }
        guard var result = out else { return nil }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<n]))
        return result
    }

    @inline(__always)
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
