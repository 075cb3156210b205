#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Model
import Publish
import Testing
import TestSupport
import Store

@Suite struct FanoutTests {
    /// Reads one connection on its own thread until `last` arrives (or the stream ends).
    final class Reader: Sendable {
        let ids = Locked<[Int64]>([])
        let other = Locked<[String]>([])
        let done = DispatchSemaphore(value: 0)

        init(_ connection: LineConnection, until last: Int64) {
            let box = UncheckedBox(connection)
            let thread = Thread { [self] in
                while let line = try? box.value.readLine(timeout: .seconds(20)) {
                    if case .alert(let id, _) = SubscriberEvent(line: line) {
                        ids.withLock { $0.append(id) }
                        if id == last { break }
                    } else {
                        other.withLock { $0.append(line) }
                    }
                }
                done.signal()
            }
            thread.start()
        }
    }

    @Test func hundredConcurrentSubscribersReceiveEveryAlertInOrder() async throws {
        let fixture = try await SocketFixture()
        var readers: [Reader] = []
        var connections: [LineConnection] = []
        for i in 0..<100 {
            let connection = try fixture.connect()
            // Half replay from 0, half take live alerts only.
            try connection.send(i.isMultiple(of: 2) ? #"{"type":"subscribe","since":0}"# + "\n" : #"{"type":"subscribe"}"# + "\n")
            // The pong comes after the subscribe was handled: the server answers in order.
            try connection.send(#"{"type":"ping"}"# + "\n")
            // lines(until:) also returns at the end of the stream: the pong must be there.
            let lines = try await connection.lines(until: { $0.contains("\"pong\"") })
            #expect(lines.last?.contains("\"pong\"") == true, "subscriber \(i) had no pong, only \(lines)")
            connections.append(connection)
        }
        #expect(await fixture.eventually { fixture.server.subscriberCount == 100 },
                "\(fixture.server.subscriberCount) subscribers counted\n\(fixture.logText)")
        for connection in connections { readers.append(Reader(connection, until: 600)) }
        for _ in 0..<30 { try await fixture.commit(20) }
        for reader in readers { #expect(await reader.done.wait(seconds: 90)) }
        let short = readers.indices.filter { readers[$0].ids.current != Array(1...600) }
        #expect(short.isEmpty, """
            every subscriber gets alerts 1...600 in order; these did not: \(short.map { i in
                "#\(i): \(readers[i].ids.current.count) alerts, other lines \(readers[i].other.current)" })
            \(fixture.logText)
            """)
    }

    @Test func subscriberThatNeverReadsIsDisconnectedWithOverflowWhileOthersKeepUp() async throws {
        let fixture = try await SocketFixture(queueLimit: 50)
        let stalled = try fixture.connect()
        try stalled.send(#"{"type":"subscribe"}"# + "\n")
        let healthy = try fixture.connect()
        try healthy.send(#"{"type":"subscribe"}"# + "\n")
        #expect(await fixture.eventually { fixture.server.subscriberCount == 2 })
        for connection in [stalled, healthy] {
            try connection.send(#"{"type":"ping"}"# + "\n")
            _ = try await connection.lines(until: { $0.contains("\"pong\"") })
        }
        let reader = Reader(healthy, until: 2000)
        for batch in 0..<100 {
            let before = try await fixture.store.lastAlertID()
            _ = try await fixture.commit(20, publish: false)
            let stored = try await fixture.store.alerts(after: before, limit: 20)
            fixture.server.publish(stored)
            // The healthy one keeps up batch by batch.
            let target = Int64((batch + 1) * 20)
            #expect(await fixture.eventually { reader.ids.current.last == target })
        }
        #expect(await reader.done.wait(seconds: 90))
        #expect(reader.ids.current == Array(1...2000))
        // The stalled reader never held publishing up: the healthy one had
        // every batch while the stalled one read nothing. (How fast publish
        // returns is `make bench`'s business, not a test's.)

        // The stalled one got whole alerts up to some id, then the overflow error naming it.
        let lines = try await stalled.lines(until: { _ in false })
        let ids = alertIDs(lines)
        #expect(!ids.isEmpty && ids.count < 2000)
        #expect(ids == oneThrough(ids.count))
        let last = try #require(lines.last.flatMap(SubscriberEvent.init(line:)))
        guard case .error(let code, _, let lastSent) = last else {
            Issue.record("last line is not an error: \(lines.last ?? "")")
            return
        }
        #expect(code == "overflow")
        #expect(lastSent == ids.last)
        #expect(fixture.logs.current.contains { $0.contains("too slow") && $0.contains("pid=\(getpid())") })
        #expect(fixture.server.subscriberCount == 1)
    }

    @Test func subscriberThatNeverReadsIsClosedAfterTheLinger() async throws {
        let fixture = try await SocketFixture(queueLimit: 10, linger: .milliseconds(200))
        let stalled = try fixture.connect()
        try stalled.send(#"{"type":"subscribe"}"# + "\n")
        #expect(await fixture.eventually { fixture.server.subscriberCount == 1 })
        for _ in 0..<40 { try await fixture.commit(50) }
        #expect(await fixture.eventually { fixture.server.subscriberCount == 0 })
        #expect(fixture.logs.current.contains { $0.contains("too slow") })
        // What it then reads is whole alerts and, at most, the error; then the end.
        let lines = try await stalled.lines(until: { _ in false })
        #expect(alertIDs(lines) == oneThrough(alertIDs(lines).count))
        #expect(lines.first?.hasPrefix(#"{"type":"hello""#) == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(#"{"type":"alert""#) || $0.hasPrefix(#"{"type":"error""#) })
    }
}
