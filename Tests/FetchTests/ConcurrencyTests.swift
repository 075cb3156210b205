import Fetch
import Foundation
import Testing
import TestSupport

@Suite struct ConcurrencyTests {
    @Test func fiftyRequestsShareOneMultiHandleAndASlowOneDelaysNoOther() async throws {
        let inFlight = Locked((now: 0, most: 0))
        let server = try HTTPTestServer { request in
            if request.path == "/slow" { return HTTPTestResponse(delayBeforeHeaders: .seconds(30)) }
            inFlight.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            Thread.sleep(forTimeInterval: 0.05)
            inFlight.withLock { $0.now -= 1 }
            return .ok("<rss>\(request.path)</rss>")
        }
        defer { server.stop() }
        let fetcher = Fetcher(options: FetchOptions(concurrency: 8, totalTimeout: .seconds(3)))
        let requests = [FetchRequest(url: server.url("/slow"))] + (1..<50).map { FetchRequest(url: server.url("/fast/\($0)")) }

        var results: [FetchResult] = []
        for await result in fetcher.fetchAll(requests) { results.append(result) }

        #expect(results.count == 50)
        let slow = try #require(results.first { $0.request.url.hasSuffix("/slow") })
        #expect(slow.outcome == .timedOut(after: .seconds(3)))
        let fast = results.filter { $0.request.url.contains("/fast/") }
        #expect(fast.count == 49)
        for result in fast {
            let path = URL(string: result.request.url)!.path
            #expect(result.outcome.body == Array("<rss>\(path)</rss>".utf8))
            // 49 requests of 50 ms through the 7 slots the slow one leaves: ~0.35 s,
            // far below the slow one's 3 s.
            #expect(result.elapsed < .seconds(2), "\(path) took \(result.elapsed)")
        }
        let most = inFlight.current.most
        #expect(most > 1 && most <= 8, "server saw \(most) at once")
    }

    @Test func cancellingTheTaskStopsTheTransfer() async throws {
        let server = try HTTPTestServer { _ in HTTPTestResponse(delayBeforeHeaders: .seconds(30)) }
        defer { server.stop() }
        let fetcher = Fetcher()
        let task = Task { await fetcher.fetch(FetchRequest(url: server.url("/slow"))) }
        try await Task.sleep(for: .milliseconds(300))
        task.cancel()
        let result = await task.value
        #expect(result.outcome == .cancelled)
        #expect(result.elapsed < .seconds(5))
    }
}

@Suite struct ConnectionReuseTests {
    /// The daemon polls hundreds of feeds every few minutes with one Fetcher:
    /// the second cycle must ride the first cycle's connections.
    @Test func connectionsAreReusedAcrossPollCycles() async throws {
        let body = String(repeating: "<item><title>tariffs</title></item>", count: 500)
        let server = try HTTPTestServer(keepAlive: true) { _ in .ok("<rss>\(body)</rss>") }
        defer { server.stop() }
        let fetcher = Fetcher(options: FetchOptions(concurrency: 8))
        let requests = (0..<200).map { FetchRequest(url: server.url("/feed/\($0)")) }

        var reused = Duration.zero
        for cycle in 1...2 {
            let elapsed = await cycleTime(fetcher, requests)
            reused = elapsed
            print("cycle \(cycle): 200 fetches in \(elapsed), \(server.connectionCount) connections so far")
        }
        #expect(server.requests.count == 400)
        #expect(server.connectionCount <= 8, "opened \(server.connectionCount) connections for 400 fetches")

        // The peer: the same cycle against a server that closes every connection.
        let closing = try HTTPTestServer(keepAlive: false) { _ in .ok("<rss>\(body)</rss>") }
        defer { closing.stop() }
        let fresh = await cycleTime(fetcher, (0..<200).map { FetchRequest(url: closing.url("/feed/\($0)")) })
        print("no reuse: 200 fetches in \(fresh), \(closing.connectionCount) connections; reuse is \(fresh / reused)x faster")
        #expect(closing.connectionCount == 200)
    }

    private func cycleTime(_ fetcher: Fetcher, _ requests: [FetchRequest]) async -> Duration {
        var fetched = 0
        let elapsed = await ContinuousClock().measure {
            for await result in fetcher.fetchAll(requests) where result.outcome.body != nil { fetched += 1 }
        }
        #expect(fetched == requests.count)
        return elapsed
    }
}
