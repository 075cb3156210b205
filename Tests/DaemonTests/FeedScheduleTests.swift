import Daemon
import Foundation
import Testing
import TestSupport

@Suite struct FeedScheduleTests {
    let now = Date(timeIntervalSince1970: 1_764_000_000)
    let schedule = FeedSchedule()

    @Test func successWaitsTheIntervalWithinTenPercentJitter() {
        var rng = SeededGenerator(state: 1)
        var seen = Set<Int>()
        for _ in 0..<200 {
            let wait = schedule.afterSuccess(now: now, interval: .seconds(600), using: &rng).timeIntervalSince(now)
            #expect(wait >= 540 && wait <= 660)
            seen.insert(Int(wait))
        }
        #expect(seen.count > 50, "jitter spreads feeds out")
    }

    @Test func failuresBackOffExponentiallyUpToTheCap() {
        var rng = SeededGenerator(state: 2)
        func wait(_ failures: Int) -> Double {
            schedule.afterFailure(now: now, interval: .seconds(300), failures: failures, retryAfter: nil, using: &rng)
                .timeIntervalSince(now)
        }
        #expect((225...375).contains(wait(1)))
        #expect((450...750).contains(wait(2)))
        #expect((900...1500).contains(wait(3)))
        // After a day of failures the feed is still tried, at most every 6h (+25% jitter).
        for failures in [20, 100, 10_000] {
            #expect((16_200...27_000).contains(wait(failures)))
        }
    }

    @Test func retryAfterIsHonouredButCapped() {
        var rng = SeededGenerator(state: 3)
        let asked = now.addingTimeInterval(7200)
        let next = schedule.afterFailure(now: now, interval: .seconds(60), failures: 1, retryAfter: asked, using: &rng)
        #expect(next == asked)
        let hostile = now.addingTimeInterval(365 * 86_400)
        let capped = schedule.afterFailure(now: now, interval: .seconds(60), failures: 1, retryAfter: hostile, using: &rng)
        #expect(capped.timeIntervalSince(now) == 86_400)
    }
}
