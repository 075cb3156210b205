#if canImport(Glibc)
import Glibc
#endif
import Config
import Dispatch
import FoundationEssentials
import Model
import Logging
import Publish
import ServiceLifecycle

/// `tradewatch run`: the scheduler loop as a ServiceLifecycle service.
/// SIGTERM/SIGINT end it gracefully (the running cycle is cancelled; what it
/// committed stays), SIGHUP reloads the config and reopens the log.
public struct DaemonService: Service {
    private let runtime: DaemonRuntime
    private let configPath: String
    private let once: Bool
    private let notifier: SystemdNotifier
    private let logger: Logger
    private let watchdogInterval: Duration?

    public init(runtime: DaemonRuntime, configPath: String, once: Bool, logger: Logger,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.runtime = runtime
        self.configPath = configPath
        self.once = once
        self.logger = logger
        notifier = SystemdNotifier(environment: environment)
        watchdogInterval = SystemdNotifier.watchdogInterval(environment: environment)
    }

    enum Event: Sendable {
        case tick
        case reload
    }

    public func run() async throws {
        try await runtime.start()
        let export = try MetricsExport.start(await runtime.config.metrics, logger: logger)
        defer { export?.stop() }
        if let export { await runtime.attach(metrics: export.metrics) }
        let pages = ReportRefresher(logger: logger)
        await pages.refresh(await runtime.config)
        let sinks = SinkFleet(config: await runtime.config, runtime: runtime, logger: logger)
        await sinks.prepare()
        if once {
            let feeds = await runtime.config.feeds
            let report = await runtime.runCycle(feeds)
            await logCycle(report)
            export?.afterCycle(server: nil)
            if report.alerts > 0 { await pages.refresh(await runtime.config) }
            await sinks.drain()
            return
        }
        // READY=1 only once the store is open and the socket listens.
        let server = try await startSocketServer(sinks: sinks)
        defer { server.stop() }
        export?.afterCycle(server: server)
        await sinks.start()
        notifier.notify("READY=1")
        notifier.notify("STATUS=\(await runtime.statusLine())")
        let feedCount = await runtime.config.feeds.count
        logger.info("started", metadata: ["feeds": "\(feedCount)", "config": "\(configPath)"])

        let (events, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(4))
        signal(SIGHUP, SIG_IGN)
        let hangup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        hangup.setEventHandler { continuation.yield(.reload) }
        hangup.resume()
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(250))
                continuation.yield(.tick)
            }
        }
        defer {
            ticker.cancel()
            hangup.cancel()
        }

        let watchdog = WatchdogPinger(notifier: notifier, interval: watchdogInterval)
        await cancelWhenGracefulShutdown {
            for await event in events {
                switch event {
                case .reload:
                    await reload()
                case .tick:
                    await watchdog.ping()
                    let due = await runtime.dueFeeds(now: Date())
                    guard !due.isEmpty else { continue }
                    let report = await runtime.runCycle(due) { await watchdog.ping() }
                    if Task.isCancelled { return }
                    await logCycle(report)
                    export?.afterCycle(server: server)
                    if report.alerts > 0 {
                        sinks.wake()
                        await pages.refresh(await runtime.config)
                    }
                    notifier.notify("STATUS=\(await runtime.statusLine())")
                }
            }
        }
        continuation.finish()
        await sinks.stop()
        notifier.notify("STOPPING=1")
        logger.info("stopped")
    }

    /// The subscriber socket: the one systemd passed (socket activation), else
    /// bound at the configured path with its mode and group.
    private func startSocketServer(sinks: SinkFleet) async throws -> AlertSocketServer {
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
        do {
            try await server.start(activatedFD: try SocketActivation.takeListeningSocket())
        } catch {
            throw DaemonError("subscriber socket: \(error)")
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

/// Sends WATCHDOG=1 at most once per interval (half of WatchdogSec), from whoever calls `ping`: the
/// scheduler loop and the cycle's per-feed tick. A hung loop stops pinging
/// and systemd restarts the service.
actor WatchdogPinger {
    private let notifier: SystemdNotifier
    private let interval: Duration?
    private var last = ContinuousClock.now

    init(notifier: SystemdNotifier, interval: Duration?) {
        self.notifier = notifier
        self.interval = interval
    }

    func ping() {
        guard let interval else { return }
        let now = ContinuousClock.now
        guard now - last >= interval else { return }
        last = now
        notifier.notify("WATCHDOG=1")
    }
}
