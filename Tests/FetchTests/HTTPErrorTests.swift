import Fetch
import Foundation
import Testing
import TestSupport

@Suite struct HTTPErrorTests {
    @Test func notFoundIsHTTPError() async throws {
        let server = try HTTPTestServer { _ in .status(404, text: "no such feed") }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/missing")))
        #expect(result.outcome == .httpError(status: 404, retryAfter: nil))
        #expect(result.outcome.description == "HTTP 404")
    }

    @Test func tooManyRequestsReturnsRetryAfterSeconds() async throws {
        let server = try HTTPTestServer { _ in .status(429, headers: [("Retry-After", "7")]) }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        #expect(result.outcome == .httpError(status: 429, retryAfter: .seconds(7)))
    }

    @Test func unavailableReturnsRetryAfterDate() async throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let when = formatter.string(from: Date().addingTimeInterval(120))
        let server = try HTTPTestServer { _ in .status(503, headers: [("Retry-After", when)]) }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        guard case .httpError(503, let retryAfter?) = result.outcome else {
            Issue.record("expected HTTP 503 with Retry-After, got \(result.outcome)")
            return
        }
        #expect(retryAfter > .seconds(110) && retryAfter <= .seconds(121))
    }

    @Test func unparseableRetryAfterIsDropped() async throws {
        let server = try HTTPTestServer { _ in .status(503, headers: [("Retry-After", "later, maybe")]) }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        #expect(result.outcome == .httpError(status: 503, retryAfter: nil))
    }

    @Test func refusedPortIsNetworkErrorWithCurlsMessage() async throws {
        let refused = try RefusedPort()
        let port = refused.port
        let result = await Fetcher().fetch(FetchRequest(url: "http://127.0.0.1:\(port)/feed"))
        guard case .networkError(let message) = result.outcome else {
            Issue.record("expected a network error, got \(result.outcome)")
            return
        }
        #expect(message.contains("\(port)"))
        #expect(result.outcome.description.hasPrefix("network error: "))
    }

    @Test func hangUpWithoutResponseIsNetworkError() async throws {
        let server = try HTTPTestServer { _ in .hangUp }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        guard case .networkError = result.outcome else {
            Issue.record("expected a network error, got \(result.outcome)")
            return
        }
    }

    @Test func garbageReplyIsNetworkError() async throws {
        let server = try HTTPTestServer { _ in .raw(Array("SSH-2.0-OpenSSH_9.2\r\n".utf8)) }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        guard case .networkError(let message) = result.outcome else {
            Issue.record("expected a network error, got \(result.outcome)")
            return
        }
        #expect(!message.isEmpty)
    }

    @Test func truncatedBodyIsNetworkError() async throws {
        let server = try HTTPTestServer { _ in
            .raw(Array("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<rss>".utf8))
        }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed")))
        guard case .networkError = result.outcome else {
            Issue.record("a short body must not pass as content, got \(result.outcome)")
            return
        }
    }
}
