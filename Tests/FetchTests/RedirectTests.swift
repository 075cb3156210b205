import Fetch
import Testing
import TestSupport

@Suite struct RedirectTests {
    /// `/hop/N` redirects to `/hop/N-1`; `/hop/0` is the feed.
    private func chainServer() throws -> HTTPTestServer {
        try HTTPTestServer { request in
            guard let hops = Int(request.path.dropFirst("/hop/".count)), hops > 0 else { return .ok(sampleFeed) }
            return .redirect(to: "/hop/\(hops - 1)", status: hops % 2 == 0 ? 301 : 302)
        }
    }

    @Test func followsFiveRedirects() async throws {
        let server = try chainServer()
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/hop/5")))
        guard case .content(let body, _, let finalURL, _, _) = result.outcome else {
            Issue.record("expected content, got \(result.outcome)")
            return
        }
        #expect(body == Array(sampleFeed.utf8))
        #expect(finalURL == server.url("/hop/0"))
        #expect(server.requests.count == 6)
    }

    @Test func sixthRedirectIsAnError() async throws {
        let server = try chainServer()
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/hop/6")))
        guard case .networkError(let message) = result.outcome else {
            Issue.record("expected a network error, got \(result.outcome)")
            return
        }
        #expect(message.lowercased().contains("redirect"))
        #expect(server.requests(to: "/hop/0").isEmpty)
    }

    @Test func redirectLimitIsConfigurable() async throws {
        let server = try chainServer()
        let fetcher = Fetcher(options: FetchOptions(maxRedirects: 1))
        #expect(await fetcher.fetch(FetchRequest(url: server.url("/hop/1"))).outcome.body != nil)
        #expect(await fetcher.fetch(FetchRequest(url: server.url("/hop/2"))).outcome.body == nil)
    }

    @Test func redirectToFileURLIsRefused() async throws {
        let server = try HTTPTestServer { _ in .redirect(to: "file:///etc/passwd") }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        guard case .networkError(let message) = result.outcome else {
            Issue.record("expected a network error, got \(result.outcome)")
            return
        }
        #expect(message.contains("file"))
        #expect(!result.outcome.description.contains("root:"))
    }

    @Test func redirectToOtherSchemesIsRefused() async throws {
        for target in ["ftp://127.0.0.1/feed", "gopher://127.0.0.1/feed", "dict://127.0.0.1/feed"] {
            let server = try HTTPTestServer { _ in .redirect(to: target) }
            let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
            // Refused by scheme before any connection: curl names the protocol it will not use.
            guard case .networkError(let message) = result.outcome else {
                Issue.record("expected a network error for \(target), got \(result.outcome)")
                continue
            }
            let scheme = String(target.prefix { $0 != ":" })
            #expect(message.contains(scheme) && message.contains("not supported"), "\(target): \(message)")
        }
    }

    @Test func redirectBodyIsNotPartOfTheFeed() async throws {
        let server = try HTTPTestServer { request in
            request.path == "/old" ? .redirect(to: "/new") : .ok(sampleFeed)
        }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/old")))
        #expect(result.outcome.body == Array(sampleFeed.utf8))
    }
}
