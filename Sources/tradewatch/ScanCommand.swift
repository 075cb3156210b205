import ArgumentParser
import Config
import Daemon
import Detect
import FoundationEssentials
import Model
import Store

/// `tradewatch scan`: one pass over feed files or URLs, no state; the alerts
/// as JSON lines. Runs the daemon's own pipeline, so it finds what the daemon
/// would for the same items.
struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan feed files or http(s) URLs once, without state, and print the alerts as JSON lines.")

    @Option(help: "The baseline positions (default: seeds/baseline.toml, or the installed one).")
    var baseline: String?

    @Option(help: "Give up on a feed after this many seconds.")
    var timeout: Double = 30

    @Argument(help: "Feed files, file:// or http(s) URLs.")
    var feeds: [String]

    func validate() throws {
        guard !feeds.isEmpty else { throw ValidationError("give at least one FEED") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() async throws {
        let positions = try BaselineLoading.load(baseline)
        let pipeline = FeedPipeline(detector: Detector(baseline: positions))
        let now = Date()
        var ledger: [LedgerEntry] = []
        var recent: [AlertedMove] = []
        var nextID: Int64 = 1
        var failed = false
        for (argument, result) in await FeedSource.loadAll(feeds, timeoutSeconds: timeout) {
            let loaded: FeedSource.Loaded
            switch result {
            case .success(let l): loaded = l
            case .failure(let failure):
                printError("tradewatch: \(failure)")
                failed = true
                continue
            }
            let plan: FeedPlan
            do {
                plan = try pipeline.process(FeedInput(
                    body: loaded.bytes, feedURL: argument, finalURL: loaded.url, seen: [:], firstContact: false,
                    maxAge: .seconds(0), ledger: ledger, recentMoves: recent, now: now, charset: loaded.charset))
            } catch {
                printError("tradewatch: \(error)")
                failed = true
                continue
            }
            var ids: [Int64] = []
            for var alert in plan.alerts {
                alert.id = nextID
                nextID += 1
                ids.append(alert.id)
                print(alert.jsonLine)
                recent.append(AlertedMove(id: alert.id, facets: AlertFacets(alert)))
            }
            plan.applyMoves(to: &ledger, alertIDs: ids)
        }
        if failed { throw ExitCode(1) }
    }
}
