// Reuters and other wires put a slug before the headline, joined by a hyphen with no space: "UPDATE 2-China
// bans gallium, germanium exports to US", "EXCLUSIVE-China to curb exports of battery tech". The hyphen would
// make the slug and the first word one compound ("EXCLUSIVE-China" names no one), so the slug is read as the
// kicker it is: "UPDATE 2: China bans ...". Analysis slugs ("INSIGHT-", "ANALYSIS-") stay analysis cues.
enum WireSlug {
    static let slugs: Set<Substring> = ["UPDATE", "REFILE", "RPT", "CORRECTED", "EXCLUSIVE", "WRAPUP", "INSIGHT",
                                        "ANALYSIS", "FACTBOX", "BREAKINGVIEWS", "EXPLAINER", "FOCUS", "COLUMN",
                                        "GRAPHIC", "POLL", "TIMELINE", "BRIEF", "BUZZ", "SPECIAL REPORT", "NEWSMAKER"]

    /// The headline with a leading wire slug's hyphen turned into a colon; the headline itself otherwise.
    static func kickered(_ title: String) -> String {
        // (Scanned by hand, not by a pattern: this runs on every item.)
        guard let dash = title.utf8.prefix(24).firstIndex(of: UInt8(ascii: "-")) else { return title }
        let slug = title[title.startIndex..<dash]
        // The slug's word in capitals, then an optional count: "UPDATE 2", "WRAPUP 1".
        var word = slug
        if let space = slug.lastIndex(of: " "), slug[slug.index(after: space)...].allSatisfy(\.isNumber) {
            word = slug[slug.startIndex..<space]
        }
        guard slugs.contains(word) else { return title }
        let rest = title[title.index(after: dash)...]
        guard let first = rest.first, !first.isWhitespace else { return title }
        return String(slug) + ": " + rest
    }
}
