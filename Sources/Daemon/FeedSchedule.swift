import FoundationEssentials
import Model

/// When each feed is next due: its interval with ±10% jitter so feeds do not
/// fire together, exponential backoff with jitter after failures (capped, so a
/// feed that has failed for a day is still tried, less often), and a server's
/// Retry-After honoured. Pure: the clock and the randomness are passed in.
package struct FeedSchedule: Sendable {
    /// The longest wait between tries of a failing feed.
    var maxBackoff: Duration = .seconds(6 * 3600)
    /// The longest Retry-After obeyed, so a server cannot park a feed for good.
    var maxRetryAfter: Duration = .seconds(24 * 3600)

    package init() {}

    /// The next poll after a successful fetch (content or 304).
    package func afterSuccess(now: Date, interval: Duration, using rng: inout some RandomNumberGenerator) -> Date {
        now.addingTimeInterval(interval.inSeconds * Double.random(in: 0.9...1.1, using: &rng))
    }

    /// The next try after the `failures`-th consecutive failure (1 for the first).
    package func afterFailure(now: Date, interval: Duration, failures: Int, retryAfter: Date?,
                             using rng: inout some RandomNumberGenerator) -> Date {
        let exponent = Double(min(max(failures - 1, 0), 30))
        let backoff = min(interval.inSeconds * Double(sign: .plus, exponent: Int(exponent), significand: 1), maxBackoff.inSeconds)
        // Jitter in [0.75, 1.25] so feeds that failed together spread out again.
        var next = now.addingTimeInterval(max(1, backoff * Double.random(in: 0.75...1.25, using: &rng)))
        if let retryAfter {
            let capped = min(retryAfter, now.addingTimeInterval(maxRetryAfter.inSeconds))
            next = max(next, capped)
        }
        return next
    }
}
