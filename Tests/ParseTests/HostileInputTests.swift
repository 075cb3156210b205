import Foundation
import Model
import Parse
import Testing
import TestSupport

/// Documents written to hurt: entity bombs, XXE, deep nesting, garbage.
@Suite struct HostileInputTests {
    private func billionLaughs() -> String {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        return xml + "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>\n"
    }

    @Test func billionLaughsFinishesFastAndSmall() throws {
        let clock = ContinuousClock()
        var feed: Feed?
        let elapsed = try clock.measure { feed = try parse(billionLaughs()) }
        // A bound on runaway expansion (unbounded, it runs for hours), not a
        // speed target: a loaded machine stays far below it.
        #expect(elapsed < .seconds(30))
        // Whatever survives is bounded by the expansion budget, not 3 GB.
        let title = feed?.title ?? ""
        #expect(title.utf8.count <= 1 << 20)
    }

    @Test func quadraticBlowupIsCutAtTheBudget() throws {
        let big = String(repeating: "x", count: 50_000)
        let xml = "<!DOCTYPE rss [<!ENTITY a \"\(big)\">]><rss><channel><title>"
            + String(repeating: "&a;", count: 50_000) + "</title><item><title>t</title></item></channel></rss>"
        let clock = ContinuousClock()
        var feed: Feed?
        let elapsed = try clock.measure { feed = try parse(xml) }
        #expect(elapsed < .seconds(30), "runaway expansion, not speed")
        let title = try #require(feed?.title)
        #expect(title.utf8.count > 500_000)   // expanded up to the budget...
        #expect(title.utf8.count <= 1 << 20)  // ...and no further
        #expect(feed?.items.count == 1)
    }

    @Test func internalEntitiesExpand() throws {
        let feed = try parse("""
            <!DOCTYPE rss [<!ENTITY co "Company &amp; Co"><!ENTITY both "&co; and &co;">]>
            <rss><channel><title>A &both; B</title></channel></rss>
            """)
        #expect(feed.title == "A Company & Co and Company & Co B")
    }

    @Test func externalEntitiesAreNeverRead() throws {
        // A real file with a secret, and a real listening socket: neither
        // may be touched, whatever the DTD says.
        let secret = "secret-\(UInt64.random(in: 1...UInt64.max))"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("xxe-\(secret).txt")
        try Data(secret.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let listener = try LoopbackListener()
        defer { listener.close() }
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "\(file.absoluteString)">
              <!ENTITY net SYSTEM "http://127.0.0.1:\(listener.port)/x">
              <!ENTITY closed SYSTEM "http://127.0.0.1:1/">]>
            <rss version="2.0"><channel><title>t&xxe;&net;&closed;</title>
            <item><title>i&xxe;</title><description>d&net;</description></item></channel></rss>
            """)
        #expect(feed.title == "t")
        #expect(feed.items.first?.title == "i")
        #expect(feed.items.first?.summary == "d")
        #expect(!listener.hadConnection())
    }

    @Test func loopbackListenerNoticesAConnection() throws {
        // The check the XXE tests rely on can fail: a real connect is seen.
        let listener = try LoopbackListener()
        defer { listener.close() }
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = listener.port.bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        #expect(listener.hadConnection())
    }

    @Test func externalParameterEntitiesAreNeverRead() throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY % pe SYSTEM "file:///etc/passwd"> %pe;
              <!ENTITY % remote SYSTEM "http://127.0.0.1:\(listener.port)/evil.dtd"> %remote;]>
            <rss version="2.0"><channel><title>safe</title><item><title>i</title></item></channel></rss>
            """)
        #expect(feed.title == "safe")
        #expect(feed.items.count == 1)
        #expect(!listener.hadConnection())
    }

    @Test func deepNestingDoesNotRecurse() throws {
        let depth = 100_000
        let xml = "<rss><channel><item><title>x</title><description>" + String(repeating: "<div>", count: depth)
            + "deep" + String(repeating: "</div>", count: depth) + "</description></item></channel></rss>"
        let feed = try parse(xml)
        #expect(feed.items.count == 1)
        #expect(feed.items.first?.title == "x")
    }

    @Test func nulBytesAndControlCharactersAreDropped() throws {
        var bytes = Array("<rss><channel><title>a".utf8)
        bytes += [0, 0x01, 0x0B]
        bytes += Array("b</title><item><title>i\u{0}</title></item></channel></rss>".utf8)
        let feed = try parse(bytes: bytes)
        #expect(feed.title == "ab")
        #expect(feed.items.count == 1)
    }

    @Test func emptyAndBlankFilesAreNotFeeds() {
        #expect(parseError([], source: "empty.xml")?.description == "empty.xml: not a feed (empty file)")
        #expect(parseError(Array(" \n\t".utf8), source: "blank.xml")?.description == "blank.xml: not a feed (empty file)")
    }

    @Test func htmlPageIsNotAFeed() {
        let html = Array("<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</p></body></html>".utf8)
        #expect(parseError(html, source: "page.html")?.description == "page.html: not a feed (root element <html>)")
    }

    @Test func jsonIsNotAFeed() {
        let json = Array(#"{"items": [1, 2, 3]}"#.utf8)
        #expect(parseError(json, source: "x.json")?.description == "x.json: not a feed (no XML root element; looks like JSON)")
    }

    @Test func plainTextIsNotAFeed() {
        #expect(parseError(Array("just some words".utf8), source: "t.txt")?.description
                == "t.txt: not a feed (no XML root element)")
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(state: 42)
        for _ in 0..<200 {
            var bytes = Array("<rss><channel><item><title>".utf8)
            for _ in 0..<Int(generator.next() % 400) { bytes.append(UInt8(truncatingIfNeeded: generator.next())) }
            // Either a feed or a clean error; never a trap.
            _ = try? parse(bytes: bytes)
        }
    }
}
