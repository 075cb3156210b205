import Model
import Parse
import Testing

/// The server's Content-Type charset, for documents that do not say.
@Suite struct HTTPCharsetTests {
    private let privet: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]  // Привет in windows-1251

    private func rss(_ declaration: String = "", title: [UInt8]) -> [UInt8] {
        Array("\(declaration)<rss><channel><title>".utf8) + title + Array("</title></channel></rss>".utf8)
    }

    @Test func undeclaredDocumentIsReadInTheHeadersCharset() throws {
        let feed = try FeedParser.parse(rss(title: privet), source: "t", charset: "windows-1251")
        #expect(feed.title == "Привет")
    }

    @Test func koi8rAndLatinLabelsWorkToo() throws {
        let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]  // Привет in KOI8-R
        #expect(try FeedParser.parse(rss(title: koi8), source: "t", charset: "koi8-r").title == "Привет")
        #expect(try FeedParser.parse(rss(title: [0x47, 0x72, 0xFC, 0xDF, 0x65]), source: "t", charset: "iso-8859-1").title == "Grüße")
    }

    @Test func theDocumentsOwnDeclarationWins() throws {
        let bytes = rss("<?xml version=\"1.0\" encoding=\"koi8-r\"?>", title: [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4])
        #expect(try FeedParser.parse(bytes, source: "t", charset: "windows-1251").title == "Привет")
    }

    @Test func validUTF8WinsOverAWrongLabel() throws {
        // Servers that say ISO-8859-1 (a web server default) for UTF-8 feeds are common.
        let feed = try FeedParser.parse(rss(title: Array("Zoë 日本".utf8)), source: "t", charset: "iso-8859-1")
        #expect(feed.title == "Zoë 日本")
    }

    @Test func anUnknownLabelChangesNothing() throws {
        let bytes = rss(title: [0x63, 0x61, 0x66, 0xE9])  // "caf" + é in Windows-1252, no declaration
        #expect(try FeedParser.parse(bytes, source: "t", charset: "x-unknown-thing").title == "café")
        #expect(try FeedParser.parse(bytes, source: "t").title == "café")
    }
}
