import ArgumentParser
import Config
import Daemon
import Detect
import Logging
import ServiceLifecycle
import UnixSignals

/// `tradewatch run`: the daemon in the foreground (systemd Type=notify).
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon in the foreground: poll, detect, commit, write alerts.")

    @Option(help: "The config file.")
    var config: String

    @Flag(help: "One poll cycle over every feed, commit, publish, exit.")
    var once = false

    func run() async throws {
        let loaded: DaemonConfig
        do throws(ConfigErrors) {
            loaded = try DaemonConfig.load(path: config)
        } catch {
            throw CommandFailure.config(path: config, error)
        }
        let baseline: Baseline
        do throws(BaselineFileError) {
            baseline = try BaselineFile.load(path: loaded.baseline)
        } catch {
            throw CommandFailure.baseline(error)
        }
        LoggingSystem.bootstrap { StderrLogHandler(label: $0) }
        let logger = Logger(label: "tradewatch")
        let runtime: DaemonRuntime
        do throws(DaemonError) {
            var node = loaded
            node.nodeName = StoreOpener.nodeName(loaded)
            runtime = DaemonRuntime(config: node, processor: FeedPipeline(detector: Detector(baseline: baseline)),
                                    logger: logger, store: try await StoreOpener.open(node, logger: logger))
        } catch {
            throw CommandFailure.daemon(error)
        }
        let service = DaemonService(runtime: runtime, configPath: config, once: once, logger: logger)
        // With --once the service returns after its cycle: that ends the group cleanly.
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch let error as DaemonError {
            throw CommandFailure.daemon(error)
        }
    }
}
