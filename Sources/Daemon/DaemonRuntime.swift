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
///
/// This file holds the state and start-up; each job is an extension of its
/// own: `+Scheduling` (what is due), `+Cycle` (fetch, process, commit),
/// `+Health` (feed successes and failures), `+Publishing` (log and
/// listeners), `+Status` (STATUS= and the socket's `status`), `+Reload`
/// (SIGHUP) and `+Cluster` (leases and delivery on a shared store).
package actor DaemonRuntime {
    var config: DaemonConfig
    let store: any StateStoring
    let logPublisher: AlertLogPublisher
    var fetcher: Fetcher
    let processor: any FeedProcessor
    let logger: Logger
    let schedule = FeedSchedule()
    var rng = JitterRandom()
    var health: [String: FeedHealth] = [:]
    var ledger: [LedgerEntry]
    var lastCycle: CycleReport?
    /// For `status`: the daemon's uptime.
    let startedAt = Date()
    /// `[metrics]`: nil when none are kept.
    var metrics: DaemonMetrics?
    /// Called with every batch of alerts as soon as it is committed (the socket server).
    var listeners: [@Sendable ([StoredAlert]) -> Void] = []
    /// A cluster's shared store (PostgreSQL): leases, and delivery of every
    /// node's alerts in id order (DaemonRuntime+Cluster.swift).
    var cluster = ClusterState()
    /// Reads of the state database that failed a feed (since start).
    var storeErrors = 0
    /// The moves alerted within the repeat window, read once per cycle (by
    /// the first feed that needs them) and extended with each commit: one
    /// read per cycle, not one per changed feed, which with many feeds read
    /// and decoded the same rows hundreds of times a cycle.
    var cycleMoves: [AlertedMove]?
    /// The most recent moves a new alert is compared with. Every move of the
    /// repeat window at any real rate (tens a day); at a flood's rate (the
    /// soak alerts thousands an hour) it bounds what the window holds in memory.
    static let repeatWindowLimit = 2000

    /// `storeFaults`: store operations a test makes fail (`StoreFaults`); nil in production.
    package init(config: DaemonConfig, processor: any FeedProcessor, logger: Logger,
                storeFaults: StoreFaults? = nil) throws(DaemonError) {
        let store: StateStore
        do throws(StateDatabaseError) {
            store = try StateStore(directory: config.stateDir, faults: storeFaults)
        } catch {
            throw .stateNotOpened(error)
        }
        self.init(config: config, processor: processor, logger: logger, store: store)
    }

    /// With a store opened by the caller (the cluster's PostgreSQL store).
    package init(config: DaemonConfig, processor: any FeedProcessor, logger: Logger, store: any StateStoring) {
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
    package func start() async throws(DaemonError) {
        do {
            ledger = try await store.ledger()
        } catch {
            throw .stateNotRead(location: store.location, reading: "the positions ledger", cause: error)
        }
        let records: [FeedRecord]
        do {
            records = try await store.feeds()
        } catch {
            throw .stateNotRead(location: store.location, reading: "the feeds' records", cause: error)
        }
        for record in records where health[record.url] != nil {
            health[record.url]?.failures = record.failures
            health[record.url]?.failingSince = record.failingSince
            health[record.url]?.lastError = record.lastError
            if let retry = record.retryAfter, retry > Date() { health[record.url]?.nextDue = retry }
        }
        // A store without alerts next to a log that has some was lost or
        // replaced: going on would detect everything again and number the new
        // alerts below the log's, so the log would silently drop them.
        let lastStored: Int64
        do {
            lastStored = try await store.lastAlertID()
        } catch {
            throw .stateNotRead(location: store.location, reading: "the last alert id", cause: error)
        }
        let lastLogged = await logPublisher.loggedLastID
        if lastStored == 0, lastLogged > 0 {
            throw .stateLost(location: store.location, log: config.log, lastLogged: lastLogged)
        }
        await publish()
        await startCluster(lastStored: lastStored)
    }

    /// Counts fetches, parsed items, alerts and cycles into `metrics` from now on.
    func attach(metrics: DaemonMetrics) {
        self.metrics = metrics
    }

    func addListener(_ listener: @escaping @Sendable ([StoredAlert]) -> Void) {
        listeners.append(listener)
    }

    static func fetchOptions(_ config: DaemonConfig) -> FetchOptions {
        FetchOptions(concurrency: config.concurrency, connectTimeout: config.connectTimeout,
                     totalTimeout: config.timeout, maxBodyBytes: config.maxBodyBytes)
    }
}
