import Config
import Foundation
import Model
import Sinks
import Store
import Testing
import TestSupport

/// Webhooks through real libcurl against a loopback HTTP server, fed from a real store.
@Suite struct WebhookSinkTests {
    func webhook(_ server: HTTPTestServer, body: SinkConfig.WebhookBody = .record, retries: Int = 3) -> WebhookSink {
        WebhookSink(name: "hook", url: server.url("/hook"), body: body, timeout: .seconds(1), retries: retries,
                    firstPause: .milliseconds(20))
    }

    @Test func failureTimeoutAnd500AreRetriedUntilTheServerTakesIt() async throws {
        let fixture = try SinkFixture()
        let answered = Locked(0)
        let server = try HTTPTestServer { _ in
            let n = answered.withLock { n in n += 1; return n }
            switch n {
            case 1: return .hangUp
            case 2: return HTTPTestResponse(status: 200, delayBeforeHeaders: .seconds(3))  // past the 1 s timeout
            case 3: return .status(500)
            default: return .status(200)
            }
        }
        let runner = SinkRunner(sink: webhook(server), filter: AlertFilter(), store: fixture.store, logger: fixture.logger)
        await runner.prepare()
        let committed = try await fixture.commit([SinkFixture.alert("a"), SinkFixture.alert("b")])

        #expect(await runner.pass())
        let requests = server.requests(to: "/hook")
        #expect(requests.map { $0.header("Idempotency-Key") } == ["1", "1", "1", "1", "2"])
        #expect(requests.allSatisfy { $0.method == "POST" && $0.header("Content-Type") == "application/json" })
        #expect(String(decoding: requests[3].body, as: UTF8.self) == committed[0].record, "the body is the alert record")
        #expect(try await fixture.store.sinkHighWater("hook") == 2)
        let state = await runner.status()
        #expect(!state.failing)
        #expect(state.delivered == 2)
    }

    @Test func aFailingSinkIsReportedKeepsItsMarkAndCatchesUpLater() async throws {
        let fixture = try SinkFixture()
        let healthy = Locked(false)
        let server = try HTTPTestServer { _ in healthy.current ? .status(204) : .status(503) }
        let runner = SinkRunner(sink: webhook(server, retries: 1), filter: AlertFilter(), store: fixture.store,
                                logger: fixture.logger)
        await runner.prepare()
        try await fixture.commit([SinkFixture.alert("a")])

        #expect(await runner.pass() == false)
        let failing = await runner.status()
        #expect(failing.failing)
        #expect(failing.lastError?.contains("HTTP 503") == true, "\(failing.lastError ?? "")")
        #expect(try await fixture.store.sinkHighWater("hook") == 0, "nothing acknowledged")

        healthy.withLock { $0 = true }
        #expect(await runner.pass())
        #expect(await runner.status().failing == false)
        #expect(try await fixture.store.sinkHighWater("hook") == 1)
        #expect(server.requests(to: "/hook").map { $0.header("Idempotency-Key") } == ["1", "1", "1"])
    }

    @Test func filtersSkipAlertsAndTheMarkMovesPastThem() async throws {
        let fixture = try SinkFixture()
        let server = try HTTPTestServer { _ in .status(200) }
        var filter = AlertFilter()
        filter.topics = ["tariffs"]
        filter.minSeverity = .medium
        let runner = SinkRunner(sink: webhook(server), filter: filter, store: fixture.store, logger: fixture.logger)
        await runner.prepare()
        try await fixture.commit([SinkFixture.alert("a"), SinkFixture.alert("b", topic: .tariffs, actor: .us),
                                  SinkFixture.alert("c", topic: .tariffs, actor: .us, severity: .low)])
        #expect(await runner.pass())
        #expect(server.requests(to: "/hook").map { $0.header("Idempotency-Key") } == ["2"])
        #expect(try await fixture.store.sinkHighWater("hook") == 3)
    }

    @Test func slackBodyIsATextObject() async throws {
        let fixture = try SinkFixture()
        let server = try HTTPTestServer { _ in .status(200) }
        let runner = SinkRunner(sink: webhook(server, body: .slack), filter: AlertFilter(), store: fixture.store,
                                logger: fixture.logger)
        await runner.prepare()
        try await fixture.commit([SinkFixture.alert("a")])
        #expect(await runner.pass())
        let body = try #require(server.requests(to: "/hook").first?.body)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
        #expect(object.keys.sorted() == ["text"])
        #expect((object["text"] as? String ?? "").hasPrefix("[tradewatch] China eases rare-earth-exports (action)"))
    }

    @Test func aNewSinkStartsAtTheNewestAlertNotTheWholeHistory() async throws {
        let fixture = try SinkFixture()
        try await fixture.commit([SinkFixture.alert("old")])
        let server = try HTTPTestServer { _ in .status(200) }
        let runner = SinkRunner(sink: webhook(server), filter: AlertFilter(), store: fixture.store, logger: fixture.logger)
        await runner.prepare()
        try await fixture.commit([SinkFixture.alert("new")])
        #expect(await runner.pass())
        #expect(server.requests(to: "/hook").map { $0.header("Idempotency-Key") } == ["2"])
    }
}
