import Config
import Fetch
import FoundationEssentials
import Logging
import Model
import Store
import Telemetry

/// One poll cycle: fetch the due feeds through one curl multi handle,
/// process each body as it arrives, commit each feed in one transaction.
extension DaemonRuntime {
    /// Fetches `feeds` (`concurrency` at a time, through the multi handle),
    /// processing and committing each as it arrives. `tick` runs after each
    /// feed, so the watchdog is fed from inside long cycles too.
    package func runCycle(_ feeds: [FeedConfig], tick: @Sendable () async -> Void = {}) async -> CycleReport {
        var report = CycleReport(started: Date())
        cycleMoves = nil
        var records: [String: FeedRecord] = [:]
        var requests: [FetchRequest] = []
        for feed in await leasedFeeds(feeds, report: &report) {
            // Unreadable, the record would make the feed a first contact
            // (its items marked seen without alerting): it waits instead.
            let record: FeedRecord?
            do {
                record = try await store.feed(feed.url)
            } catch {
                await storeFailed(feed, reading: "the feed's record", error: error, report: &report)
                continue
            }
            records[feed.url] = record
            requests.append(FetchRequest(url: feed.url, etag: record?.etag, lastModified: record?.lastModified))
        }
        let byURL = Dictionary(feeds.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        // A sliding window rather than `fetchAll`: a finished fetch starts the
        // next one only when its body is taken, so at most `concurrency` bodies
        // wait in memory while one is parsed. Fetching every feed up front let
        // a fast server park the whole cycle's bodies at once (peak RSS).
        let window = max(1, config.concurrency)
        // The body's fingerprint and its parse are done in the fetching task,
        // off the actor, so feeds parse in parallel while the actor processes
        // and commits them one at a time. Unchanged bytes are not parsed.
        let processor = self.processor
        let knownHashes = records.compactMapValues(\.bodyHash)
        let metrics = self.metrics
        @Sendable func fetchAndParse(_ request: FetchRequest, with fetcher: Fetcher) async -> FetchedFeed {
            let result = await fetcher.fetch(request)
            metrics?.fetched(outcome: result.outcome.metricLabel, elapsed: result.elapsed,
                             bytes: result.outcome.body?.count ?? 0)
            guard case .content(let body, let validators, let finalURL, let status, let charset) = result.outcome else {
                return FetchedFeed(result: result, bodyHash: nil, parsed: nil)
            }
            let hash = SHA256.hex(body)
            if knownHashes[request.url] == hash { return FetchedFeed(result: result, bodyHash: hash, parsed: nil) }
            guard let parsed = processor.parse(body, feedURL: request.url, finalURL: finalURL, charset: charset) else {
                return FetchedFeed(result: result, bodyHash: hash, parsed: nil)
            }
            // Parsed: the bytes are not needed again, so they are not kept
            // while this feed waits its turn to be committed (peak RSS).
            var trimmed = result
            trimmed.outcome = .content(body: [], validators: validators, finalURL: finalURL, status: status, charset: charset)
            return FetchedFeed(result: trimmed, bodyHash: hash, parsed: parsed)
        }
        await withTaskGroup(of: FetchedFeed.self) { group in
            var pending = requests.makeIterator()
            for _ in 0..<window {
                guard let request = pending.next() else { break }
                group.addTask { [fetcher] in await fetchAndParse(request, with: fetcher) }
            }
            while let fetched = await group.next() {
                // A reload during the cycle applies from the next fetch on:
                // its fetcher (timeouts, limits), and no fetch of a feed it removed.
                while let request = pending.next() {
                    guard health[request.url] != nil else { continue }
                    group.addTask { [fetcher] in await fetchAndParse(request, with: fetcher) }
                    break
                }
                guard let feed = byURL[fetched.result.request.url] else { continue }
                await handle(fetched, feed: feed, record: records[feed.url], report: &report)
                await tick()
            }
        }
        await logPublisher.catchUp()
        report.finished = Date()
        lastCycle = report
        await recordClusterCycle(report)
        metrics?.cycle(duration: .seconds(report.finished.timeIntervalSince(report.started)), finished: report.finished,
                       feeds: config.feeds.count, failing: health.values.filter { $0.failures > 0 }.count)
        return report
    }

    func handle(_ fetched: FetchedFeed, feed: FeedConfig, record: FeedRecord?,
                report: inout CycleReport) async {
        let now = Date()
        let result = fetched.result
        switch result.outcome {
        case .content(let body, let validators, let finalURL, _, let charset):
            let bodyHash = fetched.bodyHash ?? SHA256.hex(body)
            if let record, record.bodyHash == bodyHash {
                // Same bytes as last time from a server that ignores validators.
                if let reason = record.bodyError {
                    report.failed[feed.url] = reason
                    await failed(feed, reason: reason, retryAfter: nil, now: now)
                    return
                }
                report.notModified += 1
                await succeeded(feed, validators: validators, now: now)
                return
            }
            let brokenBody = (validators: validators, hash: bodyHash)
            var parsed: Feed?
            switch fetched.parsed {
            case .success(let feed)?:
                parsed = feed
                metrics?.parsed(items: feed.items.count)
            case .failure(let error)?:
                report.failed[feed.url] = error.description
                await failed(feed, reason: error.description, retryAfter: nil, now: now, body: brokenBody)
                return
            case nil:
                break
            }
            // Exactly once rests on these reads: unread, every item would look
            // unseen (alerting again) or no move recent (no repeat marked).
            // The feed fails this cycle instead and is tried again.
            let seen: [String: SeenItem]
            let recentMoves: [AlertedMove]
            do {
                // Only the items the body holds: a feed's whole history grows
                // without end (one entry per item ever seen).
                if let ids = parsed?.items.map(\.id) {
                    seen = try await store.seenItems(feed: feed.url, ids: ids)
                } else {
                    seen = try await store.seenItems(feed: feed.url)
                }
            } catch {
                await storeFailed(feed, reading: "the feed's seen items", error: error, report: &report)
                return
            }
            do {
                recentMoves = try await movesWithinRepeatWindow(now: now)
            } catch {
                await storeFailed(feed, reading: "the recent moves", error: error, report: &report)
                return
            }
            let input = FeedInput(body: body, feedURL: feed.url, finalURL: finalURL, seen: seen,
                                  firstContact: record?.isFirstContact ?? true, maxAge: config.maxAge,
                                  ledger: ledger, recentMoves: recentMoves,
                                  now: now, parsed: parsed, charset: charset)
            let plan: FeedPlan
            do {
                plan = try processor.process(input)
            } catch {
                report.failed[feed.url] = error.description
                await failed(feed, reason: error.description, retryAfter: nil, now: now, body: brokenBody)
                return
            }
            do {
                let committed = try await store.commit(FeedCommit(
                    url: feed.url, etag: validators.etag, lastModified: validators.lastModified,
                    bodyHash: bodyHash, time: now, seen: plan.seen, alerts: plan.alerts, moves: plan.moves))
                plan.applyMoves(to: &ledger, alertIDs: plan.committedIDs(committed))
                if committed.count < plan.alerts.count {
                    logger.notice("alerts left out: the cluster had alerted their item's topic already", metadata: [
                        "feed": "\(feed.url)", "left_out": "\(plan.alerts.count - committed.count)"])
                }
                cycleMoves?.append(contentsOf: committed.map(AlertedMove.init))
                if let count = cycleMoves?.count, count > Self.repeatWindowLimit {
                    cycleMoves?.removeFirst(count - Self.repeatWindowLimit)
                }
                report.fetched += 1
                report.newItems += plan.seen.count
                report.alerts += committed.count
                for alert in committed {
                    let f = alert.facets
                    metrics?.alert(topic: f.topic, severity: f.severity)
                    logger.info("alert", metadata: ["id": "\(alert.id)", "topic": "\(f.topic)", "actor": "\(f.actor)",
                                                    "direction": "\(f.direction)", "title": "\(f.title)"])
                }
                health[feed.url]?.failures = 0
                health[feed.url]?.failingSince = nil
                health[feed.url]?.lastError = nil
                health[feed.url]?.nextDue = schedule.afterSuccess(now: now, interval: config.interval(of: feed), using: &rng)
                if !committed.isEmpty { await announce(committed) }
            } catch let lost as LeaseLost {
                leaseLost(lost, feed: feed, now: now)
            } catch {
                logger.error("commit failed", metadata: ["feed": "\(feed.url)", "error": "\(error)"])
                report.failed[feed.url] = "commit failed: \(error)"
                health[feed.url]?.nextDue = schedule.afterFailure(now: now, interval: config.interval(of: feed),
                                                                  failures: 1, retryAfter: nil, using: &rng)
            }
        case .notModified(let validators):
            // The body the validators belong to could not be processed: unchanged, it still cannot.
            if let reason = record?.bodyError {
                report.failed[feed.url] = reason
                await failed(feed, reason: reason, retryAfter: nil, now: now)
                return
            }
            report.notModified += 1
            await succeeded(feed, validators: validators, now: now)
        case .cancelled:
            break
        case .httpError(_, let retryAfter):
            report.failed[feed.url] = result.outcome.description
            await failed(feed, reason: result.outcome.description,
                         retryAfter: retryAfter.map { now.addingTimeInterval(Double($0.components.seconds)) }, now: now)
        default:
            report.failed[feed.url] = result.outcome.description
            await failed(feed, reason: result.outcome.description, retryAfter: nil, now: now)
        }
    }

    func movesWithinRepeatWindow(now: Date) async throws -> [AlertedMove] {
        if let cycleMoves { return cycleMoves }
        let read = try await store.recentMoves(since: now.addingTimeInterval(-FeedInput.repeatWindow),
                                               limit: Self.repeatWindowLimit)
        cycleMoves = read
        return read
    }
}
