import Foundation
import Model
import Testing

@Suite struct JSONWriterTests {
    @Test func writesKeysInOrderWithNullsAndEscapes() {
        var w = JSONWriter()
        w.object { w in
            w.field("id", Int64(7))
            w.field("title", "a \"quoted\"\nline\\ \u{1}")
            w.field("link", nil as String?)
            w.field("categories", strings: ["x", "y"])
            w.key("nested")
            w.object { w in w.field("ok", true) }
            w.key("empty")
            w.array { _ in }
        }
        #expect(w.output == #"{"id":7,"title":"a \"quoted\"\nline\\ \u0001","link":null,"categories":["x","y"],"nested":{"ok":true},"empty":[]}"#)
        #expect((try? JSONSerialization.jsonObject(with: Data(w.output.utf8))) != nil)
    }

    @Test func timestampsRoundTripInUTC() {
        let date = Date(timeIntervalSince1970: 1_764_000_000)
        let text = Timestamp.rfc3339(date)
        #expect(text == "2025-11-24T16:00:00Z")
        #expect(Timestamp.parseRFC3339(text) == date)
        #expect(Timestamp.parseRFC3339("2025-11-24T17:00:00+01:00") == date)
    }
}
