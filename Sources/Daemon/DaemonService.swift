#if canImport(Glibc)
import Glibc
#endif
import Config
import FoundationEssentials
import Model
import Logging
import Publish
import ServiceLifecycle
import UnixSignals

/// `tradewatch run`: the scheduler loop as a ServiceLifecycle service.
/// SIGTERM/SIGINT end it gracefully (the running cycle is cancelled; what it
/// committed stays), SIGHUP reloads the config and reopens the log.
package struct DaemonService: Service {
    private let runtime: DaemonRuntime
    private let configPath: String
    private let once: Bool
    private let notifier: SystemdNotifier
    private let logger: Logger
    private let watchdogInterval: Duration?

    package init(runtime: DaemonRuntime, configPath: String, once: Bool, logger: Logger,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.runtime = runtime
        self.configPath = configPath
        self.once = once
        self.logger = logger
        notifier = SystemdNotifier(environment: environment)
        watchdogInterval = SystemdNotifier.watchdogInterval(environment: environment)
    }

    package func run() async throws {
        if once {
            try await runtime.start()
            let after = try await startFollowUps()
            defer { after.export?.stop() }
            let feeds = await runtime.config.feeds
            let report = await runtime.runCycle(feeds)
            await logCycle(report)
            after.export?.afterCycle(server: nil)
            if report.alerts > 0 { await after.pages.refresh(await runtime.config) }
            await after.sinks.drain()
            await runtime.releaseClusterLeases()
            return
        }
        // SIGHUP is trapped before anything else: one sent during start-up
        // (a long catch-up of the log) is neither fatal (its default action
        // ends the process) nor lost (it waits in the sequence).
        signal(SIGHUP, SIG_IGN)
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        try await runtime.start()
        let after = try await startFollowUps()
        defer { after.export?.stop() }
        // READY=1 only once the store is open and the socket listens.
        let server = try await startSocketServer(sinks: after.sinks)
        after.export?.afterCycle(server: server)
        await after.sinks.start()
        notifier.notify("READY=1")
        notifier.notify("STATUS=\(await runtime.statusLine())")
        let feedCount = await runtime.config.feeds.count
        logger.info("started", metadata: ["feeds": "\(feedCount)", "config": "\(configPath)"])

        let alarm = SchedulerAlarm()
        let watchdog = WatchdogPinger(notifier: notifier, interval: watchdogInterval)
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                // A cluster's leases and other nodes' alerts (no-op on one host).
                group.addTask { await runtime.runClusterTasks() }
                // Reloads on a task of their own, so one is handled at once,
                // also in the middle of a cycle: the runtime takes it at the
                // cycle's next await (the log is reopened then; the new
                // config applies to the fetches after).
                group.addTask {
                    for await _ in hangups {
                        await reload()
                        alarm.wake()
                    }
                }
                await schedule(alarm: alarm, watchdog: watchdog, server: server, after: after)
                group.cancelAll()
            }
        }
        await after.sinks.stop()
        await server.stop()
        notifier.notify("STOPPING=1")
        logger.info("stopped")
    }

    /// Runs a cycle over the feeds that are due, then sleeps until the next
    /// one is (or a reload wakes it, or the watchdog needs a ping); ends when
    /// the task is cancelled (graceful shutdown).
    private func schedule(alarm: SchedulerAlarm, watchdog: WatchdogPinger, server: AlertSocketServer,
                          after: FollowUps) async {
        while !Task.isCancelled {
            await watchdog.ping()
            let due = await runtime.dueFeeds(now: Date())
            if !due.isEmpty {
                let report = await runtime.runCycle(due) { await watchdog.ping() }
                if Task.isCancelled { return }
                await logCycle(report)
                after.export?.afterCycle(server: server)
                if report.alerts > 0 {
                    after.sinks.wake()
                    await after.pages.refresh(await runtime.config)
                }
                notifier.notify("STATUS=\(await runtime.statusLine())")
                continue
            }
            // Without feeds, a reload is what wakes it.
            var wait = await runtime.nextDue().map { Duration.seconds($0.timeIntervalSinceNow) } ?? .seconds(3600)
            if let ping = watchdogInterval { wait = min(wait, ping) }
            await alarm.sleep(until: .now + max(wait, .milliseconds(10)))
        }
    }

    /// What follows each cycle besides the log: the metrics export, the
    /// report page and the sinks.
    struct FollowUps: Sendable {
        let export: MetricsExport?
        let pages: ReportRefresher
        let sinks: SinkFleet
    }

    private func startFollowUps() async throws -> FollowUps {
        let export = try MetricsExport.start(await runtime.config.metrics, logger: logger)
        if let export { await runtime.attach(metrics: export.metrics) }
        let pages = ReportRefresher(logger: logger)
        await pages.refresh(await runtime.config)
        let sinks = SinkFleet(config: await runtime.config, runtime: runtime, logger: logger)
        await sinks.prepare()
        return FollowUps(export: export, pages: pages, sinks: sinks)
    }

    /// The subscriber socket: the one systemd passed (socket activation), else
    /// bound at the configured path with its mode and group.
    private func startSocketServer(sinks: SinkFleet) async throws(DaemonError) -> AlertSocketServer {
        let config = await runtime.config
        let runtime = self.runtime
        let server = AlertSocketServer(
            options: .init(path: config.socket, mode: config.socketMode, group: config.socketGroup,
                           queueLimit: config.subscriberQueue),
            source: AlertSource(alerts: { try await runtime.storedAlerts(after: $0, limit: $1) },
                                lastID: { await runtime.lastAlertID() },
                                status: {
                                    var report = await runtime.statusReport()
                                    report.sinks = await sinks.report()
                                    return report.json
                                }),
            logger: logger)
        do throws(SocketError) {
            try await server.start(activatedFD: try SocketActivation.takeListeningSocket())
        } catch {
            throw .socketNotOpened(error)
        }
        await runtime.addListener { server.publish($0) }
        return server
    }

    private func reload() async {
        notifier.notify("RELOADING=1")
        do {
            let config = try DaemonConfig.load(path: configPath)
            await runtime.reload(config)
        } catch {
            logger.error("config not reloaded; keeping the running one", metadata: ["errors": "\(error)"])
        }
        notifier.notify("READY=1")
        notifier.notify("STATUS=\(await runtime.statusLine())")
    }

    private func logCycle(_ report: CycleReport) async {
        let seconds = report.finished.timeIntervalSince(report.started)
        logger.info("cycle", metadata: [
            "fetched": "\(report.fetched)", "not_modified": "\(report.notModified)",
            "failed": "\(report.failed.count)", "new_items": "\(report.newItems)",
            "alerts": "\(report.alerts)", "seconds": "\(seconds.formatted(places: 2))",
        ])
    }
}
