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
    let store: StateStore
    /// Nil while the log cannot be opened (its file unwritable, its folder
    /// missing): alerts wait in the store and every cycle tries again.
    private var log: AlertLog?
    private var fetcher: Fetcher
    private let processor: any FeedProcessor
    private let logger: Logger
    private let schedule = FeedSchedule()
    private var rng = JitterRandom()
    private var health: [String: FeedHealth] = [:]
    private var ledger: [LedgerEntry]
    public private(set) var lastCycle: CycleReport?
    /// For `status`: the daemon's uptime.
    private let startedAt = Date()
    /// `[metrics]`: nil when none are kept.
    private var metrics: DaemonMetrics?
    /// Called with every batch of alerts as soon as it is committed (the socket server).
    private var listeners: [@Sendable ([StoredAlert]) -> Void] = []
    /// The last `publish` failed (disk full, file gone): every cycle reopens
    /// the log and retries, so it catches up once writing works again even
    /// when no new alert comes to trigger a write.
    private var publishFailed = false

    public init(config: DaemonConfig, processor: any FeedProcessor, logger: Logger) throws(DaemonError) {
        self.config = config
        self.processor = processor
        self.logger = logger
        do {
            store = try StateStore(directory: config.stateDir)
        } catch {
            throw DaemonError("cannot open the state database: \(error)")
        }
        do {
            try Self.createParent(of: config.log)
            log = try AlertLog(path: config.log)
        } catch {
            // Not fatal: the store keeps every alert, and the log catches up
            // once it can be opened (see `publish`).
            logger.error("cannot open the alert log; alerts stay in the store and are written when it works again",
                         metadata: ["log": "\(config.log)", "error": "\(error)"])
            log = nil
        }
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
        let lastStored = (try? await store.lastAlertID()) ?? 0
        if lastStored == 0, let log, log.lastID > 0 {
            throw DaemonError("the state database \(store.path) holds no alerts but the alert log \(config.log) "
                              + "ends at alert #\(log.lastID): the state was lost or replaced; restore it, "
                              + "or move the log away to start afresh")
        }
        await publish()
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

    public func lastAlertID() async -> Int64 {
        (try? await store.lastAlertID()) ?? log?.lastID ?? 0
    }

    /// "3 feeds, 1 failing, last alert #42" for STATUS= and the socket.
    public func statusLine() async -> String {
        let failing = health.values.filter { $0.failures > 0 }.count
        let last = await lastAlertID()
        return "\(config.feeds.count) feeds, \(failing) failing, last alert #\(last)"
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
        if report.lastAlertID > 0, let stored = try? await store.alerts(after: report.lastAlertID - 1, limit: 1).first,
           let fields = AlertFields(jsonLine: stored.record) {
            report.lastAlert = StatusReport.LastAlert(id: fields.id, time: fields.time, severity: fields.severity,
                                                      topic: fields.topic, title: fields.title)
        }
        return report
    }

    // MARK: the cycle

    /// Fetches `feeds` (`concurrency` at a time, through the multi handle),
    /// processing and committing each as it arrives. `tick` runs after each
    /// feed, so the watchdog is fed from inside long cycles too.
    public func runCycle(_ feeds: [FeedConfig], tick: @Sendable () async -> Void = {}) async -> CycleReport {
        var report = CycleReport(started: Date())
        var records: [String: FeedRecord] = [:]
        var requests: [FetchRequest] = []
        for feed in feeds {
            let record = try? await store.feed(feed.url)
            records[feed.url] = record
            requests.append(FetchRequest(url: feed.url, etag: record?.etag, lastModified: record?.lastModified))
        }
        let byURL = Dictionary(feeds.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        // A sliding window rather than `fetchAll`: a finished fetch starts the
        // next one only when its body is taken, so at most `concurrency` bodies
        // wait in memory while one is parsed. Fetching every feed up front let
        // a fast server park the whole cycle's bodies at once (peak RSS).
        let fetcher = self.fetcher
        let window = max(1, config.concurrency)
        // The body's fingerprint and its parse are done in the fetching task,
        // off the actor, so feeds parse in parallel while the actor processes
        // and commits them one at a time. Unchanged bytes are not parsed.
        let processor = self.processor
        let knownHashes = records.compactMapValues(\.bodyHash)
        let metrics = self.metrics
        @Sendable func fetchAndParse(_ request: FetchRequest) async -> FetchedFeed {
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
                group.addTask { await fetchAndParse(request) }
            }
            while let fetched = await group.next() {
                if let request = pending.next() { group.addTask { await fetchAndParse(request) } }
                guard let feed = byURL[fetched.result.request.url] else { continue }
                await handle(fetched, feed: feed, record: records[feed.url], report: &report)
                await tick()
            }
        }
        if publishFailed {
            try? log?.reopen()
            await publish()
        }
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
            let input = FeedInput(body: body, feedURL: feed.url, finalURL: finalURL,
                                  seen: (try? await store.seenItems(feed: feed.url)) ?? [:],
                                  firstContact: record?.isFirstContact ?? true, maxAge: config.maxAge,
                                  ledger: ledger,
                                  recentMoves: (try? await store.recentMoves(since: now.addingTimeInterval(-FeedInput.repeatWindow))) ?? [],
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
                report.fetched += 1
                report.newItems += plan.seen.count
                report.alerts += committed.count
                for alert in committed {
                    metrics?.alert(topic: alert.topic.rawValue, severity: alert.severity.rawValue)
                    logger.info("alert", metadata: ["id": "\(alert.id)", "topic": "\(alert.topic.rawValue)",
                                                    "actor": "\(alert.actor.rawValue)", "direction": "\(alert.direction.rawValue)",
                                                    "title": "\(alert.item.title ?? "")"])
                }
                health[feed.url]?.failures = 0
                health[feed.url]?.failingSince = nil
                health[feed.url]?.lastError = nil
                health[feed.url]?.nextDue = schedule.afterSuccess(now: now, interval: config.interval(of: feed), using: &rng)
                if !committed.isEmpty {
                    // Subscribers hear of committed alerts whether or not the log can be written now.
                    let batch = committed.map { StoredAlert(id: $0.id, record: $0.jsonLine) }
                    for listener in listeners { listener(batch) }
                    await publish()
                }
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

    /// `body`: the failure is a body that could not be processed; its
    /// validators and hash are kept, so it is not fetched or parsed in full again.
    private func failed(_ feed: FeedConfig, reason: String, retryAfter: Date?, now: Date,
                        body: (validators: Validators, hash: String)? = nil) async {
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
                                                          failures: failures, retryAfter: retryAfter, using: &rng)
    }

    // MARK: publishing

    /// Appends every committed alert above the log's last id, then fsyncs.
    /// A failure (disk full, file unwritable) is logged; the alerts stay in
    /// the store and the next call catches up.
    public func publish() async {
        do {
            let log = try openLog()
            let highWater = try await store.logHighWater()
            var after = max(log.lastID, highWater)
            while true {
                let batch = try await store.alerts(after: after, limit: 1000)
                guard !batch.isEmpty else { break }
                try log.append(batch)
                try await store.setLogHighWater(log.lastID)
                after = batch.last!.id
            }
            publishFailed = false
        } catch {
            publishFailed = true
            logger.error("alert log not written; alerts stay in the store and are written when it works again",
                         metadata: ["log": "\(config.log)", "error": "\(error)"])
        }
    }

    /// The open log, opening it first when it could not be before.
    private func openLog() throws -> AlertLog {
        if let log { return log }
        try Self.createParent(of: config.log)
        let opened = try AlertLog(path: config.log)
        log = opened
        return opened
    }

    // MARK: reload

    /// SIGHUP: reopens the log (after logrotate) and takes the new config's
    /// feeds, intervals and limits. State dir and log path changes need a restart.
    public func reload(_ newConfig: DaemonConfig) async {
        do {
            try log?.reopen()
        } catch {
            logger.error("cannot reopen the alert log", metadata: ["error": "\(error)"])
        }
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
        await publish()
    }

    static func fetchOptions(_ config: DaemonConfig) -> FetchOptions {
        FetchOptions(concurrency: config.concurrency, connectTimeout: config.connectTimeout,
                     totalTimeout: config.timeout, maxBodyBytes: config.maxBodyBytes)
    }

    private static func createParent(of path: String) throws {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    }
}

/// A failure that stops the daemon from starting, with what and where.
public struct DaemonError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
