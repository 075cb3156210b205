import Model

/// Relative links inside HTML that a feed carries as text (escaped or in
/// CDATA), made absolute the way feedparser and gofeed do: the URI-valued
/// attributes of HTML 4 and 5 (`href`, `src`, `cite`, `poster`...) on any
/// element, resolved against the base in effect at the element that holds
/// the HTML.
enum HTMLLinks {
    /// Attributes whose value is a URI (feedparser's list, by attribute).
    static let attributes: Set<String> = [
        "href", "src", "cite", "poster", "longdesc", "background", "action", "usemap", "codebase",
        "data", "classid", "profile",
    ]

    /// `html` with every relative URI attribute value replaced by what
    /// `resolve` makes of it; nil when nothing changed. `resolve` returns
    /// nil when there is no absolute base, and is called only for values
    /// that are relative.
    static func rebased(_ html: [UInt8], resolve: (String) -> String?) -> [UInt8]? {
        var out: [UInt8]?
        var copied = 0
        var i = 0
        let n = html.count
        while i < n {
            guard html[i] == UInt8(ascii: "<"), i + 1 < n, isLetter(html[i + 1]) else { i += 1; continue }
            i += 1
            while i < n, !isSpace(html[i]), html[i] != UInt8(ascii: ">"), html[i] != UInt8(ascii: "/") { i += 1 }
            // Attributes up to the tag's '>'.
            while i < n, html[i] != UInt8(ascii: ">") {
                if isSpace(html[i]) || html[i] == UInt8(ascii: "/") { i += 1; continue }
                let nameStart = i
                while i < n, !isSpace(html[i]), html[i] != UInt8(ascii: "="), html[i] != UInt8(ascii: ">"),
                      html[i] != UInt8(ascii: "/") { i += 1 }
                let name = html[nameStart..<i]
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
                guard name.count <= 10, attributes.contains(String(decoding: name.lazy.map { $0 | 0x20 }, as: UTF8.self))
                else { continue }
                let value = String(decoding: html[valueStart..<valueEnd], as: UTF8.self).trimmingWhitespace()
                guard !value.isEmpty, !LinkResolver.isAbsolute(value), let absolute = resolve(value) else { continue }
                if out == nil { out = []; out!.reserveCapacity(n + 256) }
                out!.append(contentsOf: html[copied..<valueStart])
                out!.append(contentsOf: absolute.utf8)
                copied = valueEnd
            }
        }
        guard var result = out else { return nil }
        result.append(contentsOf: html[copied..<n])
        return result
    }

    @inline(__always)
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
