import Config
import Fetch
import FoundationEssentials
import Logging
import Store

/// Each feed's health: a success or a failure recorded in the store and in
/// `health`, and the next poll scheduled from it (backing off on failures).
extension DaemonRuntime {
    package func feedHealth() -> [FeedHealth] {
        config.feeds.compactMap { health[$0.url] }
    }

    func succeeded(_ feed: FeedConfig, validators: Validators, now: Date) async {
        do {
            try await store.recordNotModified(url: feed.url, etag: validators.etag,
                                              lastModified: validators.lastModified, time: now)
        } catch {
            logger.error("state update failed", metadata: ["feed": "\(feed.url)", "error": "\(error)"])
        }
        health[feed.url]?.failures = 0
        health[feed.url]?.failingSince = nil
        health[feed.url]?.lastError = nil
        health[feed.url]?.nextDue = schedule.afterSuccess(now: now, interval: config.interval(of: feed), using: &rng)
    }

    /// A read of the state database failed for `feed`: the feed fails this
    /// cycle (no item is judged without what the store knows of it) and is
    /// tried again at its next interval, without backing off: the feed did
    /// nothing wrong.
    func storeFailed(_ feed: FeedConfig, reading what: String, error: any Error,
                     report: inout CycleReport) async {
        storeErrors += 1
        let reason = "state database: cannot read \(what): \(error)"
        report.failed[feed.url] = reason
        await failed(feed, reason: reason, retryAfter: nil, now: Date(), backoff: false)
    }

    /// `body`: the failure is a body that could not be processed; its
    /// validators and hash are kept, so it is not fetched or parsed in full again.
    func failed(_ feed: FeedConfig, reason: String, retryAfter: Date?, now: Date,
                body: (validators: Validators, hash: String)? = nil, backoff: Bool = true) async {
        logger.warning("feed failed", metadata: ["feed": "\(feed.url)", "reason": "\(reason)"])
        do {
            if let body {
                try await store.recordUnprocessable(url: feed.url, error: reason, time: now, etag: body.validators.etag,
                                                    lastModified: body.validators.lastModified, bodyHash: body.hash)
            } else {
                try await store.recordFailure(url: feed.url, error: reason, time: now, retryAfter: retryAfter)
            }
        } catch {
            logger.error("state update failed", metadata: ["feed": "\(feed.url)", "error": "\(error)"])
        }
        let failures = (health[feed.url]?.failures ?? 0) + 1
        health[feed.url]?.failures = failures
        if health[feed.url]?.failingSince == nil { health[feed.url]?.failingSince = now }
        health[feed.url]?.lastError = reason
        health[feed.url]?.nextDue = schedule.afterFailure(now: now, interval: config.interval(of: feed),
                                                          failures: backoff ? failures : 1, retryAfter: retryAfter,
                                                          using: &rng)
    }
}
