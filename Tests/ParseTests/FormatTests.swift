import Foundation
import Model
import Parse
import Testing

/// Each format's fields, from small inline documents.
@Suite struct FormatTests {
    @Test func rss2ItemFieldsAndExtensions() throws {
        let feed = try parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
              <title>Trade &amp; Policy</title>
              <link>https://news.example/</link>
              <description>All of it</description>
              <lastBuildDate>Tue, 10 Jun 2025 18:00:00 +0100</lastBuildDate>
              <item>
                <title><![CDATA[China eases <rare earth> curbs]]></title>
                <link>https://news.example/a</link>
                <guid isPermaLink="false">tag:news.example,2025:1</guid>
                <description>&lt;p&gt;Summary&lt;/p&gt;</description>
                <content:encoded><![CDATA[<p>Full <b>text</b></p>]]></content:encoded>
                <dc:creator>Jane Roe</dc:creator>
                <category>trade</category>
                <dc:subject>china</dc:subject>
                <pubDate>Tue, 10 Jun 2025 09:30:00 GMT</pubDate>
                <atom:updated>2025-06-11T00:00:00Z</atom:updated>
              </item>
            </channel></rss>
            """)
        #expect(feed.title == "Trade & Policy")
        #expect(feed.link == "https://news.example/")
        #expect(feed.description == "All of it")
        #expect(utc(feed.updated) == "2025-06-10T17:00:00Z")
        let item = try #require(feed.items.first)
        #expect(item.id == "tag:news.example,2025:1")
        #expect(item.title == "China eases <rare earth> curbs")
        #expect(item.link == "https://news.example/a")
        #expect(item.summary == "<p>Summary</p>")
        #expect(item.content == "<p>Full <b>text</b></p>")
        #expect(item.author == "Jane Roe")
        #expect(item.categories == ["trade", "china"])
        #expect(utc(item.published) == "2025-06-10T09:30:00Z")
        #expect(utc(item.updated) == "2025-06-11T00:00:00Z")
    }

    @Test func permalinkGuidBecomesTheLink() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><item><guid>https://x.example/1</guid><title>t</title></item></channel></rss>
            """)
        #expect(feed.items.first?.link == "https://x.example/1")
        #expect(feed.items.first?.id == "https://x.example/1")
    }

    @Test func rdfItemsAreSiblingsOfTheChannel() throws {
        let feed = try parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
              <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link>
                <dc:date>2025-06-10T12:00:00+08:00</dc:date></item>
              <item rdf:about="https://r.example/2"><title>Two</title></item>
            </rdf:RDF>
            """)
        #expect(feed.title == "R")
        #expect(feed.items.map(\.title) == ["One", "Two"])
        #expect(feed.items[1].id == "https://r.example/2")
        #expect(utc(feed.items[0].published) == "2025-06-10T04:00:00Z")
    }

    @Test func atom10EntryFields() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">A</title><subtitle>Sub</subtitle>
              <link rel="self" href="https://a.example/feed"/><link href="https://a.example/"/>
              <updated>2025-06-10T10:00:00Z</updated>
              <entry>
                <id>urn:uuid:1</id><title type="html">Tariffs &lt;em&gt;cut&lt;/em&gt;</title>
                <link rel="enclosure" href="https://a.example/x.mp3"/>
                <link rel="alternate" type="text/html" href="https://a.example/1"/>
                <published>2025-06-09T08:00:00-04:00</published><updated>2025-06-10T08:00:00Z</updated>
                <author><name>Ann</name><email>ann@a.example</email></author>
                <category term="tariffs"/>
                <summary>Short</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>world</b> &amp; co</p></div></content>
              </entry>
            </feed>
            """)
        #expect(feed.title == "A")
        #expect(feed.description == "Sub")
        #expect(feed.link == "https://a.example/")
        let entry = try #require(feed.items.first)
        #expect(entry.id == "urn:uuid:1")
        #expect(entry.title == "Tariffs <em>cut</em>")
        #expect(entry.link == "https://a.example/1")
        #expect(utc(entry.published) == "2025-06-09T12:00:00Z")
        #expect(entry.author == "Ann (ann@a.example)")
        #expect(entry.categories == ["tariffs"])
        #expect(entry.summary == "Short")
        #expect(entry.content == "<p>Hello <b>world</b> &amp; co</p>")
    }

    @Test func atom03UsesIssuedModifiedAndTagline() throws {
        let feed = try parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>Old</title><tagline>Tag</tagline><modified>2004-01-01T00:00:00Z</modified>
              <entry><title>E</title><link rel="alternate" type="text/html" href="http://o.example/e"/>
                <id>tag:o,2004:e</id><issued>2003-12-31T23:00:00Z</issued><modified>2004-01-01T00:00:00Z</modified>
                <content type="text/html" mode="escaped">&lt;p&gt;x&lt;/p&gt;</content></entry>
            </feed>
            """)
        #expect(feed.description == "Tag")
        #expect(utc(feed.updated) == "2004-01-01T00:00:00Z")
        #expect(utc(feed.items.first?.published) == "2003-12-31T23:00:00Z")
        #expect(feed.items.first?.content == "<p>x</p>")
        #expect(feed.items.first?.link == "http://o.example/e")
    }

    @Test func atomWithoutNamespaceStillParses() throws {
        let feed = try parse("<feed><title>N</title><entry><id>1</id><title>e</title></entry></feed>")
        #expect(feed.items.count == 1)
        #expect(feed.title == "N")
    }

    @Test func standaloneAtomEntryIsAFeedOfOne() throws {
        let feed = try parse(#"<entry xmlns="http://www.w3.org/2005/Atom"><id>x</id><title>Only</title></entry>"#)
        #expect(feed.items.map(\.title) == ["Only"])
    }

    @Test func relativeLinksResolveAgainstXMLBaseAndFeedURL() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/blog/">
              <link href="index.html"/>
              <entry><id>1</id><link href="posts/1"/></entry>
              <entry xml:base="/other/"><id>2</id><link href="2"/></entry>
            </feed>
            """, base: "https://feed.example/atom.xml")
        #expect(feed.link == "https://base.example/blog/index.html")
        #expect(feed.items.map(\.link) == ["https://base.example/blog/posts/1", "https://base.example/other/2"])

        let rss = try parse("<rss><channel><item><link>/a/b</link></item></channel></rss>",
                            base: "https://feed.example/rss.xml")
        #expect(rss.items.first?.link == "https://feed.example/a/b")
    }

    @Test func mediaDescriptionOnlyWhenNoOtherText() throws {
        let feed = try parse("""
            <rss xmlns:media="http://search.yahoo.com/mrss/"><channel>
              <item><title>v</title><media:group><media:description>From media</media:description></media:group></item>
              <item><title>w</title><description>Own</description><media:description>Media</media:description></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.summary) == ["From media", "Own"])
        let titled = try parse("""
            <rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item>
              <media:content url="x.mp4"><media:title>Clip</media:title></media:content></item></channel></rss>
            """)
        #expect(titled.items.first?.title == "Clip")
    }

    @Test func identityFallsBackToLinkThenStableHash() throws {
        let xml = """
            <rss><channel>
              <item><link>https://l.example/1</link><title>a</title></item>
              <item><title>No link</title><pubDate>Tue, 10 Jun 2025 09:30:00 GMT</pubDate></item>
              <item><title>No link</title><pubDate>Wed, 11 Jun 2025 09:30:00 GMT</pubDate></item>
            </channel></rss>
            """
        let feed = try parse(xml)
        #expect(feed.items[0].id == "https://l.example/1")
        #expect(feed.items[1].id.hasPrefix("fnv1a:"))
        #expect(feed.items[1].id.count == "fnv1a:".count + 16)
        #expect(feed.items[1].id != feed.items[2].id)
        // FNV-1a of "No link" 0x1F "Tue, 10 Jun 2025 09:30:00 GMT" 0x1F, computed independently.
        #expect(feed.items[1].id == "fnv1a:" + fnv1a(Array("No link".utf8) + [0x1F] + Array("Tue, 10 Jun 2025 09:30:00 GMT".utf8) + [0x1F]))
        #expect(try parse(xml).items.map(\.id) == feed.items.map(\.id))
    }

    @Test func feedWrappedInXHTMLPageIsFound() throws {
        let feed = try parse("""
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Inner</title><entry><id>1</id></entry></feed>
            </body></html>
            """)
        #expect(feed.title == "Inner")
        #expect(feed.items.count == 1)
    }

    @Test func unescapedHTMLInDescriptionIsKeptAsMarkup() throws {
        let feed = try parse("<rss><channel><item><description>Hi <b>there</b> &amp; <br/>you</description></item></channel></rss>")
        #expect(feed.items.first?.summary == "Hi <b>there</b> &amp; <br />you")
    }

    @Test func base64TextConstructsDecode() throws {
        let feed = try parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
              <summary mode="base64">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</summary>
              <title type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml">Example <b>Atom</b></div></title>
            </entry></feed>
            """)
        #expect(feed.items.first?.summary == "Example <b>Atom</b>")
        #expect(feed.items.first?.title == "<div>Example <b>Atom</b></div>")
        let atom10 = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>
              <content type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</content></entry></feed>
            """)
        #expect(atom10.items.first?.content == "Example <b>Atom</b>")
    }

    @Test func repeatedDateElementsLastOneWins() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>
              <updated>2010-12-01T10:14:55Z</updated><updated>2003-12-31T10:14:55Z</updated></entry></feed>
            """)
        #expect(utc(feed.items.first?.updated) == "2003-12-31T10:14:55Z")
    }

    @Test func xhtmlBodyAndFullitemAreContent() throws {
        let feed = try parse("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
              <item><body xmlns="http://www.w3.org/1999/xhtml"><p>Example <b>content</b></p></body><dc:author>Ed</dc:author></item>
              <item><fullitem>&lt;p&gt;Full&lt;/p&gt;</fullitem></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.content) == ["<p>Example <b>content</b></p>", "<p>Full</p>"])
        #expect(feed.items.first?.author == "Ed")
    }

    @Test func atomInAnUnknownNamespaceStillParses() throws {
        let feed = try parse(#"<feed version="0.3" xmlns="http://example.com/newformat#"><title>Example Atom</title></feed>"#)
        #expect(feed.title == "Example Atom")
    }

    @Test func summaryStaysTheFeedsOwnAndASecondSummaryIsContent() throws {
        let feed = try parse("""
            <rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
              <item><content:encoded>&lt;p&gt;China suspends export controls&lt;/p&gt;</content:encoded></item>
              <item><description>First</description><summary>Second</summary></item>
            </channel></rss>
            """)
        // The summary is only ever the feed's own: callers decide how much
        // of a long content to read.
        #expect(feed.items[0].summary == nil)
        #expect(feed.items[0].content == "<p>China suspends export controls</p>")
        #expect(feed.items[1].summary == "First")
        #expect(feed.items[1].content == "Second")
    }
}

private func fnv1a(_ bytes: [UInt8]) -> String {
    var h: UInt64 = 14_695_981_039_346_656_037
    for b in bytes { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}
