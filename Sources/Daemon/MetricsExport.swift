import Config
import Logging
import Publish
import Telemetry

/// Where the daemon's metrics go (`[metrics]`): the textfile rewritten after
/// each cycle and the loopback listener, around one `DaemonMetrics`.
struct MetricsExport: Sendable {
    let metrics: DaemonMetrics
    let textfile: String?
    let listener: MetricsListener?
    let logger: Logger

    /// nil without `[metrics]`; throws when the listener cannot bind.
    static func start(_ config: MetricsConfig, logger: Logger) throws(DaemonError) -> MetricsExport? {
        guard config.isEnabled else { return nil }
        let metrics = DaemonMetrics()
        var listener: MetricsListener?
        if let address = config.listen {
            do throws(MetricsWriteError) {
                listener = try MetricsListener(octets: address.octets, port: address.port) { metrics.exposition() }
            } catch {
                throw .metricsNotServed(address: "\(address)", cause: error)
            }
            listener?.start()
            logger.info("metrics served", metadata: ["listen": "http://\(address)/metrics"])
        }
        return MetricsExport(metrics: metrics, textfile: config.textfile, listener: listener, logger: logger)
    }

    private init(metrics: DaemonMetrics, textfile: String?, listener: MetricsListener?, logger: Logger) {
        self.metrics = metrics
        self.textfile = textfile
        self.listener = listener
        self.logger = logger
    }

    /// After a cycle: the socket's figures, then the textfile (a failure is
    /// logged; the next cycle tries again).
    func afterCycle(server: AlertSocketServer?) {
        if let server {
            metrics.socket(subscribers: server.subscriberCount, overflowDisconnects: server.overflowCount)
        }
        guard let textfile else { return }
        do {
            try MetricsTextfile.write(metrics.exposition(), to: textfile)
        } catch {
            logger.error("metrics textfile not written", metadata: ["error": "\(error)"])
        }
    }

    func stop() {
        listener?.stop()
    }
}
