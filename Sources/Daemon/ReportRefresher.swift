import Config
import Detect
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
        let baseline: Baseline
        let snapshot: StateSnapshot
        do throws(BaselineFileError) {
            baseline = try BaselineFile.load(path: config.baseline)
        } catch {
            return .failure(.baseline(error))
        }
        do throws(StateDatabaseError) {
            snapshot = try StateSnapshot.read(directory: config.stateDir)
        } catch {
            return .failure(.state(error))
        }
        let board = PositionBoard(baseline: baseline, ledger: snapshot.ledger,
                                  alerts: snapshot.alerts.compactMap { AlertFields(jsonLine: $0.record) })
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                return .failure(.folderNotCreated(folder: folder, cause: error))
            }
        }
        do throws(ReportFileError) {
            try ReportFile.write(ReportPage(board: board, generated: Date()).html, to: path)
        } catch {
            return .failure(.page(error))
        }
        return .success(board.lastAlertID)
    }
}

/// Why the report page was not rewritten: what could not be read or written, and where.
enum ReportRefreshError: Error, CustomStringConvertible {
    case baseline(BaselineFileError)
    case state(StateDatabaseError)
    /// The page's folder could not be created.
    case folderNotCreated(folder: String, cause: any Error)
    /// The page could not be written (its temporary file, fsync or rename).
    case page(ReportFileError)

    var description: String {
        switch self {
        case .baseline(let error): error.description
        case .state(let error): error.description
        case .folderNotCreated(let folder, let cause): "\(folder): cannot create the report's folder: \(cause)"
        case .page(let error): error.description
        }
    }
}
