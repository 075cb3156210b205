import Foundation
import Model
import Parse
import Testing

/// Small real feeds copied from ../shared/corpus (one per format and per
/// kind of breakage), pinned field by field.
@Suite struct CorpusFixtureTests {
    @Test func rss2Feed() throws {
        let feed = try parse(bytes: try fixture("feedjira__a10.xml"))
        #expect(feed.title == "Some Title")
        #expect(feed.items.count == 5)
        #expect(feed.items.first?.link == "http://www.example.com/5")
        #expect(feed.items.first?.author == "John Doe (john.doe@example.com)")
        #expect(utc(feed.items.first?.published) == "2020-05-14T10:00:18Z")
    }

    @Test func rss091Feed() throws {
        let feed = try parse(bytes: try fixture("newsboat__rss091_1.xml"))
        #expect(feed.title == "Example Channel")
        #expect(feed.items.first?.title == "1 < 2")
    }

    @Test func rss10Feed() throws {
        let feed = try parse(bytes: try fixture("newsboat__rss10_1.xml"))
        #expect(feed.link == "http://www.example.org")
        #expect(feed.items.count == 1)
        #expect(feed.items.first?.id == "http://www.example.org/status/")
        #expect(utc(feed.items.first?.published) == "2008-12-30T07:20:00Z")
    }

    @Test func atom10Feed() throws {
        let feed = try parse(bytes: try fixture("picofeed__atomsample.xml"))
        #expect(feed.items.first?.id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a")
        #expect(feed.items.first?.link == "http://example.org/2003/12/13/atom03")
        #expect(utc(feed.items.first?.updated) == "2003-12-13T18:30:02Z")
    }

    @Test func atom03Feed() throws {
        let feed = try parse(bytes: try fixture("kde-syndication__wordpress2_atom03_example.xml"))
        let item = try #require(feed.items.first)
        #expect(item.content == "<p>I like <a href=\"http://somewhere.com\">this</a> a lot.</p>")
        #expect(item.categories == ["asubject", "anothersubject"])
        #expect(item.author == "Foobar")
    }

    @Test func whitespaceBeforeDeclarationAndUnclosedElement() throws {
        let feed = try parse(bytes: try fixture("feedjira__ITunesWithSingleQuotedAttributes.xml"))
        #expect(feed.items.count == 3)
        #expect(feed.items.first?.title == "Shake Shake Shake Your Spices")
    }

    @Test func undeclaredNbspInUTF8Feed() throws {
        let feed = try parse(bytes: try fixture("feed-rs__rss_2.0_dbengines.xml"))
        let summary = try #require(feed.items.first?.summary)
        #expect(summary.contains("in our\u{A0}DB-Engines Ranking"))
    }

    @Test func invalidUTF8InUTF8Feed() throws {
        let feed = try parse(bytes: try fixture("feedparser__bozo_encoding_mismatch_crash.xml"))
        #expect(feed.items.count == 1)
    }

    @Test func latin1FeedWithoutDeclaration() throws {
        let feed = try parse(bytes: try fixture("miniflux__no_encoding_ISO-8859-1.xml"))
        #expect(feed.items.count == 10)
        #expect(feed.items.contains { $0.title?.contains("très") == true })
    }

    @Test func htmlRedirectPageIsNotAFeed() throws {
        let error = parseError(try fixture("rss-parser__unrecognized.rss"), source: "unrecognized.rss")
        #expect(error?.description == "unrecognized.rss: not a feed (root element <head>)")
    }
}

/// Every file of ../shared/corpus in-process: no crash, and every
/// well-formed feed has MANIFEST's item count.
@Suite struct CorpusTests {
    @Test func wellFormedItemCountsMatchManifest() throws {
        guard let corpus = corpusFolder() else { return }
        let manifest = try String(contentsOf: corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        var lines = manifest.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let header = lines.removeFirst().map(String.init)
        let file = try #require(header.firstIndex(of: "file"))
        let wellFormed = try #require(header.firstIndex(of: "well_formed"))
        let count = try #require(header.firstIndex(of: "item_count"))
        var checked = 0
        for row in lines {
            let path = corpus.appendingPathComponent("feeds").appendingPathComponent(String(row[file])).path
            guard let data = FileManager.default.contents(atPath: path) else {
                Issue.record("cannot read \(path)")
                continue
            }
            let result = Result { () throws(FeedParseError) -> Feed in try FeedParser.parse([UInt8](data), source: path) }
            guard row[wellFormed] == "yes", let expected = Int(row[count]) else { continue }
            checked += 1
            switch result {
            case .success(let feed): #expect(feed.items.count == expected, "\(row[file])")
            case .failure(let error): Issue.record("\(error)")
            }
        }
        #expect(checked > 300)
    }
}
