import Fetch
import Foundation
import Testing

@Suite struct RetryAfterTests {
    /// 2015-10-21T07:28:00Z, the instant every date below names, minus 90 s.
    static let now = Date(timeIntervalSince1970: 1_445_412_480 - 90)

    @Test(arguments: [
        ("120", Duration.seconds(120)),
        ("0", .zero),
        ("  5 ", .seconds(5)),
        ("Wed, 21 Oct 2015 07:28:00 GMT", .seconds(90)),          // IMF-fixdate
        ("Wednesday, 21-Oct-15 07:28:00 GMT", .seconds(90)),      // RFC 850
        ("Wed Oct 21 07:28:00 2015", .seconds(90)),               // asctime
        ("Wed, 21 Oct 2015 07:20:00 GMT", .zero),                 // already past
    ] as [(String, Duration)])
    func parsesSecondsAndHTTPDates(value: String, expected: Duration) {
        #expect(RetryAfter.parse(value, now: Self.now) == expected)
    }

    @Test(arguments: ["", "soon", "-5", "1.5", "12abc", "later, maybe"])
    func rejectsGarbage(value: String) {
        #expect(RetryAfter.parse(value, now: Self.now) == nil)
    }
}
