#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Model
import Publish
import Testing
import TestSupport

@Suite struct RobustnessTests {
    @Test func notJSONGetsAnErrorAndTheConnectionStaysUsable() async throws {
        let fixture = try await SocketFixture()
        let connection = try fixture.connect()
        _ = try await connection.next()
        try connection.send("hello there\n")
        let error = try #require(try await connection.next())
        #expect(SubscriberEvent(line: error) == .error(code: "bad_json", message: "a line must be one JSON object", lastSent: nil))
        try connection.send(#"{"type":"frobnicate"}"# + "\n")
        #expect(try await connection.next()?.contains(#""code":"unknown_type""#) == true)
        try connection.send(#"{"type":"ping"}"# + "\n")
        #expect(try await connection.next() == #"{"type":"pong"}"#)
        // Logged with who sent it.
        #expect(fixture.logs.current.contains { $0.contains("bad subscriber input") && $0.contains("pid=\(getpid())") })
    }

    @Test func lineOver64KiBGetsAnErrorAndIsDisconnected() async throws {
        let fixture = try await SocketFixture()
        let connection = try fixture.connect()
        _ = try await connection.next()
        try? connection.send(#"{"type":"subscribe","pad":""# + String(repeating: "x", count: 70_000) + "\"}\n")
        let lines = try await connection.lines(until: { _ in false })
        #expect(lines.count == 1)
        #expect(lines.first?.contains(#""code":"line_too_long""#) == true)
        #expect(fixture.logs.current.contains { $0.contains("over 65536 bytes") && $0.contains("uid=\(getuid())") })
    }

    @Test func endlessLineWithoutNewlineIsCutOff() async throws {
        let fixture = try await SocketFixture()
        let connection = try fixture.connect()
        _ = try await connection.next()
        let chunk = String(repeating: "y", count: 16_384)
        for _ in 0..<5 {
            do { try connection.send(chunk) } catch { break }
        }
        let lines = try await connection.lines(until: { _ in false })
        #expect(lines.last?.contains(#""code":"line_too_long""#) == true)
    }

    @Test func halfClosedMidLineIsClosedAndLogged() async throws {
        let fixture = try await SocketFixture()
        let connection = try fixture.connect()
        _ = try await connection.next()
        try connection.send(#"{"type":"subscr"#)
        connection.shutdownWrite()
        let lines = try await connection.lines(until: { _ in false })
        #expect(lines.allSatisfy { $0.contains(#""code":"incomplete_line""#) })
        #expect(await fixture.eventually { fixture.logs.current.contains { $0.contains("middle of a line") } })
        #expect(await fixture.eventually { fixture.server.subscriberCount == 0 })
    }

    @Test func garbageNeverStopsTheServerServingOthers() async throws {
        let fixture = try await SocketFixture()
        let good = try fixture.connect()
        try good.send(#"{"type":"subscribe"}"# + "\n")
        _ = try await good.next()
        for garbage in ["\u{0}\u{1}\u{2}\n", "{\n", "{\"type\":null}\n", "[]\n", "\"subscribe\"\n", "{\"type\":\"subscribe\",\"since\":1e400}\n",
                        String(repeating: "z", count: 100_000)] {
            let bad = try fixture.connect()
            try? bad.send(garbage)
            bad.shutdownWrite()
            _ = try await bad.lines(until: { _ in false })
        }
        try await fixture.commit(1)
        #expect(alertIDs([try #require(try await good.next())]) == [1])
    }

    @Test func secondSubscribeIsRefused() async throws {
        let fixture = try await SocketFixture()
        let connection = try fixture.connect()
        try connection.send(#"{"type":"subscribe"}"# + "\n" + #"{"type":"subscribe","since":0}"# + "\n")
        let lines = try await connection.lines(until: { $0.contains("error") })
        #expect(lines.last?.contains(#""code":"already_subscribed""#) == true)
    }
}
