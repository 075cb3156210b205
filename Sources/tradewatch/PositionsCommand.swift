#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Report

/// `tradewatch positions`: per topic and actor, the baseline stance, the
/// current position and the alerts that moved it; a table on a terminal,
/// JSON when piped or with `--json`.
struct PositionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "positions",
        abstract: "Per topic and actor: the baseline stance, the current position, the alerts that moved it.")

    @Option(help: "The config file (default: \(BoardLoading.defaultConfig)).")
    var config: String?

    @Flag(help: "One JSON object (the default when stdout is not a terminal).")
    var json = false

    @Option(help: "table or json (default: table on a terminal, json otherwise).")
    var format: AlertsCommand.OutputFormat?

    func run() throws {
        let board = try BoardLoading.load(configPath: config).board
        if json || format == .json || (format == nil && isatty(STDOUT_FILENO) == 0) {
            print(board.json)
        } else {
            print(board.table, terminator: "")
        }
    }
}
