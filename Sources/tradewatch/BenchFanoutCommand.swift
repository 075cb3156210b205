import ArgumentParser
import Bench

/// `tradewatch bench-fanout` (hidden): the socket fan-out benchmark, in
/// process over real Unix sockets. Prints one JSON line.
struct BenchFanoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-fanout",
        abstract: "Benchmark the subscriber socket: fan-out of alerts to many subscribers.",
        shouldDisplay: false)

    @Option(help: "Alerts to publish.")
    var alerts = 10_000

    @Option(help: "Connected subscribers.")
    var subscribers = 100

    @Option(help: "Alerts per publish call.")
    var batch = 100

    @Option(help: "Alerts published per second (0: as fast as possible).")
    var rate = 0

    @Option(help: "Per-subscriber queue bound; 0: as many as --alerts, so nobody is disconnected (the daemon's default is 1000).")
    var queue = 0

    func validate() throws {
        guard alerts > 0, subscribers > 0, batch > 0, rate >= 0, queue >= 0 else {
            throw ValidationError("counts must be positive")
        }
    }

    func run() async throws {
        var bench = FanoutBench()
        bench.alerts = alerts
        bench.subscribers = subscribers
        bench.batch = batch
        bench.rate = rate
        bench.queueLimit = queue == 0 ? alerts : queue
        do {
            let result = try await bench.run()
            print(result.json)
        } catch {
            throw CommandFailure.fanoutBench(error)
        }
    }
}
