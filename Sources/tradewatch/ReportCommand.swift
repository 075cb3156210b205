import ArgumentParser
import FoundationEssentials
import Report

/// `tradewatch report --out FILE.html`: the positions, their timelines and
/// the latest alerts as one self-contained static page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page: positions beside the baseline, timelines, latest alerts.")

    @Option(help: "The page to write (replaced atomically).")
    var out: String

    @Option(help: "The config file (default: \(BoardLoading.defaultConfig)).")
    var config: String?

    func run() throws {
        let board = try BoardLoading.load(configPath: config).board
        do throws(ReportFileError) {
            try ReportFile.write(ReportPage(board: board, generated: Date()).html, to: out)
        } catch {
            throw CommandFailure.reportNotWritten(error)
        }
    }
}
