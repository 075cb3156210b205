import Foundation
import Model
import Parse
import Testing

/// Broken bytes libxml2 alone would choke on.
@Suite struct EncodingRepairTests {
    @Test func windows1252BytesInUTF8FeedAreTranscoded() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>caf".utf8)
        bytes += [0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80]  // é “q” €
        bytes += Array("</title></channel></rss>".utf8)
        #expect(try parse(bytes: bytes).title == "café “q” €")
    }

    @Test func latin1DeclaredFeedIsDecoded() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>".utf8)
        bytes += [0x47, 0x72, 0xFC, 0xDF, 0x65]  // Grüße
        bytes += Array("</title></channel></rss>".utf8)
        #expect(try parse(bytes: bytes).title == "Grüße")
    }

    @Test func utf8MislabelledAsLatin1StaysUTF8() throws {
        let feed = try parse(bytes: try fixture("miniflux__utf8-incorrect-prolog.xml"))
        #expect(feed.title == "테스트 피드")
        #expect(feed.items.first?.title == "Café")
    }

    @Test func windows1251FeedGoesThroughIconv() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>".utf8)
        bytes += [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]  // Привет
        bytes += Array("</title></channel></rss>".utf8)
        #expect(try parse(bytes: bytes).title == "Привет")
    }

    @Test func bogusDeclaredEncodingFallsBackToUTF8() throws {
        let feed = try parse("<?xml version=\"1.0\" encoding=\"bogus\"?><rss><channel><title>Zoë</title></channel></rss>")
        #expect(feed.title == "Zoë")
    }

    @Test func byteOrderMarksAndUTF16() throws {
        let text = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel><title>Ünï</title></channel></rss>"
        #expect(try parse(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8)).title == "Ünï")
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try parse(bytes: le).title == "Ünï")
        let be: [UInt8] = text.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }  // no BOM
        #expect(try parse(bytes: be).title == "Ünï")
        let feed = try parse(bytes: try fixture("simplepie__feed-utf16le.xml"))
        #expect(feed.title == "Test feed")
        #expect(feed.items.count == 1)
    }

    @Test func junkBeforeTheDeclarationIsSkipped() throws {
        let feed = try parse("\n\n   junk<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>T</title></channel></rss>")
        #expect(feed.title == "T")
    }

    @Test func undeclaredHTMLEntitiesDecode() throws {
        let feed = try parse("<rss><channel><title>a&nbsp;b &auml; &hellip; &mdash; &copy;</title></channel></rss>")
        #expect(feed.title == "a\u{A0}b ä … — ©")
    }

    @Test func unknownEntitiesAndBareAmpersandsAreKeptAsText() throws {
        let feed = try parse("<rss><channel><title>Fish & Chips &amp; &bogus; a&b=c</title></channel></rss>")
        #expect(feed.title == "Fish & Chips & &bogus; a&b=c")
    }

    @Test func entitiesInsideCDATAStayLiteral() throws {
        let feed = try parse("<rss><channel><title><![CDATA[x &auml; & <y>]]></title></channel></rss>")
        #expect(feed.title == "x &auml; & <y>")
    }

    @Test func c1NumericReferencesMeanWindows1252() throws {
        #expect(try parse("<rss><channel><title>&#147;q&#148; &#8364;</title></channel></rss>").title == "“q” €")
    }

    @Test func bareLessThanIsText() throws {
        #expect(try parse("<rss><channel><title>1 < 2</title></channel></rss>").title == "1 < 2")
    }

    @Test func typographicAttributeQuotesAreStraightened() throws {
        let feed = try parse(bytes: try fixture("rssreader__atom-invalid-xml-quotation-mark.xml"))
        #expect(feed.title == "Earthquakes")
        #expect(feed.items.count == 3)
        #expect(feed.items.first?.link == "http://example.org/2005/09/09/atom01")
    }

    @Test func c1ControlsInUTF8AreWindows1252Punctuation() throws {
        var bytes = Array("<rss><channel><title>don".utf8)
        bytes += [0xC2, 0x92]  // U+0092, really Windows-1252's right single quote
        bytes += Array("t</title></channel></rss>".utf8)
        #expect(try parse(bytes: bytes).title == "don\u{2019}t")
    }

    @Test func upperCaseHexReferenceDecodes() throws {
        #expect(try parse("<rss><channel><title>&#X41;&#x42;</title></channel></rss>").title == "AB")
    }

    @Test func doubleEncodedUTF8IsUndone() throws {
        // "Actualités" encoded to UTF-8 twice, as feedparser repairs it.
        let feed = try parse("<rss><channel><title>Actualit\u{C3}\u{A9}s</title><description>Caf\u{E9}</description></channel></rss>")
        #expect(feed.title == "Actualités")
        #expect(feed.description == "Café")  // real Latin-1 characters stay
    }
}
