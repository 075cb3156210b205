import Model
import Parse
import Testing

/// Relative links inside HTML titles, summaries and content are resolved
/// against the `xml:base` in effect (inherited from ancestors), whether
/// the HTML is escaped, in CDATA or inline markup.
@Suite struct ContentLinkTests {
    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://trade.example.gov/notices/">
          <title>Notices</title>
          <entry xml:base="2026/">
            <title type="html"><![CDATA[Tariff <a href="t1.html">notice</a>]]></title>
            <id>urn:notice:1</id>
            <link href="t1.html"/>
            <summary type="html">&lt;img src="../img/chart.png"&gt; Duties &lt;a href='/rates?x=1'&gt;rates&lt;/a&gt; \
        &lt;a href="https://other.example/abs"&gt;abs&lt;/a&gt; &lt;a href="mailto:desk@trade.example.gov"&gt;m&lt;/a&gt;</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>See <a href="annex.pdf">annex</a>, \
        <span xml:base="/archive/"><a href="old.html">archive</a></span></p></div></content>
          </entry>
        </feed>
        """

    @Test func atomHTMLLinksFollowInheritedBase() throws {
        let item = try #require(try parse(Self.atom).items.first)
        #expect(item.link == "https://trade.example.gov/notices/2026/t1.html")
        #expect(item.title == #"Tariff <a href="https://trade.example.gov/notices/2026/t1.html">notice</a>"#)
        #expect(item.summary == #"<img src="https://trade.example.gov/notices/img/chart.png"> Duties "#
            + #"<a href='https://trade.example.gov/rates?x=1'>rates</a> <a href="https://other.example/abs">abs</a> "#
            + #"<a href="mailto:desk@trade.example.gov">m</a>"#)
        #expect(item.content == #"<p>See <a href="https://trade.example.gov/notices/2026/annex.pdf">annex</a>, "#
            + #"<span xml:base="/archive/"><a href="https://trade.example.gov/archive/old.html">archive</a></span></p>"#)
    }

    @Test func rssDescriptionLinksFollowChannelBase() throws {
        let feed = try parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel xml:base="https://ustr.example/press/"><title>Press</title>
            <item><title>Section 301</title><link>releases/301.html</link>
            <description><![CDATA[<p>Read the <a href="docs/fr-notice.pdf">notice</a>.</p>]]></description>
            <content:encoded>&lt;img src="/img/seal.png"/&gt;Full text</content:encoded></item>
            </channel></rss>
            """)
        let item = try #require(feed.items.first)
        #expect(item.link == "https://ustr.example/press/releases/301.html")
        #expect(item.summary == #"<p>Read the <a href="https://ustr.example/press/docs/fr-notice.pdf">notice</a>.</p>"#)
        #expect(item.content == #"<img src="https://ustr.example/img/seal.png"/>Full text"#)
    }

    @Test func documentURLIsTheBaseWithoutXMLBase() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>c</title>
            <item><title>t</title><description>&lt;a href="list.html"&gt;entity list&lt;/a&gt;</description></item>
            </channel></rss>
            """, base: "https://bis.example/feeds/rss.xml")
        #expect(feed.items.first?.summary == #"<a href="https://bis.example/feeds/list.html">entity list</a>"#)
    }

    @Test func withoutAbsoluteBaseLinksStayAsWritten() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>c</title>
            <item><title>t</title><description>&lt;a href="list.html"&gt;list&lt;/a&gt; a &lt; b</description></item>
            </channel></rss>
            """)
        #expect(feed.items.first?.summary == #"<a href="list.html">list</a> a < b"#)
    }
}
