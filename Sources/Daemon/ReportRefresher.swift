import Config
import FoundationEssentials
import Logging
import Model
import Report
import Store

/// `[report] path`: rewrites the report page from the committed state after
/// each cycle that raised alerts (and once at start). The page is written
/// atomically, so a web server publishing it never serves half a page; a
/// failure is logged and the next cycle with alerts tries again.
struct ReportRefresher: Sendable {
    let logger: Logger

    func refresh(_ config: DaemonConfig) async {
        guard let path = config.reportPath else { return }
        // Reading the state, rendering and fsync are blocking: on a thread of
        // their own, not on the cooperative pool.
        let outcome: Result<Int64, ReportRefreshError> = await withCheckedContinuation { done in
            SystemThread.start(name: "tradewatch-rpt") {
                done.resume(returning: Self.write(config, to: path))
            }
        }
        switch outcome {
        case .success(let last):
            logger.info("report written", metadata: ["path": "\(path)", "last_alert": "\(last)"])
        case .failure(let error):
            logger.error("report not written", metadata: ["path": "\(path)", "error": "\(error)"])
        }
    }

    static func write(_ config: DaemonConfig, to path: String) -> Result<Int64, ReportRefreshError> {
        do {
            let baseline = try BaselineFile.load(path: config.baseline)
            let snapshot = try StateSnapshot.read(directory: config.stateDir)
            let board = PositionBoard(baseline: baseline, ledger: snapshot.ledger,
                                      alerts: snapshot.alerts.compactMap { AlertFields(jsonLine: $0.record) })
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try ReportFile.write(ReportPage(board: board, generated: Date()).html, to: path)
            return .success(board.lastAlertID)
        } catch {
            return .failure(ReportRefreshError(description: "\(error)"))
        }
    }
}

struct ReportRefreshError: Error, CustomStringConvertible {
    let description: String
}
