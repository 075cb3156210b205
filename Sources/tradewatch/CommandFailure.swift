import Config
import Daemon
import Fetch
import Parse
import Publish
import Report
import Store

/// A failure the user can act on; printed as `tradewatch: <description>`,
/// exit 1. Each case names what failed and the file, feed or socket it
/// failed on; the cause underneath is the library's own error.
enum CommandFailure: Error, CustomStringConvertible {
    /// A config file that cannot be read or is not valid: every problem with file, line and key.
    case config(path: String, ConfigErrors)
    /// `check-config`'s verdict on an invalid config: the problems, counted.
    case configRejected(path: String, ConfigErrors)
    /// No `--baseline` and no baseline file at the standard places.
    case noBaseline(searched: [String])
    case baseline(BaselineFileError)
    case labels(LabelFile.LoadError)
    /// A file the command reads whole (a benchmark's input, an article).
    case unreadable(path: String)
    /// A FEED argument that gave no content: the read's or the fetch's outcome.
    case feedNotLoaded(argument: String, outcome: FetchOutcome)
    case notAFeed(FeedParseError)
    /// The daemon could not start (its store, socket or metrics listener).
    case daemon(DaemonError)
    /// The state database a read-only command looks at (`positions`, `report`).
    case state(StateDatabaseError)
    case alertLog(AlertLogError)
    case reportNotWritten(ReportFileError)
    /// `status`: the socket did not answer.
    case daemonUnreachable(SocketError)
    /// `status`: the socket answered with something that is not JSON.
    case statusNotJSON(socket: String, answer: String)
    /// `subscribe`: the connection failed or ended with an error (it names the socket).
    case subscription(any Error)
    /// `bench-fanout`: its in-process server or connections failed.
    case fanoutBench(any Error)

    var description: String {
        switch self {
        case .config(let path, let errors):
            "\(path):\n\(errors)"
        case .configRejected(let path, let errors):
            "\(errors.issues.count) problem\(errors.issues.count == 1 ? "" : "s") in \(path):\n\(errors)"
        case .noBaseline(let searched):
            "no baseline file found (looked in \(searched.joined(separator: ", "))); pass --baseline PATH"
        case .baseline(let error):
            error.description
        case .labels(let error):
            error.description
        case .unreadable(let path):
            "\(path): cannot read file"
        case .feedNotLoaded(let argument, let outcome):
            "\(argument): \(outcome)"
        case .notAFeed(let error):
            error.description
        case .daemon(let error):
            error.description
        case .state(let error):
            error.description
        case .alertLog(let error):
            error.description
        case .reportNotWritten(let error):
            error.description
        case .daemonUnreachable(let error):
            "the daemon is not reachable: \(error)"
        case .statusNotJSON(let socket, let answer):
            "\(socket): the daemon's status is not JSON: \(answer)"
        case .subscription(let error):
            "\(error)"
        case .fanoutBench(let error):
            "bench-fanout: \(error)"
        }
    }
}
