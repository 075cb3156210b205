import Fetch
import Foundation
import Testing
import TestSupport

@Suite struct LimitTests {
    @Test func gzipBodyIsDecoded() async throws {
        let compressed = try Gzip.compress(Array(sampleFeed.utf8))
        let server = try HTTPTestServer { _ in
            HTTPTestResponse(headers: [("Content-Encoding", "gzip")], body: .bytes(compressed))
        }
        let result = await Fetcher().fetch(FetchRequest(url: server.url("/feed.gz")))
        #expect(result.outcome.body == Array(sampleFeed.utf8))
    }

    @Test func gzipBombStopsAtTheDecodedCap() async throws {
        let bomb = try Gzip.zeros(64 << 20)
        #expect(bomb.count < 1 << 20)
        let server = try HTTPTestServer { _ in
            HTTPTestResponse(headers: [("Content-Encoding", "gzip")], body: .bytes(bomb))
        }
        let fetcher = Fetcher(options: FetchOptions(maxBodyBytes: 16 << 20))
        let result = await fetcher.fetch(FetchRequest(url: server.url("/bomb")))
        #expect(result.outcome == .tooLarge(limit: 16 << 20))
        #expect(result.outcome.description == "too large (over 16777216 bytes)")
    }

    @Test func bodyAtTheCapIsAccepted() async throws {
        let body = [UInt8](repeating: 65, count: 1000)
        let server = try HTTPTestServer { _ in
            HTTPTestResponse(body: .chunked([Array(body[..<500]), Array(body[500...])], delay: .zero))
        }
        let fetcher = Fetcher(options: FetchOptions(maxBodyBytes: 1000))
        #expect(await fetcher.fetch(FetchRequest(url: server.url("/"))).outcome.body == body)
        let smaller = Fetcher(options: FetchOptions(maxBodyBytes: 999))
        #expect(await smaller.fetch(FetchRequest(url: server.url("/"))).outcome == .tooLarge(limit: 999))
    }

    @Test func declaredLengthOverTheCapIsRefused() async throws {
        let server = try HTTPTestServer { _ in HTTPTestResponse(body: .bytes([UInt8](repeating: 0, count: 4096))) }
        let result = await Fetcher(options: FetchOptions(maxBodyBytes: 1024)).fetch(FetchRequest(url: server.url("/")))
        #expect(result.outcome == .tooLarge(limit: 1024))
    }

    @Test func endlessBodyIsTooLarge() async throws {
        let server = try HTTPTestServer { _ in
            HTTPTestResponse(body: .endless(chunk: [UInt8](repeating: 60, count: 64 * 1024)))
        }
        let fetcher = Fetcher(options: FetchOptions(maxBodyBytes: 4 << 20))
        let result = await fetcher.fetch(FetchRequest(url: server.url("/endless")))
        #expect(result.outcome == .tooLarge(limit: 4 << 20))
    }

    @Test func drippingServerTimesOut() async throws {
        let server = try HTTPTestServer { _ in
            HTTPTestResponse(body: .drip(Array(sampleFeed.utf8), interval: .seconds(1)))
        }
        let fetcher = Fetcher(options: FetchOptions(totalTimeout: .seconds(1)))
        let result = await fetcher.fetch(FetchRequest(url: server.url("/drip")))
        #expect(result.outcome == .timedOut(after: .seconds(1)))
        #expect(result.outcome.description == "timed out after 1s")
        // Not before the timeout; the outcome says the timeout, not the drip, ended it.
        #expect(result.elapsed >= .milliseconds(900))
        server.stop()
    }

    @Test func silentServerTimesOut() async throws {
        let server = try HTTPTestServer { _ in HTTPTestResponse(delayBeforeHeaders: .seconds(30)) }
        let fetcher = Fetcher(options: FetchOptions(totalTimeout: .milliseconds(500)))
        let result = await fetcher.fetch(FetchRequest(url: server.url("/silent")))
        #expect(result.outcome == .timedOut(after: .milliseconds(500)))
        server.stop()
    }

    @Test func connectTimeoutIsReportedAsSuch() async throws {
        let listener = try FullBacklogListener()
        let fetcher = Fetcher(options: FetchOptions(connectTimeout: .milliseconds(500), totalTimeout: .seconds(10)))
        let result = await fetcher.fetch(FetchRequest(url: listener.url("/feed")))
        #expect(result.outcome == .timedOut(after: .milliseconds(500)))
        #expect(result.elapsed >= .milliseconds(450))
    }
}
