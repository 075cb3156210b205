import Fetch
import Foundation
import Testing
import TestSupport

@Suite struct ConcurrencyTests {
    /// The slow feed answers only once the client has every fast one: were
    /// they queued behind it, the test would see the slow one first.
    @Test func fiftyRequestsShareOneMultiHandleAndASlowOneDelaysNoOther() async throws {
        let inFlight = Locked((now: 0, most: 0))
        let fastReceived = Locked(false)
        let server = try HTTPTestServer { request in
            if request.path == "/slow" {
                let deadline = Date().addingTimeInterval(60)
                while !fastReceived.current, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
                return .ok("<rss>/slow</rss>")
            }
            inFlight.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            Thread.sleep(forTimeInterval: 0.05)
            inFlight.withLock { $0.now -= 1 }
            return .ok("<rss>\(request.path)</rss>")
        }
        defer { server.stop() }
        let fetcher = Fetcher(options: FetchOptions(concurrency: 8, totalTimeout: .seconds(120)))
        let requests = [FetchRequest(url: server.url("/slow"))] + (1..<50).map { FetchRequest(url: server.url("/fast/\($0)")) }

        var results: [FetchResult] = []
        for await result in fetcher.fetchAll(requests) {
            results.append(result)
            if results.filter({ $0.request.url.contains("/fast/") }).count == 49 { fastReceived.withLock { $0 = true } }
        }

        #expect(results.count == 50)
        #expect(results.last?.request.url.hasSuffix("/slow") == true, "the slow one held up no fast one")
        #expect(results.last?.outcome.body == Array("<rss>/slow</rss>".utf8))
        let fast = results.filter { $0.request.url.contains("/fast/") }
        #expect(fast.count == 49)
        for result in fast {
            let path = URL(string: result.request.url)!.path
            #expect(result.outcome.body == Array("<rss>\(path)</rss>".utf8))
        }
        let most = inFlight.current.most
        #expect(most > 1 && most <= 8, "server saw \(most) at once")
    }

    @Test func cancellingTheTaskStopsTheTransfer() async throws {
        let server = try HTTPTestServer { _ in HTTPTestResponse(delayBeforeHeaders: .seconds(600)) }
        defer { server.stop() }
        let fetcher = Fetcher()
        let task = Task { await fetcher.fetch(FetchRequest(url: server.url("/slow"))) }
        #expect(await eventually(timeout: 30) { !server.requests.isEmpty }, "the request reached the server")
        task.cancel()
        // Without cancellation the server would hold the answer for ten minutes.
        let result = await task.value
        #expect(result.outcome == .cancelled)
    }

    /// A job waiting behind the concurrency limit is taken out of the queue
    /// when cancelled: it completes at once and never reaches the server,
    /// and the job queued after it still runs.
    @Test func cancellingAQueuedFetchTakesItOutOfTheQueue() async throws {
        let released = Locked(false)
        let server = try HTTPTestServer { request in
            if request.path == "/first" {
                let deadline = Date().addingTimeInterval(60)
                while !released.current, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            }
            return .ok("<rss>\(request.path)</rss>")
        }
        defer { server.stop() }
        let fetcher = Fetcher(options: FetchOptions(concurrency: 1))
        let first = Task { await fetcher.fetch(FetchRequest(url: server.url("/first"))) }
        #expect(await eventually(timeout: 30) { !server.requests.isEmpty }, "the first request holds the one slot")
        let queued = Task { await fetcher.fetch(FetchRequest(url: server.url("/queued"))) }
        let after = Task { await fetcher.fetch(FetchRequest(url: server.url("/after"))) }
        // Let both reach the loop's queue (were they cancelled before, the
        // outcome below would be the same, only by way of the submit path).
        try await Task.sleep(for: .milliseconds(200))
        queued.cancel()
        // Still queued behind /first, which the server holds: only the
        // queue's own cancel can complete it now.
        #expect(await queued.value.outcome == .cancelled)
        released.withLock { $0 = true }
        #expect(await first.value.outcome.body == Array("<rss>/first</rss>".utf8))
        #expect(await after.value.outcome.body == Array("<rss>/after</rss>".utf8))
        #expect(!server.requests.map(\.path).contains("/queued"))
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
