import Foundation
import Model
import Publish
import Testing

@Suite struct ClientMessageTests {
    func parse(_ text: String) throws(ProtocolError) -> ClientMessage {
        try ClientMessage.parse(Array(text.utf8))
    }

    @Test func subscribeCarriesSinceAndFilters() throws {
        let message = try parse(#"{"type":"subscribe","since":42,"topics":["tariffs"],"actors":["china"],"min_severity":"medium"}"#)
        var filter = AlertFilter()
        filter.topics = ["tariffs"]
        filter.actors = ["china"]
        filter.minSeverity = .medium
        #expect(message == .subscribe(since: 42, filter: filter))
    }

    @Test func subscribeWithoutSinceIsLiveOnly() throws {
        #expect(try parse(#"{"type":"subscribe"}"#) == .subscribe(since: nil, filter: AlertFilter()))
    }

    @Test(arguments: [
        (#"not json"#, "bad_json"),
        (#"[1,2]"#, "bad_json"),
        (#"{"type":"dance"}"#, "unknown_type"),
        (#"{"kind":"ping"}"#, "bad_request"),
        (#"{"type":"subscribe","since":-1}"#, "bad_request"),
        (#"{"type":"subscribe","since":"5"}"#, "bad_request"),
        (#"{"type":"subscribe","since":1.5}"#, "bad_request"),
        (#"{"type":"subscribe","since":true}"#, "bad_request"),
        (#"{"type":"subscribe","since":1e300}"#, "bad_request"),
        (#"{"type":"subscribe","topics":["rare-earths"]}"#, "bad_request"),
        (#"{"type":"subscribe","topics":"tariffs"}"#, "bad_request"),
        (#"{"type":"subscribe","actors":["EU"]}"#, "bad_request"),
        (#"{"type":"subscribe","min_severity":"urgent"}"#, "bad_request"),
    ])
    func badInputIsRefusedWithItsCode(line: String, code: String) {
        #expect(throws: ProtocolError.self) { try parse(line) }
        do {
            _ = try parse(line)
        } catch {
            #expect(error.code == code)
        }
    }

    @Test func alertFrameIsTheRecordWithATypeInFront() {
        let record = SocketFixture.alert(topic: .tariffs, severity: .low, item: "x")
        var stored = record
        stored.id = 7
        let line = ServerMessage.alert(stored.jsonLine)
        #expect(line.hasPrefix(#"{"type":"alert","id":7,"time":"#))
        #expect(line.hasSuffix("}\n"))
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["type"] as? String == "alert")
        #expect(object?["topic"] as? String == "tariffs")
        // And the client takes it back to the log's record, byte for byte.
        #expect(SubscriberEvent(line: String(line.dropLast())) == .alert(id: 7, record: stored.jsonLine))
    }

    @Test func subscribeRequestRoundTripsThroughTheServersParser() throws {
        let request = SubscribeRequest(since: 9, topics: ["talks", "tariffs"], actors: ["US"], minSeverity: .high)
        guard case .subscribe(let since, let filter) = try parse(String(request.line.dropLast())) else {
            Issue.record("not a subscribe")
            return
        }
        #expect(since == 9)
        #expect(filter.topics == ["talks", "tariffs"])
        #expect(filter.actors == ["US"])
        #expect(filter.minSeverity == .high)
    }

    @Test func statusReportIsOneObjectWithTheDaemonsHealth() throws {
        let report = StatusReport(feeds: 4, failingFeeds: ["https://a.example/feed"],
                                  lastCycleStarted: Date(timeIntervalSince1970: 0),
                                  lastCycleFinished: Date(timeIntervalSince1970: 5), lastAlertID: 12)
        let line = ServerMessage.status(report.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "status")
        #expect(object["feeds"] as? Int == 4)
        #expect(object["failing"] as? Int == 1)
        #expect(object["last_alert_id"] as? Int == 12)
        #expect((object["last_cycle"] as? [String: Any])?["finished"] as? String == "1970-01-01T00:00:05Z")
    }
}
