import Foundation
import Model
import Parse
import Testing

/// Every date variant feeds use, normalised to UTC.
@Suite struct FeedDateTests {
    @Test(arguments: [
        // RFC 822 / 1123
        ("Tue, 10 Jun 2025 09:30:00 GMT", "2025-06-10T09:30:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 +0200", "2025-06-10T07:30:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 -05:30", "2025-06-10T15:00:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 UT", "2025-06-10T09:30:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 Z", "2025-06-10T09:30:00Z"),
        // missing seconds, named zones
        ("Tue, 10 Jun 2025 09:30 EST", "2025-06-10T14:30:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 PDT", "2025-06-10T16:30:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 CEST", "2025-06-10T07:30:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 IST", "2025-06-10T04:00:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 JST", "2025-06-10T00:30:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 AEST", "2025-06-09T23:30:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 GMT+0100", "2025-06-10T08:30:00Z"),
        // two-digit years, wrong or missing day names, ordinals, "Sept", junk
        ("Tue, 10 Jun 25 09:30:00 GMT", "2025-06-10T09:30:00Z"),
        ("Sun, 10 Jun 99 09:30:00 GMT", "1999-06-10T09:30:00Z"),
        ("Fri, 10 Jun 2025 09:30:00 GMT", "2025-06-10T09:30:00Z"),
        ("10 Jun 2025 09:30:00 GMT", "2025-06-10T09:30:00Z"),
        ("Tuesday, 10th June 2025 09:30:00 GMT", "2025-06-10T09:30:00Z"),
        ("1st Sept 2025 10:00", "2025-09-01T10:00:00Z"),
        ("June 10, 2025 9:30 PM", "2025-06-10T21:30:00Z"),
        ("Tue, 10 Jun 2025 09:30:00 GMT (Coordinated Universal Time)", "2025-06-10T09:30:00Z"),
        ("Tue,10 Jun 2025 09:30:00 +0000", "2025-06-10T09:30:00Z"),
        // no zone: UTC
        ("Tue, 10 Jun 2025 09:30:00", "2025-06-10T09:30:00Z"),
        // RFC 3339 / ISO 8601
        ("2025-06-10T09:30:00Z", "2025-06-10T09:30:00Z"),
        ("2025-06-10T09:30:00.123456+08:00", "2025-06-10T01:30:00Z"),
        ("2025-06-10T09:30:00-0400", "2025-06-10T13:30:00Z"),
        ("2025-06-10T09:30+01:00", "2025-06-10T08:30:00Z"),
        ("2025-06-10 09:30:00", "2025-06-10T09:30:00Z"),
        ("2025-06-10", "2025-06-10T00:00:00Z"),
        ("20250610T093000Z", "2025-06-10T09:30:00Z"),
        ("  2025-06-10T09:30:00Z  ", "2025-06-10T09:30:00Z"),
        ("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"),
        ("2006-01-17T12:35:9+01:00", "2006-01-17T11:35:09Z"),
    ])
    func parsesVariant(_ input: String, _ expected: String) {
        #expect(utc(FeedDate.parse(input)) == expected, "\(input)")
    }

    @Test(arguments: ["", "yesterday", "not a date", "2025-13-01", "2023-02-29", "32 Jun 2025", "Jun 2025"])
    func rejectsNonDates(_ input: String) {
        #expect(FeedDate.parse(input) == nil, "\(input)")
    }
}
