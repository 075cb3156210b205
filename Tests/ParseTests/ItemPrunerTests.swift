import Foundation
import Model
@testable import Parse
import Testing

/// Items are converted and freed while libxml2 parses (`ItemPruner`); the
/// result must be exactly what the adapters find in the whole tree.
@Suite struct ItemPrunerTests {
    private func run(_ raw: UnsafeRawBufferPointer, pruning: Bool) -> Result<(feed: Feed, takenEarly: Int), FeedParseError> {
        Result { () throws(FeedParseError) -> (feed: Feed, takenEarly: Int) in
            try FeedParser.parse(raw, source: "t.xml", baseURL: "http://example.com/feed", pruningItems: pruning)
        }
    }

    private func both(_ bytes: [UInt8]) -> (pruned: Result<Feed, FeedParseError>, whole: Result<Feed, FeedParseError>) {
        bytes.withUnsafeBytes { raw in
            (run(raw, pruning: true).map(\.feed), run(raw, pruning: false).map(\.feed))
        }
    }

    private func takenEarly(_ xml: String) -> Int? {
        Array(xml.utf8).withUnsafeBytes { try? run($0, pruning: true).get().takenEarly }
    }

    private func expectSame(_ xml: String, items expected: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let (pruned, whole) = both(Array(xml.utf8))
        #expect(pruned == whole, sourceLocation: sourceLocation)
        #expect((try? pruned.get().items.count) == expected, sourceLocation: sourceLocation)
    }

    @Test func standardItemsAreTakenWhileParsing() {
        #expect(takenEarly("<rss><channel><item><title>a</title></item><item><title>b</title></item></channel></rss>") == 2)
        #expect(takenEarly("<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>1</id></entry></feed>") == 1)
        #expect(takenEarly("<channel><item><title>a</title></item></channel>") == 1)
        // Left to the tree walk: a wrapped feed, a second channel.
        #expect(takenEarly("<html><feed xmlns='http://www.w3.org/2005/Atom'><entry><id>1</id></entry></feed></html>") == 0)
        #expect(takenEarly("<rss><channel/><channel><item><title>b</title></item></channel></rss>") == 0)
    }

    @Test func textBetweenItemsIsNotAppendedToFreedNodes() {
        // Non-whitespace text and entities between items: libxml2 would try
        // to append them to the text node before the freed item.
        expectSame("""
            <rss><channel><title>T</title>junk &amp; more<item><title>a</title></item>text after &lt;
            <item><title>b</title></item>tail&#233;<item><title>c</title></item>end</channel></rss>
            """, items: 3)
    }

    @Test func nestedAndSwallowedItemsKeepTheirOrder() {
        expectSame("""
            <rss><channel>
            <item><title>1</title><item><title>1.1</title></item></item>
            <item><title>2</title></item><itunes:category xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
            <item><title>3</title></item><item><title>4</title></item>
            </channel></rss>
            """, items: 5)
    }

    @Test func secondChannelItemsAreIgnoredAsBefore() {
        expectSame("""
            <rss><channel><item><title>a</title></item></channel>
            <channel><item><title>b</title></item></channel></rss>
            """, items: 1)
    }

    @Test func rss10ItemsBeforeTheChannelKeepTheAdaptersOrder() {
        expectSame("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
            <item rdf:about="http://e/1"><title>1</title><link>http://e/1</link></item>
            <channel rdf:about="http://e/"><title>C</title><link>http://e/</link></channel>
            <item rdf:about="http://e/2"><title>2</title><link>http://e/2</link></item>
            </rdf:RDF>
            """, items: 2)
    }

    @Test func rss10ChannelHoldingAnItemKeepsTheAdaptersOrder() {
        expectSame("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
            <channel rdf:about="http://e/"><title>C</title><x><item rdf:about="http://e/0"><title>0</title></item></x></channel>
            <item rdf:about="http://e/1"><title>1</title></item>
            <item rdf:about="http://e/2"><title>2</title></item>
            </rdf:RDF>
            """, items: 3)
    }

    @Test func atomEntriesWithTheirOwnNamespaceDeclarations() {
        expectSame("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
            <entry xmlns:m="http://search.yahoo.com/mrss/"><id>1</id><title>a</title><m:title>x</m:title></entry>
            <entry xmlns:d="http://purl.org/dc/elements/1.1/"><id>2</id><title>b</title><d:creator>c</d:creator></entry>
            <x:entry xmlns:x="http://example.com/other"><id>3</id></x:entry>
            <entry><id>4</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">d <b>e</b></div></title></entry>
            </feed>
            """, items: 3)
    }

    @Test func wrappedFeedIsReadFromTheTree() {
        expectSame("""
            <html><body><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id></entry></feed></body></html>
            """, items: 1)
    }

    @Test func unclosedDocumentKeepsItsOpenItem() {
        expectSame("<rss><channel><item><title>a</title></item><item><title>b</title>", items: 2)
    }

    @Test func internalEntitiesShareOneBudgetAcrossItems() {
        let items = String(repeating: "<item><title>&big;</title></item>", count: 40)
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "\(String(repeating: "x", count: 40_000))">]>
            <rss><channel>\(items)</channel></rss>
            """
        let (pruned, whole) = both(Array(xml.utf8))
        #expect(pruned == whole)
    }

    @Test func everyFixtureAndCorpusFeedParsesTheSame() throws {
        var files = try FileManager.default.contentsOfDirectory(atPath: fixturesFolder()).map { fixturesFolder() + "/" + $0 }
        if let corpus = corpusFolder() {
            let feeds = corpus.appendingPathComponent("feeds").path
            files += (try? FileManager.default.contentsOfDirectory(atPath: feeds).map { feeds + "/" + $0 }) ?? []
        }
        var compared = 0
        for path in files where !path.hasSuffix(".md") {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let (pruned, whole) = both([UInt8](data))
            #expect(pruned == whole, "\(path)")
            compared += 1
        }
        #expect(compared > 10)
    }
}
