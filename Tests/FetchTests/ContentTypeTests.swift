import Fetch
import Testing
import TestSupport

@Suite struct ContentTypeTests {
    @Test func charsetParameterIsFoundUnquotedAndLowercased() {
        #expect(ContentType.charset(of: "text/xml; Charset=\"Windows-1251\"") == "windows-1251")
        #expect(ContentType.charset(of: "application/rss+xml;charset=UTF-8") == "utf-8")
        #expect(ContentType.charset(of: "text/xml; q=1; charset = koi8-r ") == "koi8-r")
        #expect(ContentType.charset(of: "application/xml") == nil)
        #expect(ContentType.charset(of: "text/xml; charset=") == nil)
    }

    @Test func theResponsesCharsetComesWithItsBody() async throws {
        let server = try HTTPTestServer { _ in .ok(sampleFeed, contentType: "text/xml; charset=windows-1251") }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        #expect(result.outcome.charset == "windows-1251")
        #expect(result.outcome.body == Array(sampleFeed.utf8))
    }

    @Test func onlyTheLastResponseOfARedirectCounts() async throws {
        let server = try HTTPTestServer { request in
            request.path == "/old"
                ? .status(301, headers: [("Location", "/new"), ("Content-Type", "text/html; charset=koi8-r")])
                : .ok(sampleFeed, contentType: "application/rss+xml")
        }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/old")))
        #expect(result.outcome.body != nil)
        #expect(result.outcome.charset == nil)
    }
}
