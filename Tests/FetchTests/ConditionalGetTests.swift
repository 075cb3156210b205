import Fetch
import Testing
import TestSupport

@Suite struct ConditionalGetTests {
    @Test func okReturnsBodyAndValidators() async throws {
        let server = try HTTPTestServer { _ in
            .ok(sampleFeed, headers: [("ETag", "\"v1\""), ("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT")])
        }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed.xml")))
        guard case .content(let body, let validators, let finalURL, let status, _) = result.outcome else {
            Issue.record("expected content, got \(result.outcome)")
            return
        }
        #expect(body == Array(sampleFeed.utf8))
        #expect(validators == Validators(etag: "\"v1\"", lastModified: "Wed, 21 Oct 2015 07:28:00 GMT"))
        #expect(finalURL == server.url("/feed.xml"))
        #expect(status == 200)
    }

    @Test func notModifiedKeepsValidators() async throws {
        let etag = "W/\"abc-123\"", lastModified = "Tue, 24 Nov 2026 09:00:00 GMT"
        let server = try HTTPTestServer { request in
            request.header("If-None-Match") == etag ? .status(304) : .ok(sampleFeed, headers: [("ETag", etag)])
        }
        let fetcher = Fetcher()
        let result = await fetcher.fetch(FetchRequest(url: server.url("/feed"), etag: etag, lastModified: lastModified))
        #expect(result.outcome == .notModified(validators: Validators(etag: etag, lastModified: lastModified)))
        let seen = try #require(server.requests.first)
        #expect(seen.header("If-None-Match") == etag)
        #expect(seen.header("If-Modified-Since") == lastModified)
    }

    @Test func notModifiedTakesNewValidatorsTheServerSends() async throws {
        let server = try HTTPTestServer { _ in .status(304, headers: [("ETag", "\"v2\"")]) }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed"), etag: "\"v1\"", lastModified: "x"))
        #expect(result.outcome == .notModified(validators: Validators(etag: "\"v2\"", lastModified: "x")))
    }

    @Test func firstFetchSendsNoConditionalHeaders() async throws {
        let server = try HTTPTestServer { _ in .ok(sampleFeed) }
        _ = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        let seen = try #require(server.requests.first)
        #expect(seen.header("If-None-Match") == nil)
        #expect(seen.header("If-Modified-Since") == nil)
    }

    @Test func userAgentAndAcceptEncodingAreSent() async throws {
        let server = try HTTPTestServer { _ in .ok(sampleFeed) }
        _ = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        let seen = try #require(server.requests.first)
        #expect(seen.header("User-Agent") == FetchOptions.defaultUserAgent)
        #expect(seen.header("User-Agent")?.hasPrefix("tradewatch/0.1.0") == true)
        #expect(seen.header("Accept-Encoding")?.contains("gzip") == true)
    }

    @Test func htmlBodyIsStillContent() async throws {
        let html = "<!doctype html><html><body>Not a feed</body></html>"
        let server = try HTTPTestServer { _ in .ok(html, contentType: "text/html") }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/")))
        #expect(result.outcome.body == Array(html.utf8))
    }

    @Test func keepAliveConnectionIsReusedAcrossFetches() async throws {
        let server = try HTTPTestServer(keepAlive: true) { _ in .ok(sampleFeed) }
        let fetcher = Fetcher()
        for _ in 0..<5 {
            let result = await fetcher.fetch(FetchRequest(url: server.url("/feed")))
            #expect(result.outcome.body != nil)
        }
        #expect(server.requests.count == 5)
        #expect(server.connectionCount == 1)
    }
}
