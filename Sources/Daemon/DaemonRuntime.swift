import Config
import Fetch
import FoundationEssentials
import Logging
import Model
import Publish
import Store
import Telemetry

/// The daemon's state and one poll cycle: fetch the due feeds through one
/// curl multi handle, process each body as it arrives, commit each feed in
/// one transaction, then publish committed alerts to the log.
///
/// Exactly once: the log is fed only from the store (alerts above the last id
/// in the log), so a crash anywhere loses nothing and repeats nothing.
public actor DaemonRuntime {
    public private(set) var config: DaemonConfig
    let store: any StateStoring
    let logPublisher: AlertLogPublisher
    private var fetcher: Fetcher
    private let processor: any FeedProcessor
    let logger: Logger
    let schedule = FeedSchedule()
    var rng = JitterRandom()
    var health: [String: FeedHealth] = [:]
    var ledger: [LedgerEntry]
    public private(set) var lastCycle: CycleReport?
    /// For `status`: the daemon's uptime.
    private let startedAt = Date()
    /// `[metrics]`: nil when none are kept.
    private var metrics: DaemonMetrics?
    /// Called with every batch of alerts as soon as it is committed (the socket server).
    var listeners: [@Sendable ([StoredAlert]) -> Void] = []
    /// A cluster's shared store (PostgreSQL): leases, and delivery of every
    /// node's alerts in id order (DaemonRuntime+Cluster.swift).
    var cluster = ClusterState()
    /// Reads of the state database that failed a feed (since start).
    private var storeErrors = 0
    /// The moves alerted within the repeat window, read once per cycle (by
    /// the first feed that needs them) and extended with each commit: one
    /// read per cycle, not one per changed feed, which with many feeds read
    /// and decoded the same rows hundreds of times a cycle.
    private var cycleMoves: [AlertedMove]?
    /// The most recent moves a new alert is compared with. Every move of the
    /// repeat window at any real rate (tens a day); at a flood's rate (the
    /// soak alerts thousands an hour) it bounds what the window holds in memory.
    static let repeatWindowLimit = 2000

    /// `storeFaults`: store operations a test makes fail (`StoreFaults`); nil in production.
    public init(config: DaemonConfig, processor: any FeedProcessor, logger: Logger,
                storeFaults: StoreFaults? = nil) throws(DaemonError) {
        let store: StateStore
        do {
            store = try StateStore(directory: config.stateDir, faults: storeFaults)
        } catch {
            throw DaemonError("cannot open the state database: \(error)")
        }
        self.init(config: config, processor: processor, logger: logger, store: store)
    }

    /// With a store opened by the caller (the cluster's PostgreSQL store).
    public init(config: DaemonConfig, processor: any FeedProcessor, logger: Logger, store: any StateStoring) {
        self.config = config
        self.processor = processor
        self.logger = logger
        self.store = store
        logPublisher = AlertLogPublisher(path: config.log, store: store, logger: logger)
        fetcher = Fetcher(options: Self.fetchOptions(config))
        ledger = []
        let now = Date()
        for feed in config.feeds {
            health[feed.url] = FeedHealth(url: feed.url, name: feed.name, nextDue: now, failures: 0)
        }
    }

    /// Loads what the store knows (ledger, feed health) and brings the log up
    /// to date with the store. Call once before the first cycle.
    public func start() async throws(DaemonError) {
        do {
            ledger = try await store.ledger()
            for record in try await store.feeds() where health[record.url] != nil {
                health[record.url]?.failures = record.failures
                health[record.url]?.failingSince = record.failingSince
                health[record.url]?.lastError = record.lastError
                if let retry = record.retryAfter, retry > Date() { health[record.url]?.nextDue = retry }
            }
        } catch {
            throw DaemonError("cannot read the state database: \(error)")
        }
        // A store without alerts next to a log that has some was lost or
        // replaced: going on would detect everything again and number the new
        // alerts below the log's, so the log would silently drop them.
        let lastStored: Int64
        do {
            lastStored = try await store.lastAlertID()
        } catch {
            throw DaemonError("cannot read the state database: \(error)")
        }
        let lastLogged = await logPublisher.loggedLastID
        if lastStored == 0, lastLogged > 0 {
            throw DaemonError("the state database \(store.location) holds no alerts but the alert log \(config.log) "
                              + "ends at alert #\(lastLogged): the state was lost or replaced; restore it, "
                              + "or move the log away to start afresh")
        }
        await publish()
        await startCluster(lastStored: lastStored)
    }

    /// Counts fetches, parsed items, alerts and cycles into `metrics` from now on.
    public func attach(metrics: DaemonMetrics) {
        self.metrics = metrics
    }

    public func addListener(_ listener: @escaping @Sendable ([StoredAlert]) -> Void) {
        listeners.append(listener)
    }

    // MARK: scheduling

    public func dueFeeds(now: Date) -> [FeedConfig] {
        config.feeds.filter { (health[$0.url]?.nextDue ?? now) <= now }
    }

    /// When the next feed is due, nil with no feeds.
    public func nextDue() -> Date? {
        health.values.map(\.nextDue).min()
    }

    public func feedHealth() -> [FeedHealth] {
        config.feeds.compactMap { health[$0.url] }
    }

    /// Committed alerts after `id`, for subscribers catching up.
    public func storedAlerts(after id: Int64, limit: Int) async throws -> [StoredAlert] {
        try await store.alerts(after: id, limit: limit)
    }

    /// For status only (hello, STATUS=): the log's last id when the store cannot say.
    public func lastAlertID() async -> Int64 {
        if let stored = try? await store.lastAlertID() { return stored }
        return await logPublisher.loggedLastID
    }

    /// "3 feeds, 1 failing, last alert #42" for STATUS= and the socket;
    /// ", 2 store errors" when reads of the state database failed feeds.
    public func statusLine() async -> String {
        let failing = health.values.filter { $0.failures > 0 }.count
        let last = await lastAlertID()
        let errors = storeErrors > 0 ? ", \(storeErrors) store error\(storeErrors == 1 ? "" : "s")" : ""
        return "\(config.feeds.count) feeds, \(failing) failing\(errors), last alert #\(last)\(clusterStatus())"
    }

    /// The daemon's health for the socket's `status` answer.
    public func statusReport() async -> StatusReport {
        let now = Date()
        let failing = feedHealth().filter { $0.failures > 0 }
        var report = StatusReport(feeds: config.feeds.count, failingFeeds: failing.map(\.url),
                                  lastCycleStarted: lastCycle?.started, lastCycleFinished: lastCycle?.finished,
                                  lastAlertID: await lastAlertID(), summary: await statusLine())
        report.failures = failing.map {
            StatusReport.Failure(url: $0.url, reason: $0.lastError ?? "unknown", consecutive: $0.failures,
                                 since: $0.failingSince, down: $0.isDown(now: now))
        }
        report.started = startedAt
        report.now = now
        report.lastCycleCounts = lastCycle.map {
            StatusReport.CycleCounts(fetched: $0.fetched, notModified: $0.notModified, failed: $0.failed.count,
                                     newItems: $0.newItems, alerts: $0.alerts)
        }
        if report.lastAlertID > 0, let stored = try? await store.alerts(after: report.lastAlertID - 1, limit: 1).first {
            let f = stored.facets
            report.lastAlert = StatusReport.LastAlert(id: stored.id, time: f.time, severity: f.severity,
                                                      topic: f.topic, title: f.title)
        }
        return report
    }

    // MARK: the cycle

    /// Fetches `feeds` (`concurrency` at a time, through the multi handle),
    /// processing and committing each as it arrives. `tick` runs after each
    /// feed, so the watchdog is fed from inside long cycles too.
    public func runCycle(_ feeds: [FeedConfig], tick: @Sendable () async -> Void = {}) async -> CycleReport {
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
        metrics?.cycle(duration: .seconds(report.finished.timeIntervalSince(report.started)), finished: report.finished,
                       feeds: config.feeds.count, failing: health.values.filter { $0.failures > 0 }.count)
        return report
    }

    private func handle(_ fetched: FetchedFeed, feed: FeedConfig, record: FeedRecord?,
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
                plan.applyMoves(to: &ledger, alertIDs: committed.map(\.id))
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
                if !committed.isEmpty {
                    // Subscribers hear of committed alerts whether or not the log can be written now.
                    if store.sharedByNodes {
                        await deliverClusterAlerts()
                    } else {
                        for listener in listeners { listener(committed) }
                        await logPublisher.publish()
                    }
                }
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

    private func succeeded(_ feed: FeedConfig, validators: Validators, now: Date) async {
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

    private func movesWithinRepeatWindow(now: Date) async throws -> [AlertedMove] {
        if let cycleMoves { return cycleMoves }
        let read = try await store.recentMoves(since: now.addingTimeInterval(-FeedInput.repeatWindow),
                                               limit: Self.repeatWindowLimit)
        cycleMoves = read
        return read
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
    private func failed(_ feed: FeedConfig, reason: String, retryAfter: Date?, now: Date,
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

    // MARK: publishing

    /// Brings the alert log up to date with the store (see `AlertLogPublisher`).
    public func publish() async {
        await logPublisher.publish()
    }

    // MARK: reload

    /// SIGHUP: reopens the log (after logrotate) and takes the new config's
    /// feeds, intervals and limits. State dir and log path changes need a restart.
    public func reload(_ newConfig: DaemonConfig) async {
        // First, and whatever a running cycle is doing: logrotate may compress
        // or remove the renamed file as soon as the reload was sent.
        await logPublisher.reopen()
        let now = Date()
        var newHealth: [String: FeedHealth] = [:]
        for feed in newConfig.feeds {
            newHealth[feed.url] = health[feed.url] ?? FeedHealth(url: feed.url, name: feed.name, nextDue: now, failures: 0)
            newHealth[feed.url]?.name = feed.name
        }
        let added = newConfig.feeds.filter { health[$0.url] == nil }.count
        let removed = config.feeds.filter { newHealth[$0.url] == nil }.count
        health = newHealth
        if Self.fetchOptions(newConfig) != fetcher.options { fetcher = Fetcher(options: Self.fetchOptions(newConfig)) }
        config = newConfig
        logger.info("config reloaded", metadata: ["feeds": "\(newConfig.feeds.count)", "added": "\(added)",
                                                  "removed": "\(removed)"])
        await logPublisher.publish()
    }

    static func fetchOptions(_ config: DaemonConfig) -> FetchOptions {
        FetchOptions(concurrency: config.concurrency, connectTimeout: config.connectTimeout,
                     totalTimeout: config.timeout, maxBodyBytes: config.maxBodyBytes)
    }
}

/// A failure that stops the daemon from starting, with what and where.
public struct DaemonError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
