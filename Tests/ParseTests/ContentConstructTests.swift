import Model
import Parse
import Testing

/// Content in the places feeds put it beyond the basic elements: Atom's
/// content and categories inside RSS 2.0 items, and `type="html"` Atom
/// content that wraps a literal `<div>`.
@Suite struct ContentConstructTests {
    @Test func atomContentAndCategoriesInRSSItems() throws {
        let feed = try parse("""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Commerce</title>
            <item><title>Export controls widened</title><link>https://commerce.example/1</link>
              <atom:content type="html">&lt;p&gt;Adds 14 entities to the &lt;b&gt;Entity List&lt;/b&gt;&lt;/p&gt;</atom:content>
              <atom:category term="export-controls" label="Export controls"/>
              <category>Trade</category>
              <atom:category term="china"/>
            </item>
            <item><title>Tariff schedule</title><link>https://commerce.example/2</link>
              <description>Short note</description>
              <atom:content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rates rise to <b>25%</b></p></div></atom:content>
            </item>
            <item><title>Plain content wins</title><link>https://commerce.example/3</link>
              <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">encoded text</content:encoded>
              <atom:content>atom text</atom:content>
            </item>
            </channel></rss>
            """)
        #expect(feed.items.count == 3)
        #expect(feed.items[0].content == "<p>Adds 14 entities to the <b>Entity List</b></p>")
        #expect(feed.items[0].categories == ["export-controls", "Trade", "china"])
        #expect(feed.items[1].summary == "Short note")
        #expect(feed.items[1].content == "<p>Rates rise to <b>25%</b></p>")
        #expect(feed.items[2].content == "encoded text")
    }

    @Test func htmlContentWrappingEscapedMarkupInADiv() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
            <entry><title>Duties</title><id>urn:duties</id>
              <content type="html">
                <div xmlns="http://www.w3.org/1999/xhtml">&lt;p&gt;Duties on steel &amp;amp; aluminium &lt;em&gt;doubled&lt;/em&gt;&lt;/p&gt;</div>
              </content>
              <summary type="html"><div><p>Quotas <b>cut</b> &amp; extended</p></div></summary>
            </entry></feed>
            """)
        let item = try #require(feed.items.first)
        #expect(item.content == "<p>Duties on steel &amp; aluminium <em>doubled</em></p>")
        #expect(item.summary == "<p>Quotas <b>cut</b> &amp; extended</p>")
        #expect(HTMLText.plainText(item.content ?? "") == "Duties on steel & aluminium doubled")
    }

    @Test func htmlContentWithADivAmongOtherMarkupIsKept() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
            <entry><title>Duties</title><id>urn:d2</id>
              <content type="html">Intro &lt;b&gt;bold&lt;/b&gt;</content>
            </entry></feed>
            """)
        #expect(feed.items.first?.content == "Intro <b>bold</b>")
    }
}
