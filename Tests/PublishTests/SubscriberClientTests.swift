import Foundation
import Model
import Publish
import Testing
import TestSupport
import Store

@Suite struct SubscriberClientTests {
    /// Runs a client on its own thread, collecting ids until `last`.
    func runClient(_ client: SubscriberClient, until last: Int64?) -> (ids: Locked<[Int64]>, done: DispatchSemaphore, error: Locked<String?>) {
        let ids = Locked<[Int64]>([])
        let done = DispatchSemaphore(value: 0)
        let failure = Locked<String?>(nil)
        let thread = Thread {
            do {
                try client.run { id, _ in
                    ids.withLock { $0.append(id) }
                    return id != last
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
            done.signal()
        }
        thread.start()
        return (ids, done, failure)
    }

    @Test func onceReturnsAfterTheReplay() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(25)
        let run = runClient(SubscriberClient(path: fixture.path, request: SubscribeRequest(since: 20),
                                             stopAfterReplay: true), until: nil)
        #expect(await run.done.wait(seconds: 90))
        #expect(run.ids.current == [21, 22, 23, 24, 25])
        #expect(run.error.current == nil)
    }

    @Test func withoutFollowAMissingSocketIsAnErrorNamingIt() async throws {
        let client = SubscriberClient(path: "/tmp/tw-none-\(getpid())/s.sock", request: SubscribeRequest())
        #expect(throws: SocketError.self) { try client.run { _, _ in true } }
        do {
            try client.run { _, _ in true }
        } catch {
            #expect("\(error)".contains("/tmp/tw-none-\(getpid())/s.sock: connect"))
        }
    }

    @Test func followSurvivesADaemonRestartLosingAndRepeatingNothing() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(30)
        var client = SubscriberClient(path: fixture.path, request: SubscribeRequest(since: 0), follow: true)
        client.initialBackoff = .milliseconds(20)
        let run = runClient(client, until: 150)
        #expect(await fixture.eventually { run.ids.current.count == 30 })
        try await fixture.commit(20)
        #expect(await fixture.eventually { run.ids.current.count == 50 })

        // The daemon goes away; alerts are committed while it is down (the
        // restarted daemon publishes them from the store).
        await fixture.server.stop()
        try await fixture.commit(50, publish: false)
        try await Task.sleep(for: .milliseconds(150))
        let restarted = SocketFixture.makeServer(path: fixture.path, store: fixture.store, logs: fixture.logs)
        try await restarted.start()
        defer { restarted.stop() }
        let before = try await fixture.store.lastAlertID()
        _ = try await fixture.commit(50, publish: false)
        restarted.publish(try await fixture.store.alerts(after: before))

        #expect(await run.done.wait(seconds: 90))
        #expect(run.ids.current == Array(1...150))
        #expect(run.error.current == nil)
    }

    @Test func followReconnectsAfterAnOverflowAndCatchesUp() async throws {
        let fixture = try await SocketFixture(queueLimit: 5)
        let gate = DispatchSemaphore(value: 0)
        let ids = Locked<[Int64]>([])
        var client = SubscriberClient(path: fixture.path, request: SubscribeRequest(since: 0), follow: true)
        client.initialBackoff = .milliseconds(20)
        let overflowing = client
        let thread = Thread {
            try? overflowing.run { id, _ in
                // Stall on the first alert so the server's queue for us overflows.
                if id == 1 { gate.wait() }
                ids.withLock { $0.append(id) }
                return id != 3001
            }
        }
        try await fixture.commit(1)
        thread.start()
        #expect(await fixture.eventually { fixture.server.subscriberCount == 1 })
        for _ in 0..<100 { try await fixture.commit(30) }
        #expect(await fixture.eventually { fixture.logs.current.contains { $0.contains("too slow") } })
        gate.signal()
        #expect(await fixture.eventually { ids.current.last == 3001 })
        #expect(ids.current == Array(1...3001))
    }
}
