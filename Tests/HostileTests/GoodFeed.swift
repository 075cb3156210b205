import Foundation

/// A small RSS feed whose items each raise an alert, dated now so the
/// daemon's first-contact age limit keeps them.
enum GoodFeed {
    static let moves = [
        ("China suspends export controls on rare earths to the US",
         "The commerce ministry said it suspends its rare earth export controls with immediate effect."),
        ("US Commerce Department adds 20 Chinese chip firms to the entity list",
         "The Bureau of Industry and Security added the Chinese companies to the entity list on Monday."),
        ("US lifts export licence requirements for jet engine parts to China",
         "Washington lifted the licence requirements on GE jet engine exports to China's COMAC."),
    ]

    /// The feed with `count` alerting items whose guids start with `tag`.
    static func rss(tag: String, count: Int = 1) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let date = formatter.string(from: Date())
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>good \(tag)</title>"
            + "<link>http://127.0.0.1/</link><description>good</description>\n"
        for n in 0..<count {
            let (title, text) = moves[n % moves.count]
            xml += "<item><guid isPermaLink=\"false\">\(tag)-\(n)</guid><title>\(title)</title>"
                + "<link>http://127.0.0.1/\(tag)/\(n)</link><description>\(text)</description>"
                + "<pubDate>\(date)</pubDate></item>\n"
        }
        return xml + "</channel></rss>\n"
    }

    /// Writes the feed to `folder/name` and returns the path.
    static func write(to folder: String, name: String = "good.xml", tag: String = "good", count: Int = 1) throws -> String {
        let path = folder + "/" + name
        try rss(tag: tag, count: count).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The JSON objects of a JSON-lines text (alerts on stdout or in the log).
    static func records(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// The feed of each alert record.
    static func feeds(_ records: [[String: Any]]) -> [String] {
        records.compactMap { ($0["item"] as? [String: Any])?["feed"] as? String }
    }
}
