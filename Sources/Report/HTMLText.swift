/// Text made safe for HTML: every feed string goes through here before it
/// reaches the report page, so a title holding `<script>` is shown, not run.
enum HTMLText {
    /// Escapes `& < > " '` (safe in element content and quoted attributes).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An item link fit for `href`: http(s) only (a `javascript:` or `data:`
    /// link from a feed would run or load something), escaped; nil otherwise.
    static func href(_ link: String) -> String? {
        let lower = link.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        return escape(link)
    }
}
