import Foundation
import Testing
import TestSupport

/// `tradewatch parse` and `parse --stats` as DESIGN.md fixes them.
@Suite struct ParseCommandTests {
    let atom = TradewatchBinary.repoRoot().appendingPathComponent("config/demo-feeds/ministry.atom").path

    @Test func printsTheNormalisedFeedWithEveryKeyAndNulls() async throws {
        let run = try await CommandRun.tradewatch(["parse", atom])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let feed = try #require(json["feed"] as? [String: Any])
        #expect(Set(feed.keys) == ["title", "link", "description", "updated"])
        #expect(feed["description"] is NSNull)
        #expect(feed["updated"] as? String == "2026-11-24T09:00:00Z")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(Set(items[0].keys) == ["id", "title", "link", "summary", "content", "author", "categories",
                                       "published", "updated"])
        #expect(items[0]["link"] as? String == "https://demo.tradewatch.invalid/ministry/releases/tariff-cut",
                "relative links resolve against xml:base")
        #expect((items[0]["summary"] as? String)?.hasPrefix("<p>") == true, "HTML is kept, entity-decoded")
    }

    @Test func fetchesHTTPFeeds() async throws {
        let body = try String(contentsOfFile: atom, encoding: .utf8)
        let server = try HTTPTestServer { _ in .ok(body, contentType: "application/atom+xml") }
        let run = try await CommandRun.tradewatch(["parse", server.url("/feed.atom")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Demo Ministry Releases"))
        let gone = try HTTPTestServer { _ in .status(404) }
        let missing = try await CommandRun.tradewatch(["parse", gone.url("/gone.xml")])
        #expect(missing.status == 1)
        #expect(missing.stderr == "tradewatch: \(gone.url("/gone.xml")): HTTP 404\n")
        let refused = try await CommandRun.tradewatch(["parse", "http://127.0.0.1:1/feed.xml"])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("tradewatch: http://127.0.0.1:1/feed.xml: network error"))
    }

    @Test func notAFeedExitsOneNamingTheFileAndWhatWasFound() async throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("tw-\(UUID().uuidString.prefix(6))-page.html").path
        try "<!DOCTYPE html><html><body>hello</body></html>".write(toFile: page, atomically: true, encoding: .utf8)
        let run = try await CommandRun.tradewatch(["parse", page])
        #expect(run.status == 1)
        #expect(run.stderr == "tradewatch: \(page): not a feed (root element <html>)\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func statsPrintsOneJSONLineForManyFiles() async throws {
        let feeds = TradewatchBinary.repoRoot().appendingPathComponent("config/demo-feeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: feeds.path).map { feeds.appendingPathComponent($0).path }
        let run = try await CommandRun.tradewatch(["parse", "--stats"] + files)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["files", "bytes", "items", "errors", "seconds", "mb_per_s"])
        #expect(json["files"] as? Int == 3)
        #expect(json["items"] as? Int == 8)
        #expect(json["errors"] as? Int == 0)
    }
}
