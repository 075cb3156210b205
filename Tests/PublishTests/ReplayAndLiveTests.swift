import Foundation
import Model
import Publish
import Testing
import TestSupport

@Suite struct ReplayAndLiveTests {
    @Test func helloCarriesTheLastCommittedID() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(3)
        #expect(await fixture.eventually { fixture.server.subscriberCount == 0 })
        let connection = try fixture.connect()
        let hello = try await connection.next()
        #expect(hello == #"{"type":"hello","version":1,"last_id":3}"#)
    }

    @Test func subscribeSinceZeroReplaysEveryCommittedAlertThenSaysReplayed() async throws {
        let fixture = try await SocketFixture(pageSize: 7)
        let committed = try await fixture.commit(40)
        let connection = try fixture.connect()
        try connection.send(#"{"type":"subscribe","since":0}"# + "\n")
        let lines = try await connection.lines(until: { $0.contains(#""type":"replayed""#) })
        #expect(alertIDs(lines) == Array(1...40))
        #expect(lines.last == #"{"type":"replayed","last_id":40}"#)
        // The records on the wire are the store's, unchanged.
        let records = lines.compactMap { line -> String? in
            if case .alert(_, let record) = SubscriberEvent(line: line) { return record }
            return nil
        }
        #expect(records == committed.map(\.record))
    }

    @Test func replayStartsAfterSince() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(10)
        let connection = try fixture.connect()
        try connection.send(#"{"type":"subscribe","since":6}"# + "\n")
        let lines = try await connection.lines(until: { $0.contains(#""type":"replayed""#) })
        #expect(alertIDs(lines) == [7, 8, 9, 10])
    }

    @Test func topicFilterYieldsOnlyThatTopicInReplayAndLive() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(12, topics: [.tariffs, .talks, .rareEarthExports])
        let connection = try fixture.connect()
        try connection.send(#"{"type":"subscribe","since":0,"topics":["talks"]}"# + "\n")
        let replay = try await connection.lines(until: { $0.contains(#""type":"replayed""#) })
        #expect(alertIDs(replay) == [2, 5, 8, 11])
        try await fixture.commit(6, topics: [.tariffs, .talks, .rareEarthExports])
        let live = try await connection.lines(until: { alertIDs([$0]) == [17] })
        #expect(alertIDs(live) == [14, 17])
    }

    @Test func minSeverityDropsLowerOnes() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(2, severity: .low)
        try await fixture.commit(2, severity: .medium)
        try await fixture.commit(2, severity: .high)
        let connection = try fixture.connect()
        try connection.send(#"{"type":"subscribe","since":0,"min_severity":"medium"}"# + "\n")
        let lines = try await connection.lines(until: { $0.contains(#""type":"replayed""#) })
        #expect(alertIDs(lines) == [3, 4, 5, 6])
    }

    @Test func withoutSubscribeOnlyLiveAlertsArrive() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(5)
        let connection = try fixture.connect()
        #expect(try await connection.next() == #"{"type":"hello","version":1,"last_id":5}"#)
        try await fixture.commit(2)
        let lines = try await connection.lines(until: { alertIDs([$0]) == [7] })
        #expect(alertIDs(lines) == [6, 7])
    }

    @Test func alertsCommittedDuringTheReplayAreSentOnceInOrder() async throws {
        // Slow pages, and the daemon commits and publishes while the replay runs.
        let fixture = try await SocketFixture(pageSize: 10, replayDelay: .milliseconds(20))
        try await fixture.commit(100)
        let connection = try fixture.connect()
        try connection.send(#"{"type":"subscribe","since":0}"# + "\n")
        let writer = Task {
            for _ in 0..<15 {
                try await fixture.commit(4)
                try await Task.sleep(for: .milliseconds(15))
            }
        }
        try await writer.value
        // The replay may or may not reach 160 before it ends; read past both.
        var lines = try await connection.lines(until: { $0.contains(#""type":"replayed""#) })
        if alertIDs(lines).last != 160 {
            lines += try await connection.lines(until: { alertIDs([$0]) == [160] })
        }
        #expect(alertIDs(lines) == Array(1...160))
        #expect(lines.filter { $0.contains(#""type":"replayed""#) }.count == 1)
    }

    @Test func alertCommittedButPublishedAfterTheReplayIsNotSentTwice() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(5)
        // Committed (so the replay reads it), its publish comes only later.
        let late = try await fixture.commit(1, publish: false)
        let connection = try fixture.connect()
        try connection.send(#"{"type":"subscribe","since":0}"# + "\n")
        _ = try await connection.lines(until: { $0.contains(#""type":"replayed""#) })
        fixture.server.publish(late)
        try await fixture.commit(1)
        let lines = try await connection.lines(until: { alertIDs([$0]) == [7] })
        #expect(alertIDs(lines) == [7])
    }

    @Test func lateSubscribeReplaysOnlyWhatLiveDidNotAlreadySend() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(3)
        let connection = try fixture.connect()
        _ = try await connection.next()
        // Past the grace period, live alerts flow before any subscribe.
        try await Task.sleep(for: .milliseconds(400))
        try await fixture.commit(2)
        let live = try await connection.lines(until: { alertIDs([$0]) == [5] })
        #expect(alertIDs(live) == [4, 5])
        try connection.send(#"{"type":"subscribe","since":1}"# + "\n")
        let replay = try await connection.lines(until: { $0.contains(#""type":"replayed""#) })
        #expect(alertIDs(replay) == [2, 3])
        try await fixture.commit(1)
        #expect(alertIDs(try await connection.lines(until: { alertIDs([$0]) == [6] })) == [6])
    }

    @Test func pingIsAnsweredWithPong() async throws {
        let fixture = try await SocketFixture()
        let connection = try fixture.connect()
        _ = try await connection.next()
        try connection.send(#"{"type":"ping"}"# + "\n")
        #expect(try await connection.next() == #"{"type":"pong"}"#)
    }

    @Test func statusCarriesTheDaemonsHealth() async throws {
        let fixture = try await SocketFixture()
        try await fixture.commit(2)
        let connection = try fixture.connect()
        _ = try await connection.next()
        try connection.send(#"{"type":"status"}"# + "\n")
        let line = try #require(try await connection.next())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "status")
        #expect(object["feeds"] as? Int == 3)
        #expect(object["failing_feeds"] as? [String] == ["https://example.org/bad.xml"])
        #expect(object["last_alert_id"] as? Int == 2)
    }
}
