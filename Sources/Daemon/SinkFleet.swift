import Config
import FoundationEssentials
import Logging
import Model
import Publish
import Sinks

/// The configured `[[sink]]`s, each fed by its own `SinkRunner` task, so a
/// slow or failing sink holds up neither the poll cycle nor the others.
/// Woken after each cycle; changing sinks needs a restart.
actor SinkFleet {
    nonisolated let runners: [SinkRunner]
    private var tasks: [Task<Void, Never>] = []

    init(config: DaemonConfig, runtime: DaemonRuntime, logger: Logger) {
        runners = config.sinks.map {
            SinkRunner(sink: SinkFactory.make($0), filter: $0.filter, store: runtime.store, logger: logger)
        }
    }

    /// Fixes each new sink's starting point before the first cycle commits anything.
    func prepare() async {
        for runner in runners { await runner.prepare() }
    }

    func start() {
        tasks = runners.map { runner in Task { await runner.run() } }
    }

    /// New alerts may be in the store.
    nonisolated func wake() { for runner in runners { runner.wake() } }

    /// One pass of every sink, all at once, waiting for them (`run --once`).
    func drain() async {
        await withTaskGroup(of: Void.self) { group in
            for runner in runners { group.addTask { await runner.pass() } }
        }
    }

    func stop() { for task in tasks { task.cancel() } }

    /// For the status answer: each sink's progress and failure.
    func report() async -> [SinkState] {
        var out: [SinkState] = []
        for runner in runners { out.append(await runner.status()) }
        return out
    }
}
